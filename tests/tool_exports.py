"""How survey tools export the responses to a form built from one of our deployment files.

The forms are read from the deployment file itself (the `.lss` structure, or the items the Apps Script
creates when run), not from the questionnaire, so the round trip tests what a tool would really hold.
"""

from __future__ import annotations

import csv
import html
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime

# ---------------------------------------------------------------- LimeSurvey


def lss_tables(document: bytes) -> dict[str, list[dict[str, str]]]:
    """Every table of a `.lss` document as rows of column -> text, as XMLImportSurvey reads them."""
    root = ET.fromstring(document)
    tables = {}
    for table in root:
        rows = table.find("rows")
        if rows is not None:
            tables[table.tag] = [{cell.tag: cell.text or "" for cell in row} for row in rows]
    return tables


def flatten(text: str) -> str:
    """common_helper.php flattenText as the export headings use it: tags stripped, line breaks to spaces,
    entities decoded, trimmed."""
    text = re.sub(r"<[^>]*>", "", text)
    return html.unescape(re.sub(r"\r\n|\n|\r", " ", text)).replace("\xa0", " ").strip()


@dataclass(frozen=True)
class LimeQuestion:
    code: str
    kind: str
    text: str
    answers: dict[str, str]
    """Answer code -> answer text as stored (HTML), in the export language."""
    subquestions: list[tuple[str, str]]
    """(code, text) of each subquestion, in order."""


def lime_questions(document: bytes, lang: str) -> list[LimeQuestion]:
    """The questions of a structure in survey order (groups, then question order), texts in `lang`."""
    tables = lss_tables(document)
    order = {row["gid"]: int(row["group_order"]) for row in tables["groups"]}
    texts = {row["qid"]: row["question"] for row in tables["question_l10ns"] if row["language"] == lang}
    answer_texts = {row["aid"]: row["answer"] for row in tables["answer_l10ns"] if row["language"] == lang}
    questions = sorted(tables["questions"], key=lambda row: (order[row["gid"]], int(row["question_order"])))
    found = []
    for row in questions:
        answers = sorted(
            (answer for answer in tables.get("answers", []) if answer["qid"] == row["qid"]),
            key=lambda answer: int(answer["sortorder"]),
        )
        subquestions = sorted(
            (sub for sub in tables.get("subquestions", []) if sub["parent_qid"] == row["qid"]),
            key=lambda sub: int(sub["question_order"]),
        )
        found.append(
            LimeQuestion(
                row["title"],
                row["type"],
                texts[row["qid"]],
                {answer["code"]: answer_texts[answer["aid"]] for answer in answers},
                [(sub["title"], texts[sub["qid"]]) for sub in subquestions],
            )
        )
    return found


RESPONSE_CODES = ("id", "submitdate", "lastpage", "startlanguage", "seed")
RESPONSE_TEXTS = {
    "en": ("Response ID", "Date submitted", "Last page", "Start language", "Seed"),
    "id": ("ID tanggapan", "Tanggal pengiriman", "Nama belakang", "Bahasa utama", "Seed"),
}
YES_NO = {"en": ("Yes", "No"), "id": ("Ya", "Tidak")}


def limesurvey_export(document: bytes, responses: list[dict[str, object]], *, codes: bool = False) -> bytes:
    """ "Export results" as CSV in the survey's base language: by default "Full question text" headings and
    "Full answers" (answer texts through stripTagsFull, which is flattenText: tags stripped, then entities
    decoded; translated Yes/No per subquestion); with `codes`, "Question code" headings
    and "Answer codes" (codes, Y or an empty string per subquestion). A response maps each question code
    to the text typed, the answer code picked, or the subquestion codes ticked; `submitdate` is a datetime.
    CsvWriter.php: UTF-8 with a byte order mark, every value quoted, CRLF."""
    lang = ET.fromstring(document).find("languages/language").text
    questions = lime_questions(document, lang or "en")
    header = list(RESPONSE_CODES if codes else RESPONSE_TEXTS[lang or "en"])
    for question in questions:
        if question.kind == "M":
            for code, text in question.subquestions:
                header.append(f"{question.code}[{code}]" if codes else f"{flatten(question.text)} [{flatten(text)}]")
        else:
            header.append(question.code if codes else flatten(question.text))
    rows = [header]
    yes, no = ("Y", "") if codes else YES_NO[lang or "en"]
    for number, response in enumerate(responses, 1):
        when = response["submitdate"]
        assert isinstance(when, datetime)
        row = [str(number), f"{when:%Y-%m-%d %H:%M:%S}", str(len(questions)), lang, "417293"]
        for question in questions:
            given = response.get(question.code)
            if question.kind == "M":
                ticked = given or []
                row += [yes if code in ticked else no for code, _ in question.subquestions]
            elif given is None:
                row.append("")
            elif question.kind == "L":
                row.append(str(given) if codes else flatten(question.answers[str(given)]))
            else:
                row.append(str(given))
        rows.append(row)
    lines = [",".join('"' + str(cell).replace('"', '""') + '"' for cell in row) + "\r\n" for row in rows]
    return b"\xef\xbb\xbf" + "".join(lines).encode()


# ---------------------------------------------------------------- Google Forms


def google_time(moment: datetime) -> str:
    """The download's `Timestamp`: `2026/11/20 9:14:37 AM GMT+7`."""
    return f"{moment:%Y/%m/%d} {moment:%I:%M:%S %p} GMT+7".replace(" 0", " ", 1)


def google_export(items: list[dict], responses: list[dict[str, object]]) -> bytes:
    """The form's "Download responses (.csv)": `Timestamp`, then one column per question item titled as the
    item, every cell quoted; a checkbox answer is its choices joined by ", " in the form's order. A response
    maps each item title to the text typed, the choice picked, or the choices ticked."""
    answered = [item for item in items if item["type"] != "page"]
    rows = [["Timestamp", *(item["title"] for item in answered)]]
    for response in responses:
        when = response["Timestamp"]
        assert isinstance(when, datetime)
        row = [google_time(when)]
        for item in answered:
            given = response.get(item["title"])
            if item["type"] == "checkbox":
                row.append(", ".join(choice for choice in item["choices"] if choice in (given or [])))
            else:
                row.append("" if given is None else str(given))
        rows.append(row)
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()
