"""Counts past a thousand read as the reader writes numbers in every report view and the plan: `2.087` in
Indonesian, `2,087` in English, never the other's mark (read as a decimal) and never left ungrouped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from asn_skills import load_questionnaire, score_answers
from asn_skills.i18n import translate
from asn_skills.render.charts import chart_svg
from asn_skills.render.document import Bars, Document, document_html, document_markdown, with_local_numbers
from asn_skills.render.screen import visible_document
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import MeanChange
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.schedule import scheduled
from asn_skills.reports.views.compare import compare_document
from asn_skills.reports.views.plan import participants_chart
from asn_skills.reports.views.store import size_text
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import as_record
from asn_skills.synthetic.people import generate_people

MAIN = load_questionnaire("kompetensi-digital-asn")


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    people = generate_people(MAIN, 12, 4)
    return [
        {**as_record(score_answers(MAIN, p.answers, role=p.role)), "nip": f"{i:018d}", "name": f"Pegawai {i}",
         "unit": "Dinas A"}
        for i, p in enumerate(people)
    ]  # fmt: skip


PARTICIPANTS = {
    "id": "2.087 (1.441 pasti, 150 saran, 496 menunggu konfirmasi)",
    "en": "2,087 (1,441 firm, 150 suggested, 496 pending)",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_plans_participants_per_course_are_grouped_once(records, lang):
    """Before, the chart's text was grouped when written (`2.087`) and again by each writer, which read the
    Indonesian `2.087` as a decimal: `2,087 (1,441 pasti, ...)` in the Indonesian terminal and HTML plan."""
    plan = scheduled(MAIN, training_plan(MAIN, records), PlanSettings(), 2027)
    first = replace(plan.courses[0], participants=2087, firm=1441, suggestions=150, pending=496)
    chart = participants_chart(MAIN, replace(plan, courses=(first, *plan.courses[1:])), lang)
    document = Document("Rencana", [chart], lang=lang)
    assert PARTICIPANTS[lang] in document_html(document)
    on_screen = with_local_numbers(visible_document(document)).blocks[0]
    assert isinstance(on_screen, Bars) and on_screen.items[0][2] == PARTICIPANTS[lang]


@pytest.mark.parametrize(("lang", "tick"), [("id", ">1.000<"), ("en", ">1,000<")])
def test_a_charts_axis_counts_as_the_reader_writes_numbers(records, lang, tick):
    """Before, the axis of the participants chart read `1000`, `2000` in every language."""
    plan = scheduled(MAIN, training_plan(MAIN, records), PlanSettings(), 2027)
    first = replace(plan.courses[0], participants=2087, firm=2087, suggestions=0, pending=0)
    chart = participants_chart(MAIN, replace(plan, courses=(first, *plan.courses[1:])), lang)
    assert tick in chart_svg(chart, lang) and ">1000<" not in chart_svg(chart, lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "perlu pelatihan 3.741 → 3.702 (-39) · skor rata-rata 61,1 → 62,4 (+1,3) · dinilai 9.843 → 10.012"),
        ("en", "needing training 3,741 → 3,702 (-39) · mean score 61.1 → 62.4 (+1.3) · assessed 9,843 → 10,012"),
    ],
)
def test_the_comparisons_headline_counts_and_scores_as_the_reader_writes_them(records, lang, line):
    """Before: `perlu pelatihan 3741 → 3741 (0) · skor rata-rata 61.1 → 61.1 (0.0) · dinilai 9843 → 9843`, the
    scores with the English decimal point in Indonesian."""
    comparison = aggregate.compare(MAIN, records, records, ("2025", "2026"))
    comparison = replace(comparison, n=(9843, 10012), flagged=(3741, 3702), overall=MeanChange(61.1, 62.4, 1.3))
    assert compare_document(MAIN, comparison, lang).subtitle == line


@pytest.mark.parametrize(("lang", "shown"), [("id", "1.234 mendapat saran"), ("en", "1,234 with a development")])
def test_the_headline_groups_those_with_a_development_suggestion(lang, shown):
    text = t("report.headline", lang, n=9843, flagged=1, high=1, medium=0, confirm=0, low=1234, overall="61,1")
    assert shown in text


@pytest.mark.parametrize(("lang", "shown"), [("id", "9.843 hasil disimpan"), ("en", "9,843 results stored")])
def test_the_count_of_results_stored_is_grouped(lang, shown):
    """Before: `9843 hasil disimpan di asn.db` under `10.040 baris: 9.843 dinilai`."""
    text = translate("results_stored", lang, added=9843, skipped=1200, path="asn.db", round="2026")
    assert text.startswith(shown) and ("1.200" if lang == "id" else "1,200") in text and "2026" in text


@pytest.mark.parametrize(
    ("size", "lang", "shown"),
    [
        (123_600_000, "id", "117,9 MiB"),
        (123_600_000, "en", "117.9 MiB"),
        (1_263_000, "id", "1,2 MiB"),
        (1_000_000, "id", "977 KiB"),
    ],
)
def test_a_file_size_is_written_as_the_reader_writes_numbers(size, lang, shown):
    """Before, `store vacuum` said `117.9 MiB` in Indonesian (and `1,000 KiB` would read as one KiB)."""
    assert size_text(size, lang) == shown


@pytest.mark.parametrize(("lang", "shown"), [("id", "4.417"), ("en", "4,417")])
def test_the_rows_per_role_of_a_check_are_counts(lang, shown):
    """Before, `score --check` listed `Pelaksana  4417` among grouped counts (`10.040 baris`)."""
    from types import SimpleNamespace

    from asn_skills.reports.views.check import _role_section

    run = SimpleNamespace(roles_read=lambda: [("Pelaksana", 4417, MAIN.roles[0])])
    section = _role_section(MAIN, run, lang)  # type: ignore[arg-type]
    document = Document("Periksa", [section], lang=lang)
    assert f"| Pelaksana | {shown} |" in document_markdown(document)
