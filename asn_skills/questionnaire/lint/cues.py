"""Checks for cues that give the answer away: the key's position, its length, absolute words in wrong
options, the same position keyed in every multi-select item, a key echoing the stem, near-identical options.

Each instrument-wide check names the first item that shows the cue and lists the others; each check
reports the statistic it rests on, so an item writer can judge how strong the cue is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import cache

from asn_skills.i18n import Figure
from asn_skills.questionnaire.lint.chance import upper_tail
from asn_skills.questionnaire.lint.knowledge import Finding, KnowledgeItem, letter
from asn_skills.questionnaire.lint.words import ABOVE_PHRASES, ABSOLUTE_WORDS, STOPWORDS
from asn_skills.questionnaire.model import Kind

SIGNIFICANCE = 0.05
"""One-sided level below which a count is called "far more often than chance"."""
LEAST_COUNT = 3
"""Fewer items than this showing a cue is never called a pattern, however few items there are."""
MUCH_LONGER = 1.5
"""A key this many times as long as every other option stands out on its own."""
MUCH_LONGER_CHARACTERS = 15
NEAR_DUPLICATE = 0.9
"""Similarity (difflib ratio) at which two options read as the same option."""
STEM_ECHO_WORDS = 2
"""The key shares at least this many more of the stem's words than any wrong option."""
ABSOLUTE_RATIO = 0.5
"""Absolute words count as a cue when keys carry them at less than this share of the wrong options' rate."""


def check_cues(items: Sequence[KnowledgeItem], languages: Sequence[str]) -> Iterator[Finding]:
    """Every cue found in the knowledge items."""
    single = [item for item in items if item.question.kind is Kind.CHOICE]
    yield from _key_positions(single)
    for lang in languages:
        yield from _key_lengths(single, lang)
    yield from _much_longer_keys(single, languages)
    yield from _absolute_words(items, languages)
    yield from _multi_positions([item for item in items if item.question.kind is Kind.MULTI])
    yield from _stem_echoes(single, languages)
    yield from _near_duplicates(items, languages)


def _key_positions(items: Sequence[KnowledgeItem]) -> Iterator[Finding]:
    widest = max((len(item.question.choices) for item in items), default=0)
    for position in range(widest):
        rates = [1 / len(item.question.choices) for item in items if len(item.question.choices) > position]
        keyed = [item for item in items if item.keys == (position,)]
        yield from _pattern(keyed, items, rates, "lint_key_position", {"position": letter(position)}, position)


def _key_lengths(items: Sequence[KnowledgeItem], lang: str) -> Iterator[Finding]:
    for key, pick in (("lint_key_longest", max), ("lint_key_shortest", min)):
        rates, showing = [], []
        for item in items:
            lengths = [len(label.strip()) for label in item.labels(lang)]
            extreme = pick(lengths)
            unique = lengths.count(extreme) == 1
            rates.append(1 / len(lengths) if unique else 0.0)
            if unique and lengths[item.keys[0]] == extreme:
                showing.append(item)
        yield from _pattern(showing, items, rates, key, {"lang": lang}, None)


def _pattern(
    showing: Sequence[KnowledgeItem],
    items: Sequence[KnowledgeItem],
    rates: Sequence[float],
    key: str,
    params: dict[str, object],
    position: int | None,
) -> Iterator[Finding]:
    """One finding, at the first item showing the cue, when far more items show it than chance gives."""
    expected = sum(rates)
    if len(showing) < LEAST_COUNT or len(showing) <= expected:
        return
    p = upper_tail(rates, len(showing))
    if p >= SIGNIFICANCE:
        return
    first = showing[0]
    at = first.option_paths[first.keys[0] if position is None else position]
    yield (
        at,
        key,
        {
            **params,
            "count": len(showing),
            "items": len(items),
            "ids": ", ".join(item.question.id for item in showing),
            "expected": Figure(f"{expected:.1f}"),
            "p": _p(p),
        },
    )


def _much_longer_keys(items: Sequence[KnowledgeItem], languages: Sequence[str]) -> Iterator[Finding]:
    for item in items:
        for lang in languages:
            lengths = [len(label.strip()) for label in item.labels(lang)]
            key = lengths[item.keys[0]]
            others = [length for index, length in enumerate(lengths) if index != item.keys[0]]
            longest = max(others, default=0)
            if key >= MUCH_LONGER * longest and key - longest >= MUCH_LONGER_CHARACTERS:
                params = {"lang": lang, "length": key, "others": f"{min(others)}-{longest}"}
                yield item.option_paths[item.keys[0]], "lint_key_much_longer", params
                break


def _absolute_words(items: Sequence[KnowledgeItem], languages: Sequence[str]) -> Iterator[Finding]:
    """Wrong options with an absolute word (or an "all/none of the above") while keys rarely have one."""
    for key, lists in (("lint_above_phrase", ABOVE_PHRASES), ("lint_absolute_word", ABSOLUTE_WORDS)):
        hits: list[tuple[KnowledgeItem, int, str]] = []
        keys = distractors = keys_with = distractors_with = 0
        for item in items:
            for position, option in enumerate(item.question.choices):
                word = _cue_word(option.label, languages, lists)
                if option.correct:
                    keys += 1
                    keys_with += word is not None
                else:
                    distractors += 1
                    distractors_with += word is not None
                    if word is not None:
                        hits.append((item, position, word))
        if not hits or keys_with / max(keys, 1) >= ABSOLUTE_RATIO * distractors_with / distractors:
            continue
        counts = {"wrong": distractors_with, "wrong_total": distractors, "keys": keys_with, "keys_total": keys}
        for item, position, word in hits:
            yield item.option_paths[position], key, {"word": word, **counts}


def _cue_word(label: dict[str, str], languages: Sequence[str], lists: dict[str, tuple[str, ...]]) -> str | None:
    """The first listed word in the label in any language; an absolute word inside an "all of the above"
    phrase is that phrase's cue, not a second one."""
    for lang in languages:
        text = label.get(lang, "")
        if lists is ABSOLUTE_WORDS and _find_word(text, ABOVE_PHRASES, lang):
            continue
        found = _find_word(text, lists, lang)
        if found:
            return found
    return None


def _find_word(text: str, lists: dict[str, tuple[str, ...]], lang: str) -> str | None:
    return next((word for word in lists.get(lang, ()) if _word_pattern(word).search(text)), None)


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)", re.IGNORECASE)


def _multi_positions(items: Sequence[KnowledgeItem]) -> Iterator[Finding]:
    if len(items) < 2:
        return
    narrowest = min(len(item.question.choices) for item in items)
    for position in range(narrowest):
        if all(position in item.keys for item in items):
            chance = 1.0
            for item in items:
                chance *= len(item.keys) / len(item.question.choices)
            params = {
                "position": letter(position),
                "count": len(items),
                "ids": ", ".join(item.question.id for item in items),
                "p": _p(chance),
            }
            yield items[0].option_paths[position], "lint_multi_same_position", params


def _stem_echoes(items: Sequence[KnowledgeItem], languages: Sequence[str]) -> Iterator[Finding]:
    for item in items:
        for lang in languages:
            stem = _content_words(item.question.text.get(lang, ""), lang)
            shared = [_content_words(label, lang) & stem for label in item.labels(lang)]
            key = shared[item.keys[0]]
            others = max((len(words) for index, words in enumerate(shared) if index != item.keys[0]), default=0)
            if len(key) >= STEM_ECHO_WORDS and len(key) - others >= STEM_ECHO_WORDS:
                params = {"lang": lang, "count": len(key), "words": ", ".join(sorted(key)), "others": others}
                yield item.option_paths[item.keys[0]], "lint_key_repeats_stem", params
                break


def _content_words(text: str, lang: str) -> set[str]:
    stop = STOPWORDS.get(lang, frozenset())
    return {word for word in re.findall(r"\w+", text.casefold()) if len(word) >= 4 and word not in stop}


def _near_duplicates(items: Sequence[KnowledgeItem], languages: Sequence[str]) -> Iterator[Finding]:
    for item in items:
        for later in range(1, len(item.question.choices)):
            for earlier in range(later):
                found = _similar(item, earlier, later, languages)
                if found is not None:
                    lang, ratio = found
                    params = {
                        "position": letter(later),
                        "other": letter(earlier),
                        "lang": lang,
                        "ratio": Figure(f"{ratio:.2f}"),
                    }
                    yield item.option_paths[later], "lint_near_duplicate", params
                    break


def _similar(item: KnowledgeItem, first: int, second: int, languages: Sequence[str]) -> tuple[str, float] | None:
    for lang in languages:
        a, b = (" ".join(item.labels(lang)[index].casefold().split()) for index in (first, second))
        ratio = SequenceMatcher(None, a, b).ratio()
        if ratio >= NEAR_DUPLICATE:
            return lang, ratio
    return None


def _p(value: float) -> Figure:
    return Figure(f"{value:.3f}" if value >= 0.001 else "< 0.001")
