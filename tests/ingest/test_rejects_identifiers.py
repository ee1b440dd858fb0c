"""Pseudonymised rejects hold no direct identifier: besides NIP and name, the e-mail, IP address, user name
and phone number columns survey tools add are emptied."""

from __future__ import annotations

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
KEY = "kunci-rahasia-dinas-2026"
QUESTIONS = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
BAD_ANSWERS = "198609262015051001,Sari Wulandari,Dinas A,staf,9,3,a,a,4,2,1"
GOOD_ANSWERS = "198609262015051002,Budi Santoso,Dinas A,staf,2,3,a,a,4,2,1"


@pytest.mark.parametrize(
    ("tool", "columns", "values"),
    [
        ("google-forms", "Timestamp,Email Address", "2026/11/20 9:14:37 AM GMT+7,sari.w@dinas.go.id"),
        ("google-forms-id", "Cap waktu,Alamat email", "2026/11/20 9:14:37,sari.w@dinas.go.id"),
        ("limesurvey", "id,submitdate,ipaddr", "17,2026-11-20 09:14:37,10.20.30.41"),
        ("limesurvey-text", "Response ID,Date submitted,IP address", "17,2026-11-20 09:14:37,10.20.30.41"),
        ("kobo", "start,username,phonenumber,deviceid", "2026-11-20T09:14:37,sariw_kobo,+628123456789,imei:3581"),
        ("kobo-submitter", "_submitted_by,_geolocation", "sariw_kobo,-6.2 106.8"),
    ],
)
def test_pseudonymised_rejects_keep_no_email_ip_username_or_phone(tmp_path, tool, columns, values):
    export = tmp_path / "export.csv"
    export.write_text(
        f"{columns},{QUESTIONS}\n{values},{BAD_ANSWERS}\n{values.replace('sari', 'budi')},{GOOD_ANSWERS}\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "r.rejects.csv"
    args = ["score", str(export), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--pseudonymize", KEY]
    result = runner.invoke(app, [*args, "--rejects", str(rejects)])
    assert result.exit_code == ExitCode.REJECTED, result.stderr
    written = rejects.read_text(encoding="utf-8")
    for leaked in ("sari.w@dinas.go.id", "10.20.30.41", "sariw_kobo", "+628123456789", "imei:3581", "-6.2 106.8"):
        assert leaked not in written
    assert "Sari" not in written and "198609262015051001" not in written
    assert "Dinas A" in written, "other cells stay, so the row can be fixed"
