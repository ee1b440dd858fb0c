"""A printable paper version (Markdown or a self-contained HTML page) for staff without a device.

Questions are numbered in order and their options numbered as `assess` numbers them (1, 2 ... in option
order), so an answer circled on paper is the number typed in `assess` and the same position in the Excel
template's dropdown. Every text is given in each language of the questionnaire, the first one first. All
questionnaire text is escaped: nothing in a file can add markup, links, scripts or terminal control codes.
"""

from __future__ import annotations

import html as html_escaping
from collections.abc import Iterator
from dataclasses import dataclass

from asn_skills.deploy.privacy import privacy_notices
from asn_skills.deploy.wording import FALLBACK, IDENTITY_FIELDS, printable, wording
from asn_skills.i18n import LANGUAGES
from asn_skills.questionnaire.model import Kind, Question, Questionnaire, Text
from asn_skills.render.agency import Agency

NIP_DIGITS = 18


@dataclass(frozen=True)
class Texts:
    """A text as printed: the first language, then the others that differ from it."""

    main: str
    others: tuple[str, ...] = ()


def _texts(q: Questionnaire, text: Text) -> Texts:
    shown = list(dict.fromkeys(printable(q.text(text, lang)) for lang in q.languages))
    return Texts(shown[0], tuple(shown[1:]))


def _fixed(q: Questionnaire, key: str, /, **params: object) -> Texts:
    languages = list(dict.fromkeys(lang if lang in LANGUAGES else FALLBACK for lang in q.languages))
    shown = list(dict.fromkeys(wording(key, lang, **params) for lang in languages))
    return Texts(shown[0], tuple(shown[1:]))


def _numbered(q: Questionnaire) -> Iterator[tuple[int, Question]]:
    """The questions in the order `assess` asks them (the file's), numbered from 1 as it counts them."""
    return enumerate(q.questions, 1)


# -- Markdown

_MARKDOWN_SPECIAL = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "\\": "\\\\",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "*": "\\*",
        "_": "\\_",
        "`": "\\`",
    }
)


def _md(text: str) -> str:
    """Literal Markdown: no HTML, links, images, emphasis or headings from the data; one line."""
    return " ".join(text.translate(_MARKDOWN_SPECIAL).split())


def _md_texts(texts: Texts) -> str:
    return " ".join([_md(texts.main), *(f"_({_md(other)})_" for other in texts.others)])


def _md_joined(texts: Texts) -> str:
    return " / ".join(_md(text) for text in (texts.main, *texts.others))


def markdown(questionnaire: Questionnaire, agency: Agency | None = None) -> bytes:
    """The paper version as Markdown (UTF-8), opening with the privacy notice in each of its languages."""
    q = questionnaire
    lines = [f"# {_md_texts(_texts(q, q.title))}", "", f"{_md(q.id)} {_md(q.version)}", ""]
    for lang, notice in privacy_notices(q, agency).items():
        emphasis = "" if lang == q.languages[0] else "_"
        lines += [f"**{_md(notice[0])}**", ""]
        lines += [line for paragraph in notice[1:] for line in (f"{emphasis}{_md(paragraph)}{emphasis}", "")]
    lines += [_md_joined(_fixed(q, "paper_instructions")), ""]
    for name, key in IDENTITY_FIELDS:
        label = _md_joined(_fixed(q, key))
        if name == "jabatan":
            roles = "   ".join(
                f"( {number} ) {_md(_texts(q, role.name).main)}" for number, role in enumerate(q.roles, 1)
            )
            lines += [f"**{label}** ({_md_joined(_fixed(q, 'paper_role_hint'))}): {roles}", ""]
        elif name == "nip":
            lines += [f"**{label}**: " + " ".join(["\\_"] * NIP_DIGITS), ""]
        else:
            lines += [f"**{label}**: " + "\\_" * 40, ""]
    current = None
    for number, question in _numbered(q):
        if question.domain != current:
            current = question.domain
            lines += [f"## {_md_texts(_texts(q, q.domains_by_id[current].name))}", ""]
        lines += [f"**{number}.** {_md_texts(_texts(q, question.text))} `{question.id}`", ""]
        if question.kind is Kind.MULTI:
            lines += [f"_{_md_joined(_fixed(q, 'deploy_multi_hint'))}_", ""]
        for option_number, option in enumerate(question.choices, 1):
            lines.append(f"- ( {option_number} ) {_md_texts(_texts(q, option.label))}")
        lines.append("")
    lines += ["---", "", _md_joined(_fixed(q, "paper_footer", id=q.id, version=q.version))]
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- HTML

CSS = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", "Noto Sans", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 800px; padding: 24px; }
h1 { font-size: 21px; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 22px 0 8px; border-bottom: 2px solid var(--ink); }
.other { color: var(--muted); font-style: italic; }
.meta, .note { color: var(--muted); font-size: 12px; }
.privacy { font-size: 11px; border: 1px solid #ccc; padding: 4px 8px; margin: 6px 0; }
.privacy h2 { font-size: 12px; margin: 2px 0; } .privacy p { margin: 2px 0; }
.identity { border: 1px solid var(--line); padding: 10px 12px; margin: 12px 0 4px; }
.identity p { margin: 6px 0; } .identity .label { font-weight: 600; }
.blank { display: inline-block; width: 60%; border-bottom: 1px solid var(--ink); height: 1.1em;
         vertical-align: bottom; }
.box { display: inline-block; width: 1.25em; height: 1.5em; border: 1px solid var(--ink); margin-right: -1px;
       vertical-align: middle; }
.box:nth-child(8n+1):not(:first-child), .box:nth-child(15) { margin-left: 6px; }
.question { break-inside: avoid; margin: 10px 0 14px; }
.question .text { margin: 0 0 4px; } .question .text .other { display: block; }
.question .note { margin: 2px 0 4px 1.6em; } .question .id { color: var(--muted); font-size: 11px; margin-left: 6px; }
ol.options { list-style: none; margin: 0; padding-left: 1.6em; }
ol.options li { margin: 3px 0; }
.n { display: inline-block; min-width: 1.6em; height: 1.6em; line-height: 1.5em; text-align: center;
     border: 1px solid var(--ink); border-radius: 50%; margin-right: 8px; font-size: 12px; }
.roles .role { white-space: nowrap; margin-right: 14px; }
footer { margin-top: 24px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print { body { max-width: none; padding: 0; font-size: 11.5px; } h2 { break-after: avoid; } }
"""


def _h(text: str) -> str:
    return html_escaping.escape(text, quote=True)


def _html_texts(texts: Texts) -> str:
    return _h(texts.main) + "".join(f' <span class="other">{_h(other)}</span>' for other in texts.others)


def _html_joined(texts: Texts) -> str:
    return " / ".join(_h(text) for text in (texts.main, *texts.others))


def html(questionnaire: Questionnaire, agency: Agency | None = None) -> bytes:
    """The paper version as one self-contained page (inline CSS, no scripts) that prints on A4, opening with
    the privacy notice in each of its languages."""
    q = questionnaire
    title = _texts(q, q.title)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_h(q.languages[0])}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title.main)}</title>",
        f"<style>{CSS}</style></head>",
        "<body>",
        f"<header><h1>{_html_texts(title)}</h1>",
        f'<p class="meta">{_h(q.id)} {_h(q.version)}</p>',
        *(
            f'<section class="privacy" lang="{_h(lang)}"><h2>{_h(notice[0])}</h2>'
            + "".join(f"<p>{_h(paragraph)}</p>" for paragraph in notice[1:])
            + "</section>"
            for lang, notice in privacy_notices(q, agency).items()
        ),
        f"<p>{_html_joined(_fixed(q, 'paper_instructions'))}</p></header>",
        '<section class="identity">',
    ]
    for name, key in IDENTITY_FIELDS:
        label = f'<span class="label">{_html_joined(_fixed(q, key))}</span>'
        if name == "jabatan":
            hint = _html_joined(_fixed(q, "paper_role_hint"))
            roles = "".join(
                f'<span class="role"><span class="n">{number}</span>{_h(_texts(q, role.name).main)}</span> '
                for number, role in enumerate(q.roles, 1)
            )
            parts.append(f'<p class="roles">{label} <span class="note">({hint})</span><br>{roles}</p>')
        elif name == "nip":
            parts.append(f"<p>{label} " + '<span class="box"></span>' * NIP_DIGITS + "</p>")
        else:
            parts.append(f'<p>{label} <span class="blank"></span></p>')
    parts.append("</section>")
    current = None
    for number, question in _numbered(q):
        if question.domain != current:
            current = question.domain
            parts.append(f"<h2>{_html_texts(_texts(q, q.domains_by_id[current].name))}</h2>")
        parts.append('<div class="question">')
        parts.append(
            f'<p class="text"><b>{number}.</b> {_html_texts(_texts(q, question.text))}'
            f'<span class="id">{_h(question.id)}</span></p>'
        )
        if question.kind is Kind.MULTI:
            parts.append(f'<p class="note">{_html_joined(_fixed(q, "deploy_multi_hint"))}</p>')
        parts.append('<ol class="options">')
        parts += [
            f'<li><span class="n">{option_number}</span>{_html_texts(_texts(q, option.label))}</li>'
            for option_number, option in enumerate(question.choices, 1)
        ]
        parts.append("</ol></div>")
    parts.append(f'<footer class="note">{_html_joined(_fixed(q, "paper_footer", id=q.id, version=q.version))}</footer>')
    parts.append("</body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")
