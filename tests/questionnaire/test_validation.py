"""Checking questionnaire files: each file's problems, for people and machines, and the summary's counts."""

from __future__ import annotations

from pathlib import Path

from asn_skills.questionnaire.validation import check_files, counts

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal.toml"


def test_each_file_is_checked_in_order_and_counted(tmp_path):
    broken = tmp_path / "rusak.toml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("format = 1", "format = 9"), encoding="utf-8")
    checks = check_files([str(MINIMAL), str(broken), "kompetensi-digital-asn"])
    assert [check.path.name for check in checks] == ["minimal.toml", "rusak.toml", "kompetensi-digital-asn.toml"]
    assert [bool(check.problems) for check in checks] == [False, True, False]
    data = checks[1].data("en")
    assert data["file"] == str(broken) and data["valid"] is False
    assert data["problems"][0]["file"] == str(broken) and "format" in data["problems"][0]["message"]
    assert counts(checks) == {"files": 3, "valid": 2, "invalid": 1, "problems": len(checks[1].problems)}
