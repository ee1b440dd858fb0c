"""Texts of the command line: help, labels and summaries, in Indonesian and English."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from asn_skills.i18n import LANGUAGES, default_language, render


def help_language(argv: Sequence[str]) -> str:
    """The language of help texts: `--lang` on the command line, else ASN_SKILLS_LANG, else Indonesian.

    Help is built before options are parsed, so the entry point reads the command line with this.
    """
    for index, arg in enumerate(argv):
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return default_language()


HELP_LANG = default_language()
"""Set by the entry point (`use_help_language`) before the commands are imported."""


def use_help_language(argv: Sequence[str]) -> None:
    global HELP_LANG
    HELP_LANG = help_language(argv)


def t(key: str, lang: str, /, **params: Any) -> str:
    return render(TEXTS, key, lang, **params)


def h(key: str) -> str:
    """A help text in the language chosen for help (brackets escaped: Typer reads help as Rich markup)."""
    return t(key, HELP_LANG).replace("[", "\\[")


TEXTS: dict[str, dict[str, str]] = {
    # Help
    "help.app": {
        "id": "Mengukur kompetensi digital ASN dan menunjukkan siapa yang perlu pelatihan apa.\n\n"
        "Contoh: asn-skills demo",
        "en": "Measure the digital skills of civil servants (ASN) and show who needs which training.\n\n"
        "Example: asn-skills demo",
    },
    "help.lang": {"id": "Bahasa tampilan: id atau en.", "en": "Display language: id or en."},
    "help.global_options": {"id": "Opsi umum", "en": "Global options"},
    "help.quiet": {"id": "Tanpa pesan informasi di stderr.", "en": "No informational messages on stderr."},
    "help.debug": {"id": "Tampilkan traceback saat terjadi galat.", "en": "Show tracebacks on errors."},
    "help.version": {"id": "Tampilkan versi lalu keluar.", "en": "Show the version and exit."},
    "help.format": {"id": "Format keluaran.", "en": "Output format."},
    "help.report.format": {
        "id": "Format keluaran; bawaan: menurut akhiran berkas -o (.xlsx, .html, .md, .json, .csv), "
        "selain itu terminal.",
        "en": "Output format; default: from the -o file's ending (.xlsx, .html, .md, .json, .csv), else terminal.",
    },
    "help.score.format": {
        "id": "Format hasil; bawaan: menurut akhiran berkas -o (.xlsx, .json, .jsonl), selain itu csv.",
        "en": "Results format; default: from the -o file's ending (.xlsx, .json, .jsonl), else csv.",
    },
    "help.questionnaires": {
        "id": "Kuesioner bawaan dan buatan sendiri: daftar, tampilkan, validasi, ekspor ke alat survei.\n\n"
        "Contoh: asn-skills questionnaires list",
        "en": "Bundled and your own questionnaires: list, show, validate, export to a survey tool.\n\n"
        "Example: asn-skills questionnaires list",
    },
    "help.list": {
        "id": "Daftar kuesioner bawaan (dan berkas/folder yang diberikan).\n\n"
        "Contoh: asn-skills questionnaires list ./kuesioner-saya/",
        "en": "List the bundled questionnaires (and any files or folders given).\n\n"
        "Example: asn-skills questionnaires list ./my-questionnaires/",
    },
    "help.list.paths": {
        "id": "Berkas .toml atau folder tambahan untuk didaftar.",
        "en": "Extra .toml files or folders to list.",
    },
    "help.show": {
        "id": "Tampilkan isi kuesioner: ranah, butir, jabatan, dan katalog pelatihan.\n\n"
        "Contoh: asn-skills questionnaires show kompetensi-digital-asn --format markdown",
        "en": "Show a questionnaire: domains, items, roles and the course catalogue.\n\n"
        "Example: asn-skills questionnaires show kompetensi-digital-asn --format markdown",
    },
    "help.show.target": {
        "id": "Id kuesioner bawaan atau path berkas .toml.",
        "en": "A bundled questionnaire id or a .toml file path.",
    },
    "help.validate": {
        "id": "Periksa sintaks dan makna berkas kuesioner; setiap masalah dicetak dengan berkas:baris.\n\n"
        "Contoh: asn-skills questionnaires validate kuesioner.toml",
        "en": "Check questionnaire files for syntax and meaning; prints every problem as file:line.\n\n"
        "Example: asn-skills questionnaires validate my-questionnaire.toml",
    },
    "help.validate.paths": {
        "id": "Berkas .toml (atau id bawaan) yang diperiksa.",
        "en": "The .toml files (or bundled ids) to check.",
    },
    "help.export": {
        "id": "Tulis kuesioner untuk alat survei (XLSForm untuk KoboToolbox/ODK, struktur LimeSurvey, skrip "
        "Google Forms), templat entri Excel, atau versi kertas; jawaban dari alat itu dinilai `score` tanpa peta "
        "kolom.\n\n"
        "Contoh: asn-skills questionnaires export kompetensi-digital-asn --to xlsform -o kuesioner.xlsx",
        "en": "Write a questionnaire for a survey tool (XLSForm for KoboToolbox/ODK, a LimeSurvey structure, a "
        "Google Forms script), an Excel data-entry template or a paper version; `score` reads the answers from it "
        "without a column map.\n\n"
        "Example: asn-skills questionnaires export kompetensi-digital-asn --to xlsform -o questionnaire.xlsx",
    },
    "help.export.target": {
        "id": "Id kuesioner bawaan atau path berkas .toml.",
        "en": "A bundled questionnaire id or a .toml file path.",
    },
    "help.export.to": {"id": "Yang ditulis: {formats}.", "en": "What to write: {formats}."},
    "help.export.output": {
        "id": "Berkas yang ditulis; - untuk stdout (hanya format teks, atau .xlsx ke pipe).",
        "en": "The file to write; - for stdout (text formats, or .xlsx into a pipe).",
    },
    "export.written": {"id": "Ditulis {path}: {description}.", "en": "Wrote {path}: {description}."},
    "export.workbook_name": {
        "id": "Peringatan: {path} adalah buku kerja Excel; Excel dan KoboToolbox hanya membukanya sebagai berkas "
        "berakhiran .xlsx: ganti namanya menjadi {name}",
        "en": "Warning: {path} is an Excel workbook; Excel and KoboToolbox open it only as a file ending in .xlsx: "
        "rename it {name}",
    },
    "export.binary_terminal": {
        "id": "{target} menghasilkan berkas .xlsx, yang tidak bisa ditampilkan di terminal; beri -o BERKAS.xlsx",
        "en": "{target} writes an .xlsx file, which a terminal cannot show; give -o FILE.xlsx",
    },
    "help.import": {
        "id": "Buat draf kuesioner TOML dari struktur survei LimeSurvey (.lss atau .txt) atau XLSForm (.xlsx).\n\n"
        "Contoh: asn-skills questionnaires import survei.lss -o draf.toml",
        "en": "Make a questionnaire TOML draft from a LimeSurvey survey structure (.lss or .txt) or an XLSForm "
        "(.xlsx).\n\nExample: asn-skills questionnaires import survey.lss -o draft.toml",
    },
    "help.import.source": {
        "id": "Struktur survei: .lss atau .txt dari LimeSurvey, atau XLSForm .xlsx.",
        "en": "The survey structure: a LimeSurvey .lss or .txt, or an XLSForm .xlsx.",
    },
    "help.demo": {
        "id": "Jalankan contoh lengkap dengan data sintetis: pegawai fiktif dinilai dan yang perlu "
        "pelatihan ditampilkan lebih dulu.\n\nContoh: asn-skills demo --people 300",
        "en": "Run the whole flow on synthetic data: fictitious staff are scored and those who need "
        "training are listed first.\n\nExample: asn-skills demo --people 300",
    },
    "help.demo.people": {"id": "Jumlah pegawai sintetis.", "en": "Number of synthetic employees."},
    "help.demo.seed": {"id": "Benih acak (hasil sama untuk benih sama).", "en": "Random seed (same seed, same data)."},
    "help.demo.top": {"id": "Baris yang ditampilkan; 0 = semua.", "en": "Rows to show; 0 = all."},
    "help.questionnaire": {
        "id": "Id kuesioner bawaan atau path berkas .toml.",
        "en": "A bundled questionnaire id or a .toml file path.",
    },
    "help.db": {
        "id": "Berkas penyimpanan SQLite (bawaan: folder data pengguna).",
        "en": "SQLite store file (default: the per-user data folder).",
    },
    "help.assess": {
        "id": "Seorang pegawai menjawab kuesioner di terminal; hasil pribadi dicetak dan disimpan.\n\n"
        "Contoh: asn-skills assess --nip 198609262015051001 --round 2026",
        "en": "One employee answers in the terminal; the personal report is printed and stored.\n\n"
        "Example: asn-skills assess --nip 198609262015051001 --round 2026",
    },
    "help.assess.nip": {"id": "NIP pegawai (ditanyakan bila kosong).", "en": "Employee NIP (asked when missing)."},
    "help.assess.name": {"id": "Nama pegawai.", "en": "Employee name."},
    "help.assess.unit": {"id": "Unit kerja.", "en": "Work unit."},
    "help.assess.role": {"id": "Jabatan: id, nama, atau nama lain.", "en": "Role: id, name or alias."},
    "help.round": {"id": "Nama putaran penilaian (bawaan: tahun ini).", "en": "Assessment round (default: this year)."},
    "help.assess.answers": {
        "id": "Berkas jawaban JSON/TOML (id pertanyaan = nilai); tanpa pertanyaan interaktif.",
        "en": "JSON/TOML answers file (question id = value); no prompts.",
    },
    "help.assess.resume": {
        "id": "Lanjutkan penilaian yang belum selesai tanpa bertanya.",
        "en": "Continue an unfinished assessment without asking.",
    },
    "help.no_nip_check": {
        "id": "Jangan periksa format NIP (PPPK, honorer).",
        "en": "Do not check the NIP format (PPPK, honorary staff).",
    },
    "help.history": {
        "id": "Riwayat penilaian seorang pegawai, dengan perubahan per ranah.\n\n"
        "Contoh: asn-skills history 198609262015051001",
        "en": "One employee's assessments over time, with the change per area.\n\n"
        "Example: asn-skills history 198609262015051001",
    },
    "help.history.nip": {"id": "NIP pegawai.", "en": "The employee's NIP."},
    "help.score": {
        "id": "Menilai ekspor survei (Google Forms, LimeSurvey, KoboToolbox, Excel) menjadi hasil dan baris "
        "tolakan.\n\n"
        "Contoh: asn-skills score jawaban.csv -o hasil.csv --store --round 2026",
        "en": "Score a survey export (Google Forms, LimeSurvey, KoboToolbox, Excel) into results and rejected rows.\n\n"
        "Example: asn-skills score answers.csv -o results.csv --store --round 2026",
    },
    "help.score.input": {
        "id": "Ekspor survei: berkas CSV atau .xlsx, atau - untuk stdin.",
        "en": "The survey export: a CSV or .xlsx file, or - for stdin.",
    },
    "help.output": {"id": "Tulis ke berkas ini, bukan stdout.", "en": "Write to this file instead of stdout."},
    "help.score.rejects": {
        "id": "Berkas baris tolakan (bawaan: di samping keluaran).",
        "en": "Rejected rows file (default: beside the output).",
    },
    "help.score.encoding": {
        "id": "Encoding masukan, mis. cp1252 (bawaan: UTF-8, dengan atau tanpa BOM, atau UTF-16 ber-BOM).",
        "en": "Input encoding, e.g. cp1252 (default: UTF-8 with or without BOM, or UTF-16 with BOM).",
    },
    "help.score.delimiter": {
        "id": "Pemisah kolom: , ; | atau tab (bawaan: dikenali otomatis).",
        "en": "Column delimiter: , ; | or tab (default: detected).",
    },
    "help.score.columns": {
        "id": 'Peta kolom TOML: [questions] KAM01 = "judul kolom", [identity] nip = "...".',
        "en": 'Column map TOML: [questions] KAM01 = "header", [identity] nip = "...".',
    },
    "help.score.store": {"id": "Simpan juga hasilnya ke penyimpanan.", "en": "Also save the results in the store."},
    "help.score.check": {
        "id": "Tampilkan pemetaan kolom dan masalah jawaban saja, tanpa menulis hasil.",
        "en": "Only show the column mapping and answer problems; write no results.",
    },
    "help.score.jobs": {"id": "Jumlah proses paralel.", "en": "Number of parallel processes."},
    "help.score.fail_on_flagged": {
        "id": "Keluar dengan kode 4 bila ada yang perlu pelatihan.",
        "en": "Exit with code 4 when someone needs training.",
    },
    "help.sample": {
        "id": "Tulis ekspor survei sintetis yang realistis untuk uji coba dan benchmark.\n\n"
        "Contoh: asn-skills sample --rows 500 --style google -o contoh.csv",
        "en": "Write a realistic synthetic survey export for trials and benchmarks.\n\n"
        "Example: asn-skills sample --rows 500 --style google -o sample.csv",
    },
    "help.sample.rows": {"id": "Jumlah responden.", "en": "Number of respondents."},
    "help.sample.style": {"id": "Gaya ekspor.", "en": "Export style."},
    "help.sample.errors": {
        "id": "Porsi baris yang sengaja dirusak (0-1): NIP salah, jawaban di luar rentang, label tak dikenal, "
        "duplikat, baris terpotong.",
        "en": "Share of rows spoiled on purpose (0-1): bad NIPs, out-of-range answers, unknown labels, "
        "duplicates, short rows.",
    },
    "score.progress": {"id": "Menilai", "en": "Scoring"},
    "score.rows_so_far": {"id": "{rows} baris", "en": "{rows} rows"},
    "score.summary": {
        "id": "{rows} baris: {scored} dinilai, {rejected} ditolak ({superseded} duplikat digantikan)",
        "en": "{rows} rows: {scored} scored, {rejected} rejected ({superseded} duplicates superseded)",
    },
    "score.rejects_at": {"id": "Baris tolakan: {path}", "en": "Rejected rows: {path}"},
    "score.written": {"id": "Hasil ditulis ke {path}", "en": "Results written to {path}"},
    "score.stored": {
        "id": "{added} hasil disimpan di {path} (putaran {round}); {skipped} sudah ada di putaran itu",
        "en": "{added} results stored in {path} (round {round}); {skipped} were already in that round",
    },
    "help.sample.drift": {
        "id": "Putaran berikutnya: pegawai yang sama (benih sama) setahun kemudian, kemampuannya bergeser rata-rata "
        "sebanyak ini dalam simpangan baku (0.3 = setahun dengan pelatihan; negatif = menurun).",
        "en": "A later round: the same people (same seed) a year on, their ability moved by this many standard "
        "deviations on average (0.3 = a year with training; negative = a decline).",
    },
    "sample.written": {
        "id": "{rows} responden ({style}) ditulis ke {path}; {errors} baris dirusak",
        "en": "{rows} respondents ({style}) written to {path}; {errors} rows spoiled",
    },
    "delimiter_one_char": {"id": "harus satu karakter, mis. ';'", "en": "must be one character, e.g. ';'"},
    "identity.nip": {"id": "identitas: NIP", "en": "identity: NIP"},
    "identity.name": {"id": "identitas: nama", "en": "identity: name"},
    "identity.unit": {"id": "identitas: unit kerja", "en": "identity: unit"},
    "identity.role": {"id": "identitas: jabatan", "en": "identity: role"},
    "identity.timestamp": {"id": "waktu pengisian", "en": "submission time"},
    "check.title": {
        "id": "Pemetaan kolom {file} (pemisah {delimiter}, {encoding})",
        "en": "Column mapping of {file} (delimiter {delimiter}, {encoding})",
    },
    "check.unused": {"id": "(tidak dipakai)", "en": "(unused)"},
    "check.derived": {
        "id": "(turunan dari pilihan ganda, tidak dibaca)",
        "en": "(derived from a multi-select, not read)",
    },
    "check.duplicate": {
        "id": "(kolom ganda, diabaikan: yang pertama dipakai)",
        "en": "(duplicate column, ignored: the first one is used)",
    },
    "check.missing": {"id": "Pertanyaan tanpa kolom: {questions}", "en": "Questions without a column: {questions}"},
    "check.counts": {
        "id": "{questions} dari {total} pertanyaan ditemukan, {unused} kolom tidak dipakai; {rows} baris: "
        "{rejected} bermasalah, {superseded} duplikat",
        "en": "{questions} of {total} questions found, {unused} columns unused; {rows} rows: {rejected} with "
        "problems, {superseded} duplicates",
    },
    "check.problem": {
        "id": "baris {line}, kolom {column}: {reason}",
        "en": "line {line}, column {column}: {reason}",
    },
    "check.roles": {"id": "Jabatan dalam berkas", "en": "Roles in the file"},
    "check.role_default": {
        "id": "tidak dikenal: {role} (default); tambahkan ke [roles] pada --columns",
        "en": "unknown: {role} (default); add it to [roles] in --columns",
    },
    "col.role_written": {"id": "Tertulis", "en": "As written"},
    "col.rows": {"id": "Baris", "en": "Rows"},
    "col.number": {"id": "No.", "en": "No."},
    "col.header": {"id": "Judul kolom", "en": "Header"},
    "col.matched": {"id": "Dipetakan ke", "en": "Matched as"},
    "help.report": {
        "id": "Laporan organisasi, per unit, daftar yang perlu pelatihan, per orang, statistik butir, atau "
        "perbandingan putaran.\n\nContoh: asn-skills report --units --format html -o unit.html",
        "en": "Organisation, per-unit, flagged-staff, personal, item-statistics or round-comparison reports.\n\n"
        "Example: asn-skills report --units --format html -o units.html",
    },
    "help.report.from": {
        "id": "Berkas hasil dari `score` (.jsonl, .json, .csv) sebagai ganti penyimpanan.",
        "en": "A results file from `score` (.jsonl, .json, .csv) instead of the store.",
    },
    "help.report.round": {"id": "Putaran (bawaan: yang terakhir).", "en": "Round (default: the latest)."},
    "help.report.unit": {"id": "Hanya unit ini (boleh berulang).", "en": "Only this unit (repeatable)."},
    "help.report.role": {"id": "Hanya jabatan ini (boleh berulang).", "en": "Only this role (repeatable)."},
    "help.report.nip": {"id": "Laporan pribadi satu pegawai.", "en": "One employee's personal report."},
    "help.report.units": {"id": "Tabel unit x ranah.", "en": "Units x areas table."},
    "help.report.flagged": {
        "id": "Daftar pegawai yang perlu pelatihan, prioritas tertinggi dulu.",
        "en": "Staff who need training, highest priority first.",
    },
    "help.report.items": {
        "id": "Keandalan: alfa Cronbach per ranah dan statistik tiap butir.",
        "en": "Reliability: Cronbach's alpha per area and statistics per item.",
    },
    "help.report.compare": {
        "id": "Bandingkan dua putaran: perubahan per unit dan ranah.",
        "en": "Compare two rounds: change per unit and area.",
    },
    "help.report.top": {"id": "Hanya N baris pertama (0 = semua).", "en": "Only the first N rows (0 = all)."},
    "help.pseudonymize": {
        "id": "Ganti NIP dan nama dengan pseudonim berkunci (HMAC-SHA256) di setiap keluaran. Tanpa nilai, kunci "
        "diambil dari --pseudonymize-key-file atau ASN_SKILLS_PSEUDONYM_KEY (kunci di baris perintah terlihat di ps).",
        "en": "Replace NIP and name by a keyed pseudonym (HMAC-SHA256) in every output. Without a value the key comes "
        "from --pseudonymize-key-file or ASN_SKILLS_PSEUDONYM_KEY (a key on the command line shows in ps).",
    },
    "help.pseudonymize_key_file": {
        "id": "Berkas berisi kunci pseudonim (menyalakan --pseudonymize).",
        "en": "File holding the pseudonym key (turns --pseudonymize on).",
    },
    "pseudonymize.key_visible": {
        "id": "Peringatan: kunci di baris perintah terlihat di ps dan riwayat shell; gunakan "
        "--pseudonymize-key-file atau {variable}.",
        "en": "Warning: a key on the command line shows in ps and shell history; use --pseudonymize-key-file "
        "or {variable}.",
    },
    "help.plan": {
        "id": "Rencana pelatihan tahunan: peserta dan kelas per pelatihan, pelatihan dan JP per pegawai.\n\n"
        "Contoh: asn-skills plan --format html -o rencana.html",
        "en": "The yearly training plan: participants and classes per course, courses and JP per employee.\n\n"
        "Example: asn-skills plan --format html -o plan.html",
    },
    "help.plan.employees": {
        "id": "Pelatihan per pegawai (dalam anggaran JP), bukan peserta per pelatihan.",
        "en": "The courses per employee (within the JP budget) instead of the participants per course.",
    },
    "help.plan.year": {
        "id": "Tahun anggaran rencana (bawaan: tahun setelah jawaban terakhir putaran).",
        "en": "The plan's budget year (default: the year after the round's latest answer).",
    },
    "report.one_view": {
        "id": "pilih salah satu: --units, --flagged, --items atau --compare",
        "en": "choose one of --units, --flagged, --items or --compare",
    },
    "instrument.only": {
        "id": "Kuesioner: {id} (satu-satunya di penyimpanan; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (the only one in the store; choose another with -q)",
    },
    "instrument.of_rounds": {
        "id": "Kuesioner: {id} (yang ada di putaran {rounds}; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (the one in round {rounds}; choose another with -q)",
    },
    "instrument.latest": {
        "id": "Kuesioner: {id}, yang terakhir disimpan (penyimpanan juga berisi {others}; pilih dengan -q)",
        "en": "Questionnaire: {id}, the most recently stored (the store also holds {others}; choose with -q)",
    },
    "instrument.from_file": {
        "id": "Kuesioner: {id} (sesuai area di {file}; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (matches the areas in {file}; choose another with -q)",
    },
    "instrument.person": {
        "id": "Kuesioner: {id}, yang terakhir dinilai untuk NIP ini (ada juga {others}; pilih dengan -q)",
        "en": "Questionnaire: {id}, the latest this NIP was assessed with (also {others}; choose with -q)",
    },
    "help.report.questionnaire": {
        "id": "Id kuesioner (bawaan atau yang ada di penyimpanan) atau path berkas .toml "
        "(bawaan: kuesioner di penyimpanan).",
        "en": "A questionnaire id (bundled or in the store) or a .toml file path (default: the store's).",
    },
    "help.store": {
        "id": "Merawat penyimpanan: putaran, penghapusan data seseorang (UU 27/2022), pemadatan berkas.\n\n"
        "Contoh: asn-skills store rounds",
        "en": "Look after the store: rounds, erasing a person's data (UU 27/2022), compacting the file.\n\n"
        "Example: asn-skills store rounds",
    },
    "help.store.rounds": {
        "id": "Daftar putaran: kuesioner, jumlah pegawai dan penilaian, tanggal pertama dan terakhir.\n\n"
        "Contoh: asn-skills store rounds",
        "en": "The rounds: questionnaire, people and assessments, first and last dates.\n\n"
        "Example: asn-skills store rounds",
    },
    "help.store.rename": {
        "id": "Mengganti nama putaran.\n\nContoh: asn-skills store rename 2026 2026-semester-1",
        "en": "Rename a round.\n\nExample: asn-skills store rename 2026 2026-first-half",
    },
    "help.store.delete": {
        "id": "Menghapus satu putaran beserta jawabannya.\n\nContoh: asn-skills store delete uji-coba --dry-run",
        "en": "Delete a round with its answers.\n\nExample: asn-skills store delete trial --dry-run",
    },
    "help.store.forget": {
        "id": "Menghapus semua penilaian dan jawaban seorang pegawai (hak penghapusan, UU 27/2022).\n\n"
        "Contoh: asn-skills store forget 198609262015051001 --dry-run",
        "en": "Erase every assessment and answer of one employee (right to erasure, UU 27/2022).\n\n"
        "Example: asn-skills store forget 198609262015051001 --dry-run",
    },
    "help.store.vacuum": {
        "id": "Membangun ulang berkas penyimpanan agar data yang dihapus tidak tersisa di dalamnya.\n\n"
        "Contoh: asn-skills store vacuum",
        "en": "Rebuild the store file so that no deleted data is left in it.\n\nExample: asn-skills store vacuum",
    },
    "help.store.dry_run": {
        "id": "Hanya tampilkan berapa yang akan dihapus; tidak ada yang diubah.",
        "en": "Only show how much would be deleted; nothing is changed.",
    },
    "help.store.old": {"id": "Nama putaran sekarang.", "en": "The round's current name."},
    "help.store.new": {"id": "Nama barunya (belum dipakai).", "en": "Its new name (not in use yet)."},
    "help.store.round": {"id": "Nama putaran.", "en": "The round's name."},
    "help.store.nip": {"id": "NIP pegawai.", "en": "The employee's NIP."},
    "store.heading": {"id": "Penyimpanan {path}", "en": "Store {path}"},
    "store.rounds_title": {"id": "Putaran penilaian", "en": "Assessment rounds"},
    "store.no_rounds": {
        "id": "Belum ada penilaian; isi dengan `score --store` atau `assess`.",
        "en": "No assessments yet; fill the store with `score --store` or `assess`.",
    },
    "store.empty_round": {"id": "Nama putaran tidak boleh kosong.", "en": "A round name cannot be empty."},
    "store.renamed": {
        "id": "Putaran {old} sekarang bernama {new} ({count} penilaian).",
        "en": "Round {old} is now called {new} ({count} assessments).",
    },
    "store.would_delete": {
        "id": "Putaran {round} berisi {count} penilaian; tidak ada yang dihapus (--dry-run).",
        "en": "Round {round} holds {count} assessments; nothing was deleted (--dry-run).",
    },
    "store.deleted": {
        "id": "Putaran {round} dihapus: {count} penilaian beserta jawabannya.",
        "en": "Round {round} deleted: {count} assessments with their answers.",
    },
    "store.would_forget": {
        "id": "NIP {nip} memiliki {finished} penilaian selesai dan {unfinished} belum selesai di {path}; "
        "tidak ada yang dihapus (--dry-run).",
        "en": "NIP {nip} has {finished} finished and {unfinished} unfinished assessments in {path}; "
        "nothing was erased (--dry-run).",
    },
    "store.forgot": {
        "id": "NIP {nip} dihapus dari {path}: {finished} penilaian selesai dan {unfinished} belum selesai, "
        "beserta jawabannya. Berkas hasil dan laporan yang pernah ditulis tidak ikut terhapus.",
        "en": "NIP {nip} erased from {path}: {finished} finished and {unfinished} unfinished assessments with "
        "their answers. Results files and reports written earlier are not touched.",
    },
    "store.vacuumed": {
        "id": "{path} dibangun ulang: {before} menjadi {after}; data yang dihapus tidak tersisa.",
        "en": "{path} rebuilt: {before} to {after}; no deleted data is left in it.",
    },
    "round.default_used": {
        "id": "Tanpa --round: hasil masuk ke putaran {round} (tahun ini).",
        "en": "No --round given: the results go to round {round} (this year).",
    },
    "report.organisation": {"id": "laporan organisasi, putaran {round}", "en": "organisation report, round {round}"},
    "report.units": {"id": "per unit kerja, putaran {round}", "en": "by unit, round {round}"},
    "report.flagged": {"id": "perlu pelatihan, putaran {round}", "en": "needing training, round {round}"},
    "report.items_title": {"id": "statistik butir, putaran {round}", "en": "item statistics, round {round}"},
    "report.compare": {"id": "perbandingan {first} dan {second}", "en": "{first} compared with {second}"},
    "report.suppressed": {
        "id": "{n} pegawai: kurang dari {minimum}, statistik tidak ditampilkan untuk melindungi data pribadi.",
        "en": "{n} employees: fewer than {minimum}, so no statistics are shown, to protect personal data.",
    },
    "report.headline": {
        "id": "{n} pegawai dinilai · {flagged} perlu pelatihan ({high} prioritas tinggi, {medium} sedang) · "
        "{low} mendapat saran pengembangan · skor rata-rata {overall}",
        "en": "{n} employees assessed · {flagged} need training ({high} high priority, {medium} medium) · "
        "{low} with a development suggestion · mean score {overall}",
    },
    "report.domain_means": {"id": "Skor rata-rata per ranah", "en": "Mean score per area"},
    "report.bar_text": {"id": "{mean} · {below} di bawah syarat", "en": "{mean} · {below} below requirement"},
    "report.domains": {"id": "Ranah: skor, sebaran level, kesenjangan", "en": "Areas: scores, levels, gaps"},
    "report.weakest": {"id": "Ranah terlemah: {domains}.", "en": "Weakest areas: {domains}."},
    "report.national": {
        "id": "Dibandingkan dengan Indeks Literasi Digital nasional, segmen pekerja pemerintahan/TNI/Polri (skala 1-5)",
        "en": "Compared with the national Digital Literacy Index, government/TNI/Polri workers (scale 1-5)",
    },
    "report.national_indicative": {
        "id": "Perbandingan ini indikatif: populasi dan butir survei nasional berbeda dengan kuesioner ini.",
        "en": "This comparison is indicative: the national survey has a different population and items.",
    },
    "report.overall": {"id": "Keseluruhan", "en": "Overall"},
    "report.units_top": {"id": "Unit yang paling membutuhkan", "en": "Units most in need"},
    "report.units_all": {"id": "Unit kerja x ranah (rata-rata skor)", "en": "Units x areas (mean score)"},
    "report.small_group": {"id": "n < {minimum}", "en": "n < {minimum}"},
    "report.shade_legend": {
        "id": "Warna sel: rata-rata di bawah skor minimum level yang dipersyaratkan sebagian besar jabatan di unit "
        "(merah), sesuai, sampai 5 poin di atasnya (hijau), di atas (biru).",
        "en": "Cell colour: the mean is below the least score of the level most of the unit's roles require (red), "
        "at it, up to 5 points above (green), above it (blue).",
    },
    # Charts
    "chart.required_band": {"id": "rentang level yang dipersyaratkan", "en": "required level's range"},
    "chart.required_note": {
        "id": "Rentang kuning: skor level yang dipersyaratkan sebagian besar jabatan untuk ranah itu.",
        "en": "Yellow range: the scores of the level most roles require in that area.",
    },
    "chart.heatmap": {
        "id": "Peta unit x ranah: posisi terhadap syarat",
        "en": "Units x areas: standing against the requirement",
    },
    "chart.below": {"id": "di bawah syarat", "en": "below requirement"},
    "chart.at": {"id": "sesuai syarat", "en": "at requirement"},
    "chart.above": {"id": "di atas syarat", "en": "above requirement"},
    "chart.heatmap_note": {
        "id": "Angka = skor rata-rata unit; tanda = posisinya terhadap skor minimum level yang dipersyaratkan "
        "sebagian besar jabatan di unit: di bawah, sesuai (0-5 poin di atasnya), di atas (lebih dari 5 poin). Pada "
        "gambar makin gelap makin jauh. Unit kecil tidak ditampilkan.",
        "en": "Number = the unit's mean score; sign = where it stands against the least score of the level most of "
        "the unit's roles require: below, at (0-5 points above it), above (more than 5 points). In the picture "
        "darker is further. Small units are not shown.",
    },
    "report.flagged_title": {"id": "{n} pegawai perlu pelatihan", "en": "{n} employees need training"},
    "report.reliability": {"id": "Keandalan per ranah", "en": "Reliability per area"},
    "report.alpha_note": {
        "id": "Alfa Cronbach dihitung dari pegawai yang menjawab semua butir ranah itu (n lengkap); "
        ">= 0,7 umumnya dianggap memadai.",
        "en": "Cronbach's alpha over the staff who answered every item of the area (complete n); "
        ">= 0.7 is usually taken as adequate.",
    },
    "report.items": {"id": "Butir", "en": "Items"},
    "report.items_note": {
        "id": "Tingkat kesulitan = rata-rata skor butir (0-1); daya beda = korelasi butir dengan total butir lain "
        "di ranahnya; di bawah 0,2 ditandai lemah.",
        "en": "Difficulty = mean item score (0-1); discrimination = correlation of the item with the total of the "
        "area's other items; below 0.2 is marked weak.",
    },
    "report.weak_item": {"id": "lemah", "en": "weak"},
    "report.compare_units": {
        "id": "Perubahan skor rata-rata per unit ({first} → {second})",
        "en": "Change in mean score per unit ({first} → {second})",
    },
    "report.small_groups_blank": {
        "id": "Unit dengan kurang dari {minimum} pegawai di salah satu putaran dikosongkan.",
        "en": "Units with fewer than {minimum} staff in either round are left blank.",
    },
    "report.movers": {"id": "Perpindahan status pelatihan", "en": "Moves in training need"},
    "report.out_of_need": {"id": "tidak lagi perlu pelatihan", "en": "no longer need training"},
    "report.into_need": {"id": "kini perlu pelatihan", "en": "now need training"},
    "report.in_both": {"id": "{n} pegawai ada di kedua putaran.", "en": "{n} employees are in both rounds."},
    "plan.title": {"id": "rencana pelatihan, putaran {round}", "en": "training plan, round {round}"},
    "plan.headline": {
        "id": "{employees} pegawai mendapat rekomendasi · {classes} kelas · {hours} JP penyelenggaraan · "
        "{participant_hours} JP peserta",
        "en": "{employees} employees with recommendations · {classes} classes · {hours} JP delivered · "
        "{participant_hours} participant JP",
    },
    # AKPK plan attachment
    "akpk.title": {
        "id": "Rencana pengembangan kompetensi digital ASN tahun {year}",
        "en": "Digital competence development plan for civil servants, {year}",
    },
    "akpk.headline": {
        "id": "Dari hasil pengukuran putaran {round}: {employees} pegawai mendapat rekomendasi · {classes} kelas · "
        "{hours} JP penyelenggaraan · {participant_hours} JP peserta",
        "en": "From the assessment round {round}: {employees} employees with recommendations · {classes} classes · "
        "{hours} JP delivered · {participant_hours} participant JP",
    },
    "akpk.attachment": {"id": "Lampiran", "en": "Attachment to"},
    "akpk.number": {"id": "Nomor", "en": "Number"},
    "akpk.date": {"id": "Tanggal", "en": "Date"},
    "akpk.decree_blank": {"id": "Keputusan ........................", "en": "Decree ........................"},
    "akpk.blank": {"id": "........................", "en": "........................"},
    "akpk.firm": {"id": "Peserta pasti", "en": "Firm"},
    "akpk.pending": {"id": "Menunggu konfirmasi", "en": "Pending confirmation"},
    "akpk.cost": {"id": "Perkiraan biaya (Rp)", "en": "Cost estimate (Rp)"},
    "akpk.quarter": {"id": "Triwulan", "en": "Quarter"},
    "akpk.total": {"id": "Jumlah", "en": "Total"},
    "akpk.deferred_only": {"id": "tahun berikut ({n} ditunda)", "en": "next year ({n} deferred)"},
    "akpk.later": {"id": "{n} kelas thn berikut", "en": "{n} classes next year"},
    "akpk.cost_note": {
        "id": "Biaya adalah perkiraan: peserta x biaya per peserta + kelas x biaya per kelas, dari katalog atau "
        "[plan.costs] berkas instansi (mis. menurut standar biaya masukan).",
        "en": "Costs are estimates: participants x cost per participant + classes x cost per class, from the "
        "catalogue or the agency file's [plan.costs] (e.g. from the input cost standard).",
    },
    "akpk.cost_partial": {
        "id": "{n} pelatihan tanpa biaya yang diketahui tidak masuk jumlah (-).",
        "en": "{n} courses with no known cost are left out of the total (-).",
    },
    "akpk.cost_unknown": {
        "id": "Biaya belum diketahui: isi cost_per_participant/cost_per_class di katalog atau [plan.costs] di "
        "berkas instansi untuk perkiraan biaya.",
        "en": "No cost is known: set cost_per_participant/cost_per_class in the catalogue or [plan.costs] in the "
        "agency file for a cost estimate.",
    },
    "akpk.quarter_note": {
        "id": "Triwulan: kelas ranah kritis dan pelatihan dengan peserta pasti terbanyak lebih dulu, paling banyak "
        "{capacity} kelas per triwulan (kelas per triwulan: {by_quarter}).",
        "en": "Quarter: classes of critical areas and of the courses most people need come first, at most "
        "{capacity} classes a quarter (classes per quarter: {by_quarter}).",
    },
    "akpk.unscheduled": {
        "id": "{n} kelas tidak muat dalam kapasitas tahun ini (quarter_capacity di [plan] berkas instansi).",
        "en": "{n} classes do not fit this year's capacity (quarter_capacity in the agency file's [plan]).",
    },
    "akpk.participants_chart": {"id": "Peserta per pelatihan", "en": "Participants per course"},
    "akpk.participants_text": {
        "id": "{total} ({firm} pasti, {suggestions} saran{pending})",
        "en": "{total} ({firm} firm, {suggestions} suggested{pending})",
    },
    "akpk.pending_text": {"id": ", {n} menunggu konfirmasi", "en": ", {n} pending"},
    "akpk.people": {"id": "Pegawai", "en": "Employees"},
    "akpk.places": {"id": "Tempat pelatihan", "en": "Course places"},
    "akpk.by_unit_note": {
        "id": "Pegawai = orang di unit yang mendapat pelatihan; Tempat pelatihan = jumlah kursi pelatihan (satu "
        'pegawai bisa mengikuti beberapa). Kolom bernomor = No. pelatihan pada tabel "Per pelatihan".',
        "en": "Employees = people in the unit with a course; Course places = seats taken (one employee may take "
        'several). Numbered columns = the course No. in the "Per course" table.',
    },
    "plan.courses": {"id": "Per pelatihan", "en": "Per course"},
    "plan.courses_note": {
        "id": "Kelas dihitung dengan {size} peserta per kelas; JP total = kelas x JP. Saran: peserta yang tidak "
        "ditandai perlu pelatihan, tetapi masih kurang di suatu ranah (saran pengembangan).",
        "en": "Classes at {size} participants each; total JP = classes x JP. Suggestions: participants not flagged "
        "for training but still short in some area (a development suggestion).",
    },
    "plan.by_unit": {"id": "Peserta per unit kerja", "en": "Participants per unit"},
    "plan.employees": {"id": "Per pegawai", "en": "Per employee"},
    "plan.budget_note": {
        "id": "Rekomendasi tahun ini muat dalam {budget} JP per pegawai; sisanya ditunda ke tahun depan.",
        "en": "This year's recommendations fit within {budget} JP per employee; the rest is deferred to next year.",
    },
    "report.showing": {
        "id": "menampilkan {shown} pertama dari {total}; --top 0 untuk semua",
        "en": "showing the first {shown} of {total}; --top 0 for all",
    },
    "col.domain_short": {"id": "Ranah", "en": "Area"},
    "col.total": {"id": "Jumlah", "en": "Total"},
    "col.priority": {"id": "Prioritas", "en": "Priority"},
    "col.course_numbers": {"id": "Pelatihan (No.)", "en": "Courses (No.)"},
    "col.course_id": {"id": "Id pelatihan", "en": "Course id"},
    "col.deferred_jp": {"id": "JP ditunda", "en": "Deferred JP"},
    "col.participant_jp": {"id": "JP peserta", "en": "Participant JP"},
    "plan.compact_note": {
        "id": "Terminal sempit: penyelenggara dan moda ada di --format html/markdown/csv atau terminal >= 160 kolom.",
        "en": "Narrow terminal: provider and mode are in --format html/markdown/csv or a terminal of 160+ columns.",
    },
    "plan.by_unit_note": {
        "id": 'Kolom bernomor = No. pelatihan pada tabel "Per pelatihan".',
        "en": 'Numbered columns = the course No. in the "Per course" table.',
    },
    "plan.numbers_note": {
        "id": 'Pelatihan dan Ditunda berisi No. pelatihan pada tabel "Per pelatihan".',
        "en": 'Courses and Deferred hold the course No. from the "Per course" table.',
    },
    "plan.employees_hint": {
        "id": "Daftar per pegawai: asn-skills plan --employees",
        "en": "Per-employee list: asn-skills plan --employees",
    },
    "sign.position": {"id": "Pejabat yang berwenang", "en": "Authorised official"},
    "help.agency": {
        "id": 'Nama instansi untuk kop dokumen, mis. "BKPSDM Kabupaten X".',
        "en": 'Agency name for the document header, e.g. "BKPSDM Kabupaten X".',
    },
    "help.agency_file": {
        "id": "Berkas TOML dengan tabel [agency]: name, unit, city, signatory, position, nip.",
        "en": "TOML file with an [agency] table: name, unit, city, signatory, position, nip.",
    },
    "col.level_name": {"id": "Nama level", "en": "Level name"},
    "col.gap": {"id": "Kesenjangan", "en": "Gap"},
    "col.deferred_count": {"id": "Ditunda", "en": "Deferred"},
    "plan.employees_compact_note": {
        "id": "Terminal sempit: NIP, jabatan dan No. pelatihan yang ditunda ada di --format html/markdown/csv "
        "atau terminal >= 160 kolom.",
        "en": "Narrow terminal: NIP, role and the deferred course numbers are in --format html/markdown/csv "
        "or a terminal of 160+ columns.",
    },
    "col.unit_name": {"id": "Unit kerja / nama", "en": "Unit / name"},
    "col.courses_count": {"id": "Pelatihan", "en": "Courses"},
    "report.compact_note": {
        "id": "Terminal sempit: NIP, jabatan dan judul pelatihan ada di --format html/markdown/csv "
        "atau terminal >= 160 kolom.",
        "en": "Narrow terminal: NIP, role and course titles are in --format html/markdown/csv "
        "or a terminal of 160+ columns.",
    },
    "col.overestimates": {"id": "Menilai\ndiri\nterlalu\ntinggi", "en": "Rates\nself too\nhigh"},
    "report.overestimates_note": {
        "id": "Menilai diri terlalu tinggi: jumlah pegawai yang swanilainya lebih dari 25 poin di atas skor "
        "pengetahuannya.",
        "en": "Rates self too high: staff whose self-rating is more than 25 points above their knowledge score.",
    },
    "report.overestimates_unknown": {
        "id": "- : tidak diketahui, karena berkas hasil CSV atau .xlsx tidak memuat bagian swanilai dan pengetahuan; "
        "buat laporan dari penyimpanan atau dari hasil .jsonl.",
        "en": "- : unknown, as a results CSV or .xlsx file holds no self-rating and knowledge parts; report from the "
        "store or from .jsonl results.",
    },
    "col.here": {"id": "Di sini", "en": "Here"},
    "col.national": {"id": "Nasional (pemerintahan)", "en": "National (government)"},
    "col.difference": {"id": "Selisih", "en": "Difference"},
    "col.flagged_share": {"id": "Perlu latih (%)", "en": "Flagged (%)"},
    "col.gap_in": {"id": "Kesenjangan {domain}", "en": "Gap {domain}"},
    "col.complete": {"id": "n lengkap", "en": "Complete n"},
    "col.item": {"id": "Butir", "en": "Item"},
    "col.item_flag": {"id": "Tanda", "en": "Flag"},
    "col.kind": {"id": "Jenis", "en": "Kind"},
    "col.difficulty": {"id": "Kesulitan", "en": "Difficulty"},
    "col.discrimination": {"id": "Daya beda", "en": "Discrimination"},
    "col.alpha_dropped": {"id": "Alfa jika dibuang", "en": "Alpha if dropped"},
    "col.change": {"id": "Perubahan", "en": "Change"},
    "col.participants": {"id": "Peserta", "en": "Participants"},
    "col.suggestions": {"id": "Saran", "en": "Suggestions"},
    "col.participants_short": {"id": "Peserta", "en": "People"},
    "col.suggestions_short": {"id": "Saran", "en": "Sugg."},
    "col.classes": {"id": "Kelas", "en": "Classes"},
    "col.jp_total": {"id": "JP total", "en": "Total JP"},
    "col.deferred": {"id": "Ditunda", "en": "Deferred"},
    # Interview
    "interview.value": {"id": "(nilai {value})", "en": "(value {value})"},
    "interview.measures": {"id": "Yang diukur: {domains}.", "en": "What is measured: {domains}."},
    "interview.duration": {
        "id": "{items} pertanyaan, sekitar {minutes} menit. Ketik b untuk kembali, q untuk menyimpan dan keluar.",
        "en": "{items} questions, about {minutes} minutes. Type b to go back, q to save and quit.",
    },
    "interview.stored": {
        "id": "Yang disimpan: NIP, nama, unit, jabatan, jawaban, dan skor Anda, di {path}, untuk merencanakan "
        "pelatihan dan membandingkan putaran penilaian.",
        "en": "What is stored: your NIP, name, unit, role, answers and scores, in {path}, to plan training and "
        "compare assessment rounds.",
    },
    "interview.consent": {"id": "Bersedia melanjutkan? [y/n]", "en": "Do you agree to continue? [y/n]"},
    "interview.yes_no": {"id": "Jawab y (ya) atau n (tidak).", "en": "Answer y (yes) or n (no)."},
    "interview.declined": {"id": "Dibatalkan; tidak ada yang disimpan.", "en": "Cancelled; nothing was stored."},
    "interview.ask_nip": {"id": "NIP (18 angka):", "en": "NIP (18 digits):"},
    "interview.required": {"id": "Isian ini wajib.", "en": "This is required."},
    "interview.ask_name": {"id": "Nama:", "en": "Name:"},
    "interview.ask_unit": {"id": "Unit kerja:", "en": "Work unit:"},
    "interview.roles": {"id": "Jabatan:", "en": "Roles:"},
    "interview.ask_role": {
        "id": "Pilih jabatan [1-{last}, Enter = {default}]:",
        "en": "Choose your role [1-{last}, Enter = {default}]:",
    },
    "interview.pick_number": {"id": "Pilih nomor 1 sampai {last}.", "en": "Choose a number from 1 to {last}."},
    "interview.one_only": {"id": "Pertanyaan ini hanya satu jawaban.", "en": "This question takes one answer."},
    "interview.at_first": {"id": "Ini pertanyaan pertama.", "en": "This is the first question."},
    "interview.multi_hint": {
        "id": "Boleh lebih dari satu, mis. 1,3",
        "en": "You may choose several, e.g. 1,3",
    },
    "interview.current": {
        "id": "Jawaban tersimpan: {answer} (Enter = tetap)",
        "en": "Saved answer: {answer} (Enter = keep)",
    },
    "interview.ask_answer": {
        "id": "Jawaban [1-{last}, b = kembali, q = simpan & keluar]:",
        "en": "Answer [1-{last}, b = back, q = save & quit]:",
    },
    "interview.resume": {
        "id": "Ada penilaian yang belum selesai sejak {started} ({answered}/{total} dijawab). Lanjutkan? [y/n]",
        "en": "There is an unfinished assessment from {started} ({answered}/{total} answered). Continue it? [y/n]",
    },
    "interview.saved": {
        "id": "Jawaban tersimpan ({answered}/{total}). Lanjutkan nanti dengan: {command}",
        "en": "Answers saved ({answered}/{total}). Continue later with: {command}",
    },
    "assess.stored": {
        "id": "Hasil tersimpan di {path} (putaran {round}).",
        "en": "Result saved in {path} (round {round}).",
    },
    "assess.retake": {
        "id": "NIP ini sudah menyelesaikan penilaian putaran {round} pada {date}. Penilaian baru akan menggantikannya "
        "dalam laporan. Lanjutkan? [y/n]",
        "en": "This NIP already completed round {round} on {date}. A new assessment will replace it in the "
        "reports. Continue? [y/n]",
    },
    "assess.retake_warning": {
        "id": "Peringatan: NIP ini sudah menyelesaikan penilaian putaran {round} pada {date}; yang baru ini "
        "menggantikannya dalam laporan.",
        "en": "Warning: this NIP already completed round {round} on {date}; this new assessment replaces it in "
        "the reports.",
    },
    "interview.name_required": {
        "id": "Nama wajib diisi: nama tercantum pada laporan pribadi dan rencana pelatihan.",
        "en": "A name is required: it is printed on the personal report and the training plan.",
    },
    # Personal report
    "person.overall": {"id": "Skor keseluruhan {overall}", "en": "Overall {overall}"},
    "person.jpm": {"id": "JPM {jpm}% ({band})", "en": "JPM {jpm}% ({band})"},
    "person.priority": {"id": "prioritas pelatihan: {priority}", "en": "training priority: {priority}"},
    "person.short": {"id": "kurang {gap}", "en": "{gap} short"},
    "person.overestimates": {
        "id": "{domain}: swanilai ({self}) jauh di atas skor pengetahuan ({knowledge}); bahas bersama atasan.",
        "en": "{domain}: self-rating ({self}) is well above the knowledge score ({knowledge}); discuss it "
        "with your supervisor.",
    },
    "person.suggestions": {
        "id": "Saran pengembangan tahun ini, bukan kewajiban ({hours} dari {budget} JP)",
        "en": "Development suggestions for this year, not a requirement ({hours} of {budget} JP)",
    },
    "person.courses": {
        "id": "Pelatihan yang disarankan tahun ini ({hours} dari {budget} JP)",
        "en": "Courses recommended this year ({hours} of {budget} JP)",
    },
    "person.deferred": {"id": "Ditunda ke tahun depan: {courses}", "en": "Deferred to next year: {courses}"},
    "person.no_courses": {
        "id": "Kompetensi sudah memenuhi syarat jabatan.",
        "en": "Competence meets the role's requirements.",
    },
    "match.meets": {"id": "Memenuhi Syarat", "en": "meets"},
    "match.nearly-meets": {"id": "Masih Memenuhi Syarat", "en": "nearly meets"},
    "match.below": {"id": "Kurang Memenuhi Syarat", "en": "below"},
    "priority_long.high": {"id": "tinggi", "en": "high"},
    "priority_long.medium": {"id": "sedang", "en": "medium"},
    "priority_long.low": {
        "id": "rendah (saran pengembangan, bukan tanda perlu pelatihan)",
        "en": "low (a development suggestion, not a training flag)",
    },
    "priority_long.none": {"id": "tidak perlu", "en": "none"},
    "col.required": {"id": "Syarat jabatan", "en": "Required"},
    "col.date": {"id": "Tanggal", "en": "Date"},
    "col.round": {"id": "Putaran", "en": "Round"},
    "col.questionnaire": {"id": "Kuesioner", "en": "Questionnaire"},
    "col.people": {"id": "Pegawai", "en": "People"},
    "col.assessments": {"id": "Penilaian", "en": "Assessments"},
    "col.unfinished": {"id": "Belum selesai", "en": "Unfinished"},
    "col.period": {"id": "Periode", "en": "Period"},
    "history.heading": {"id": "Riwayat penilaian {who}", "en": "Assessment history of {who}"},
    "history.title": {
        "id": "Skor per ranah (perubahan sejak penilaian sebelumnya)",
        "en": "Score per area (change since the previous assessment)",
    },
    "history.legend": {"id": "Kode ranah: {codes}", "en": "Area codes: {codes}"},
    # Messages
    "error": {"id": "Galat: {message}", "en": "Error: {message}"},
    "internal_error": {
        "id": "Galat internal ({kind}). Jalankan ulang dengan --debug untuk rinciannya dan laporkan.",
        "en": "Internal error ({kind}). Run again with --debug for details and please report it.",
    },
    "person.course_unknown": {
        "id": "{course} (tidak ada lagi di katalog)",
        "en": "{course} (no longer in the catalogue)",
    },
    "interrupted": {"id": "Dihentikan.", "en": "Interrupted."},
    "score.store_interrupted_none": {
        "id": "Penyimpanan dihentikan: tidak ada hasil yang disimpan ke putaran {round} di {path}; ulangi perintah.",
        "en": "Storing interrupted: nothing was stored into round {round} in {path}; run the command again.",
    },
    "score.store_interrupted_all": {
        "id": "Dihentikan setelah penyimpanan: seluruh putaran {round} sudah tersimpan di {path}.",
        "en": "Interrupted after storing: all of round {round} is stored in {path}.",
    },
    "validate.ok": {"id": "{file}: sah", "en": "{file}: valid"},
    "import.done": {
        "id": "{questions} pertanyaan dalam {domains} ranah dibaca dari {file}; lengkapi setiap TODO, lalu jalankan "
        "`asn-skills questionnaires validate` pada drafnya",
        "en": "{questions} questions in {domains} areas read from {file}; fill in every TODO, then run "
        "`asn-skills questionnaires validate` on the draft",
    },
    "validate.summary": {
        "id": "{files} berkas diperiksa: {valid} sah, {invalid} bermasalah ({problems} masalah)",
        "en": "{files} file(s) checked: {valid} valid, {invalid} with problems ({problems} problem(s))",
    },
    "list.unloadable": {"id": "(tidak sah: {count} masalah)", "en": "(invalid: {count} problem(s))"},
    "demo.generating": {
        "id": "Membuat {people} pegawai sintetis untuk {questionnaire} ...",
        "en": "Generating {people} synthetic employees for {questionnaire} ...",
    },
    "demo.next": {
        "id": "Berikutnya: `asn-skills sample -o jawaban.csv` lalu `asn-skills score jawaban.csv --check`, "
        "atau `asn-skills assess` untuk mencoba kuesioner sendiri.",
        "en": "Next: `asn-skills sample -o answers.csv` then `asn-skills score answers.csv --check`, "
        "or `asn-skills assess` to take the questionnaire yourself.",
    },
    "demo.more_flagged": {
        "id": "... dan {rest} lagi: asn-skills report --flagged menampilkan semuanya",
        "en": "... and {rest} more: asn-skills report --flagged lists them all",
    },
    # Sheet names in workbooks (at most 31 characters)
    "sheet.domains": {"id": "Ranah", "en": "Areas"},
    "sheet.national": {"id": "Indeks nasional", "en": "National index"},
    "sheet.units": {"id": "Unit kerja", "en": "Units"},
    "sheet.flagged": {"id": "Perlu pelatihan", "en": "Needs training"},
    "sheet.person": {"id": "Hasil pegawai", "en": "Employee result"},
    "sheet.courses": {"id": "Pelatihan", "en": "Courses"},
    "sheet.reliability": {"id": "Keandalan", "en": "Reliability"},
    "sheet.items": {"id": "Butir", "en": "Items"},
    "sheet.movers": {"id": "Perpindahan", "en": "Moves"},
    "sheet.by_unit": {"id": "Peserta per unit", "en": "Participants per unit"},
    "sheet.employees": {"id": "Per pegawai", "en": "Per employee"},
    # Table headings
    "col.id": {"id": "Id", "en": "Id"},
    "col.version": {"id": "Versi", "en": "Version"},
    "col.title": {"id": "Judul", "en": "Title"},
    "col.items": {"id": "Butir", "en": "Items"},
    "col.languages": {"id": "Bahasa", "en": "Languages"},
    "col.source": {"id": "Sumber", "en": "Source"},
    "col.level": {"id": "Level", "en": "Level"},
    "col.name": {"id": "Nama", "en": "Name"},
    "col.min": {"id": "Skor min.", "en": "Min. score"},
    "col.domain": {"id": "Ranah", "en": "Domain"},
    "col.self_items": {"id": "Swanilai", "en": "Self-rating"},
    "col.knowledge_items": {"id": "Pengetahuan", "en": "Knowledge"},
    "col.weight": {"id": "Bobot", "en": "Weight"},
    "col.reference": {"id": "Rujukan", "en": "Reference"},
    "col.role": {"id": "Jabatan", "en": "Role"},
    "col.aliases": {"id": "Nama lain", "en": "Aliases"},
    "col.course": {"id": "Pelatihan", "en": "Course"},
    "col.for_levels": {"id": "Untuk level", "en": "For levels"},
    "col.jp": {"id": "JP", "en": "JP"},
    "col.mode": {"id": "Moda", "en": "Mode"},
    "col.provider": {"id": "Penyelenggara", "en": "Provider"},
    "col.setting": {"id": "Pengaturan", "en": "Setting"},
    "col.value": {"id": "Nilai", "en": "Value"},
    "col.nip": {"id": "NIP", "en": "NIP"},
    "col.unit": {"id": "Unit kerja", "en": "Unit"},
    "col.overall": {"id": "Skor", "en": "Score"},
    "col.gaps": {"id": "Kesenjangan", "en": "Gaps"},
    "col.trainings": {"id": "Pelatihan disarankan", "en": "Recommended courses"},
    "section.items": {"id": "Butir pertanyaan", "en": "Items"},
    "col.question": {"id": "Pertanyaan", "en": "Question"},
    "col.options": {"id": "Pilihan: nomor (nilai, kode) label", "en": "Options: number (value, code) label"},
    "show.options_note": {
        "id": "Nomor = yang diketik di `assess`; nilai (atau kode) = yang tertulis di ekspor CSV; ✓ = jawaban benar.",
        "en": "Number = what is typed in `assess`; value (or code) = what a CSV export holds; ✓ = a right answer.",
    },
    "section.levels": {"id": "Level", "en": "Levels"},
    "section.domains": {"id": "Ranah", "en": "Domains"},
    "section.roles": {"id": "Jabatan dan level yang dipersyaratkan", "en": "Roles and required levels"},
    "section.trainings": {"id": "Katalog pelatihan", "en": "Course catalogue"},
    "section.policy": {"id": "Kebijakan", "en": "Policy"},
    "section.questionnaires": {"id": "Kuesioner", "en": "Questionnaires"},
    "col.priority_short": {"id": "Prio.", "en": "Prio."},
    "col.mean": {"id": "Rerata", "en": "Mean"},
    "col.below": {"id": "Di bawah\nsyarat\n(%)", "en": "Below\nrequired\n(%)"},
    "bundled": {"id": "bawaan", "en": "bundled"},
    "priority.high": {"id": "tinggi", "en": "high"},
    "priority.medium": {"id": "sedang", "en": "medium"},
    "priority.low": {"id": "saran", "en": "suggestion"},
    "priority.none": {"id": "-", "en": "-"},
    "policy.jp_budget": {"id": "Anggaran JP per pegawai per tahun", "en": "JP budget per employee per year"},
    "policy.class_size": {"id": "Peserta per kelas", "en": "Participants per class"},
    "policy.min_answered": {
        "id": "Porsi butir yang harus dijawab per ranah",
        "en": "Share of a domain's items that must be answered",
    },
    "policy.match_thresholds": {
        "id": "Batas JPM: memenuhi / masih memenuhi",
        "en": "JPM thresholds: meets / nearly meets",
    },
    "policy.min_group_size": {
        "id": "Ukuran kelompok minimum untuk statistik",
        "en": "Minimum group size for statistics",
    },
}
