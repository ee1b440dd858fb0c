"""The "none of these" choice that a deployed form adds to a multi-select knowledge question.

It lets the form require an answer to every knowledge question: someone who thinks no option is right
still has one to give, instead of skipping the question or ticking an option at random. Every multi-select
question has a right option, so "none of these" is never right: ticked alone it is an answer that scores
0, like a blank; ticked beside other options it is ignored (they are scored as ticked).
"""

from __future__ import annotations

import re

from asn_skills.questionnaire.model import Kind, Question

NAME = "none"
"""Its name where a tool writes choice names or codes: the XLSForm choice, the LimeSurvey subquestion code
(`NONE`), the Excel template's column (`KAM11[none]`)."""
LABEL = {"id": "Tidak ada yang benar", "en": "None of these"}
"""Its label per language; a language not listed gets the English one."""


def label(lang: str) -> str:
    """The label in `lang`."""
    return LABEL.get(lang, LABEL["en"])


def written_forms() -> frozenset[str]:
    """Every way a tool writes it in a cell, folded as `ingest.cells.normalise` folds cells."""
    return frozenset(_folded(text) for text in (NAME, *LABEL.values()))


def offered(question: Question) -> bool:
    """Whether a form adds the choice to `question`: a multi-select question none of whose options is
    already written like it (such an option would be read as the question's own)."""
    if question.kind is not Kind.MULTI:
        return False
    own = {_folded(str(option.value)) for option in question.choices}
    own |= {_folded(option.code) for option in question.choices if option.code}
    own |= {_folded(text) for option in question.choices for text in option.label.values()}
    return not own & written_forms()


def added(code: str, label: dict[str, str]) -> bool:
    """Whether an option read from a deployed form (a LimeSurvey subquestion, an XLSForm choice) is this
    choice as a form adds it: its name or code and a label in one of our words. `questionnaires import`
    leaves it out, so that a form exported by this tool drafts the questionnaire it came from."""
    return _folded(code) == NAME and any(_folded(text) in written_forms() for text in label.values())


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).casefold()
