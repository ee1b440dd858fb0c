"""The whole flow on bundled defaults, in a temporary store.

A synthetic workforce answers the instrument in a Google Forms-style export; the export is scored into a
temporary store like any real file, and the round is read back from that store.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from asn_skills.ingest.batch import BatchSettings, Tally, score_file
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import RoundData, from_store
from asn_skills.store.store import Store
from asn_skills.synthetic.exports import Style, write_sample

ROUND = "demo"


def demo_round(questionnaire: Questionnaire, people: int, seed: int, lang: str) -> tuple[Tally, RoundData]:
    """`people` synthetic employees scored and stored as round `demo`: how the scoring went, and the round."""
    with tempfile.TemporaryDirectory(prefix="asn-skills-demo-") as folder:
        work = Path(folder)
        export = work / "jawaban.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, questionnaire, Style.GOOGLE, people, seed)
        options = RowOptions(lang=lang, keep_answers=True)
        with (
            score_file(questionnaire, str(export), folder=work, settings=BatchSettings(row_options=options)) as run,
            Store.open(work / "demo.db") as store,
        ):
            run.store_results(store, ROUND)
            return run.tally(), from_store(store, questionnaire, ROUND)
