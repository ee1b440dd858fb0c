"""Opening an export: rows above the header and Kobo's HXL tag row are not data, and line numbers stay physical."""

from __future__ import annotations

from asn_skills.ingest.source import chunks, prepare, read_rows


def opened(tmp_path, text):
    path = tmp_path / "e.csv"
    path.write_bytes(text.encode())
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=tmp_path)
    rows = [row for chunk in chunks(prepared, 1 << 20) for row in read_rows(prepared, chunk)]
    return prepared, rows


def test_kobo_hxl_tag_row_under_the_header_is_skipped(tmp_path):
    """formpack writes a second header row of HXL tags when any field has one
    (formpack/reporting/export.py get_header_rows_for_tag_cols; kpi test_csv_export_default_options)."""
    text = '"NIP";"KAM01";"_index"\r\n"";"#skill";""\r\n"198609262015051001";"2";"1"\r\n'
    prepared, rows = opened(tmp_path, text)
    assert prepared.header == ("NIP", "KAM01", "_index") and prepared.data_line == 3
    assert rows == [(3, ["198609262015051001", "2", "1"])]


def test_a_first_data_row_is_never_taken_for_tags(tmp_path):
    _, rows = opened(tmp_path, "NIP;Catatan\r\n198609262015051001;#penting\r\n")
    assert rows == [(2, ["198609262015051001", "#penting"])]


def test_blank_lines_above_the_header(tmp_path):
    prepared, rows = opened(tmp_path, ",,\n\nNIP,A1,A2\n198609262015051001,1,2\n")
    assert prepared.header == ("NIP", "A1", "A2") and rows == [(4, ["198609262015051001", "1", "2"])]
