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


def test_a_carriage_return_inside_a_quoted_header_cell_loses_no_row(tmp_path):
    """The reader takes a lone CR for a line end, as editors do: the header's bytes must be counted the
    same way, or the first data row is skipped as part of the header."""
    prepared, rows = opened(tmp_path, 'NIP,"Unit\rKerja"\n198609262015051001,Umum\n198609262015051002,Hukum\n')
    assert prepared.header == ("NIP", "Unit\rKerja")
    assert rows == [(3, ["198609262015051001", "Umum"]), (4, ["198609262015051002", "Hukum"])]


def test_a_file_with_carriage_returns_only_is_read_row_by_row(tmp_path):
    """Excel for Mac's "CSV (Macintosh)" ends lines with CR alone."""
    prepared, rows = opened(tmp_path, "NIP,A1\r198609262015051001,1\r198609262015051002,2\r")
    assert prepared.data_line == 2
    assert rows == [(2, ["198609262015051001", "1"]), (3, ["198609262015051002", "2"])]


def test_line_numbers_do_not_depend_on_where_chunks_are_cut(tmp_path):
    """Each chunk's first line is counted the way the reader counts lines (a lone CR in a cell is one)."""
    text = "NIP,A1\n" + "".join(f'1986092620150510{n:02d},"a\rb"\n' for n in range(1, 40))
    path = tmp_path / "e.csv"
    path.write_bytes(text.encode())
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=tmp_path)
    whole = [row for chunk in chunks(prepared, 1 << 20) for row in read_rows(prepared, chunk)]
    cut = [row for chunk in chunks(prepared, 100) for row in read_rows(prepared, chunk)]
    assert len(chunks(prepared, 100)) > 5
    assert [line for line, _ in whole] == list(range(2, 80, 2))
    assert cut == whole


def test_a_crlf_split_between_read_blocks_counts_as_one_line_end(tmp_path, monkeypatch):
    from asn_skills.ingest import source

    text = "NIP,A1\r\n" + "".join(f"1986092620150510{n:02d},{n % 4}\r\n" for n in range(1, 30))
    path = tmp_path / "e.csv"
    path.write_bytes(text.encode())
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=tmp_path)
    monkeypatch.setattr(source, "BLOCK_BYTES", 7)  # most blocks end inside a CRLF or a row
    rows = [row for chunk in chunks(prepared, 50) for row in read_rows(prepared, chunk)]
    assert [line for line, _ in rows] == list(range(2, 31))


def test_a_unicode_line_separator_in_a_header_cell_does_not_confuse_the_delimiter(tmp_path):
    """Text pasted from Word into a question title may hold U+2028, U+0085 or U+001C; for the CSV reader
    they are ordinary characters, not line ends."""
    header = "NIP,Saya dapat\u2028mencari,Saya dapat\x85menilai,Jabatan\x1cFungsional"
    data = "".join(f"1986092620150510{n:02d},1,2,staf\r\n" for n in range(1, 11))
    prepared, rows = opened(tmp_path, header + "\r\n" + data)
    assert prepared.delimiter == "," and prepared.header[1] == "Saya dapat\u2028mencari"
    assert [line for line, _ in rows] == list(range(2, 12))
