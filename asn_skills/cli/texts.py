"""Texts of the command line: help, labels and summaries, in Indonesian and English."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from asn_skills.i18n import LANGUAGES, default_language, render
from asn_skills.reports.views.texts import TEXTS as DOCUMENT_TEXTS


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
    """The text `key` in `lang`: the command line's own, else the documents' (reports/views/texts.py)."""
    return render(TEXTS if key in TEXTS else DOCUMENT_TEXTS, key, lang, **params)


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
    "help.lang": {
        "id": "Bahasa tampilan: id atau en. Tanpa opsi ini: ASN_SKILLS_LANG, atau bila tidak diatur, id.",
        "en": "Display language: id or en. Without this option: ASN_SKILLS_LANG, else id.",
    },
    "help.global_options": {"id": "Opsi umum", "en": "Global options"},
    "help.quiet": {
        "id": "Hanya tampilkan kesalahan dan peringatan, tanpa pesan informasi.",
        "en": "Show errors and warnings only, no informational messages.",
    },
    "help.debug": {
        "id": "Bila terjadi kesalahan, tampilkan rincian teknisnya (untuk laporan ke pengembang).",
        "en": "On an error, show its technical details (tracebacks, for a bug report).",
    },
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
        "id": "Kuesioner bawaan dan buatan sendiri: daftar, tampilkan, validasi, periksa penulisan soal, ekspor ke "
        "alat survei.\n\n"
        "Contoh: asn-skills questionnaires list",
        "en": "Bundled and your own questionnaires: list, show, validate, lint the items, export to a survey tool.\n\n"
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
    # questionnaires lint
    "help.lint": {
        "id": "Periksa cara penulisan soal: petunjuk yang membocorkan kunci (posisi, panjang, kata mutlak, kata "
        "soal yang diulang, pilihan kembar), cakupan kompetensi, dan lama pengisian; setiap peringatan dengan "
        "berkas:baris dan statistiknya. --strict menjadikan peringatan galat (kode keluar 1).\n\n"
        "Contoh: asn-skills questionnaires lint kuesioner-saya.toml --strict",
        "en": "Check how the items are written: cues that give the key away (position, length, absolute words, "
        "the question's words repeated, near-identical options), competence coverage and answering time; each "
        "warning with file:line and its statistic. --strict turns warnings into errors (exit code 1).\n\n"
        "Example: asn-skills questionnaires lint kompetensi-digital-asn --strict",
    },
    "help.lint.paths": {
        "id": "Berkas .toml (atau id bawaan) yang diperiksa.",
        "en": "The .toml files (or bundled ids) to check.",
    },
    "help.lint.strict": {
        "id": "Peringatan dihitung sebagai kesalahan: keluar dengan kode 1 bila ada (untuk pemeriksaan otomatis).",
        "en": "Treat warnings as errors: exit with code 1 when there are any (for CI).",
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
        "id": "Berkas yang ditulis; - untuk menulis ke layar (hanya format teks; .xlsx hanya ke pipa).",
        "en": "The file to write; - for stdout (text formats, or .xlsx into a pipe).",
    },
    "export.no_controller": {
        "id": "Pemberitahuan privasi pada formulir belum menyebut pengendali data dan kontaknya: beri "
        "--agency-file instansi.toml (`name`, `privacy_contact`, `retention`) agar responden tahu siapa yang "
        "memegang datanya",
        "en": "The form's privacy notice names no data controller or contact yet: give --agency-file agency.toml "
        "(`name`, `privacy_contact`, `retention`) so respondents know who holds their data",
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
        "id": "Berkas penyimpanan SQLite. Tanpa opsi ini: ASN_SKILLS_DB, atau bila tidak diatur, folder data pengguna.",
        "en": "SQLite store file. Without this option: ASN_SKILLS_DB, else the per-user data folder.",
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
        "id": "Menilai ekspor survei (Google Forms, LimeSurvey, KoboToolbox, Excel) menjadi hasil dan daftar "
        "baris yang ditolak.\n\n"
        "Contoh: asn-skills score jawaban.csv -o hasil.csv --store --round 2026",
        "en": "Score a survey export (Google Forms, LimeSurvey, KoboToolbox, Excel) into results and rejected rows.\n\n"
        "Example: asn-skills score answers.csv -o results.csv --store --round 2026",
    },
    "help.score.input": {
        "id": "Ekspor survei: berkas CSV atau .xlsx, atau - untuk membaca dari pipa.",
        "en": "The survey export: a CSV or .xlsx file, or - for stdin.",
    },
    "help.output": {"id": "Tulis ke berkas ini, bukan ke layar.", "en": "Write to this file instead of stdout."},
    "score.round_needs_store": {
        "id": "--round hanya berlaku bersama --store (hasil disimpan ke putaran itu); tambahkan --store atau "
        "hapus --round",
        "en": "--round only works with --store (the results are stored into that round); add --store or drop --round",
    },
    "help.score.rejects": {
        "id": "Berkas baris yang ditolak (bawaan: di samping berkas hasil).",
        "en": "Rejected rows file (default: beside the output).",
    },
    "help.score.encoding": {
        "id": "Pengodean karakter masukan, mis. cp1252 (bawaan: UTF-8, dengan atau tanpa BOM, atau UTF-16 ber-BOM).",
        "en": "Input encoding, e.g. cp1252 (default: UTF-8 with or without BOM, or UTF-16 with BOM).",
    },
    "help.score.delimiter": {
        "id": "Pemisah kolom: , ; | atau tab (bawaan: dikenali otomatis).",
        "en": "Column delimiter: , ; | or tab (default: detected).",
    },
    "help.score.columns": {
        "id": 'Peta kolom TOML: `[questions] KAM01 = "judul kolom"`, `[identity] nip = "..."`.',
        "en": 'Column map TOML: [questions] KAM01 = "header", [identity] nip = "...".',
    },
    "help.score.store": {"id": "Simpan juga hasilnya ke penyimpanan.", "en": "Also save the results in the store."},
    "help.score.header_row": {
        "id": "Baris (nomor baris di berkas atau lembar) yang berisi judul kolom, bila bukan yang ditemukan sendiri.",
        "en": "The row (line of the file or sheet row) that holds the headings, when not the one found by itself.",
    },
    "help.score.check": {
        "id": "Tampilkan pemetaan kolom dan masalah jawaban saja, tanpa menulis hasil.",
        "en": "Only show the column mapping and answer problems; write no results.",
    },
    "help.score.jobs": {"id": "Jumlah proses paralel.", "en": "Number of parallel processes."},
    "help.score.fail_on_flagged": {
        "id": "Keluar dengan kode 4 bila ada yang perlu pelatihan.",
        "en": "Exit with code 4 when someone needs training.",
    },
    # keygen
    "help.keygen": {
        "id": "Buat kunci pseudonim acak (256 bit) di berkas baru yang hanya dapat dibaca pemiliknya (0600). Simpan "
        "berkas itu: kunci yang sama memberi pseudonim yang sama di setiap putaran.\n\n"
        "Contoh: asn-skills keygen -o kunci.txt, lalu asn-skills score ekspor.csv --pseudonymize-key-file kunci.txt",
        "en": "Make a random pseudonym key (256 bits) in a new file only its owner can read (0600). Keep the file: "
        "the same key gives the same pseudonyms in every round.\n\n"
        "Example: asn-skills keygen -o kunci.txt, then asn-skills score export.csv --pseudonymize-key-file kunci.txt",
    },
    "help.keygen.output": {
        "id": "Berkas kunci yang dibuat (tidak pernah menimpa berkas yang ada).",
        "en": "The key file to create (an existing file is never replaced).",
    },
    "keygen.written": {
        "id": "Kunci pseudonim acak ditulis ke {path} (hanya dapat dibaca pemiliknya); simpan cadangannya di "
        "tempat aman",
        "en": "A random pseudonym key was written to {path} (readable by its owner only); keep a copy somewhere safe",
    },
    "help.sample": {
        "id": "Tulis ekspor survei sintetis yang realistis untuk uji coba dan uji kecepatan.\n\n"
        "Contoh: asn-skills sample --rows 500 --style google -o contoh.csv",
        "en": "Write a realistic synthetic survey export for trials and benchmarks.\n\n"
        "Example: asn-skills sample --rows 500 --style google -o sample.csv",
    },
    "help.sample.rows": {"id": "Jumlah responden.", "en": "Number of respondents."},
    "help.sample.style": {
        "id": "Gaya ekspor: {styles} (bawaan: google, atau xlsx untuk berkas -o berakhiran .xlsx).",
        "en": "Export style: {styles} (default: google, or xlsx for an -o file ending in .xlsx).",
    },
    "help.sample.errors": {
        "id": "Porsi baris yang sengaja dirusak (0-1): NIP salah, jawaban di luar rentang, label tak dikenal, "
        "duplikat, baris terpotong.",
        "en": "Share of rows spoiled on purpose (0-1): bad NIPs, out-of-range answers, unknown labels, "
        "duplicates, short rows.",
    },
    "score.progress": {"id": "Menilai", "en": "Scoring"},
    "score.rows_so_far": {"id": "{rows:n} baris", "en": "{rows:n} rows"},
    "help.sample.drift": {
        "id": "Putaran berikutnya: pegawai yang sama (benih sama) setahun kemudian, kemampuannya bergeser rata-rata "
        "sebanyak ini dalam simpangan baku (0.3 = setahun dengan pelatihan; negatif = menurun).",
        "en": "A later round: the same people (same seed) a year on, their ability moved by this many standard "
        "deviations on average (0.3 = a year with training; negative = a decline).",
    },
    "sample.written": {
        "id": "{rows:n} responden ({style}) ditulis ke {path}; {errors:n} baris dirusak",
        "en": "{rows:n} respondents ({style}) written to {path}; {errors:n} rows spoiled",
    },
    "delimiter_one_char": {"id": "harus satu karakter, mis. ';'", "en": "must be one character, e.g. ';'"},
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
    "help.report.persons": {
        "id": "Laporan pribadi setiap pegawai, satu berkas per orang (html atau docx), dan daftarnya: -o FOLDER.",
        "en": "Every employee's personal report, one file each (html or docx), and an index: -o FOLDER.",
    },
    "persons.progress": {"id": "Menulis laporan pribadi", "en": "Writing personal reports"},
    "persons.so_far": {"id": "{n:n} berkas", "en": "{n:n} files"},
    "persons.written": {
        "id": "{n:n} laporan pribadi ditulis ke {folder} (daftar: {index})",
        "en": "{n:n} personal reports written to {folder} (index: {index})",
    },
    "help.report.units": {"id": "Tabel unit x ranah.", "en": "Units x areas table."},
    "help.report.flagged": {
        "id": "Daftar pegawai yang perlu pelatihan, prioritas tertinggi dulu.",
        "en": "Staff who need training, highest priority first.",
    },
    "help.report.items": {
        "id": "Analisis butir: alfa Cronbach per ranah, statistik tiap butir, pilihan jawaban per sepertiga, "
        "model Rasch, DIF menurut jenis kelamin dan jabatan; dengan --compare juga butir yang jawabannya mungkin "
        "beredar.",
        "en": "Item analysis: Cronbach's alpha per area, statistics per item, options by third, a Rasch fit, DIF "
        "by sex and role; with --compare also the items whose answers may be circulating.",
    },
    "help.report.compare": {
        "id": "Bandingkan dua putaran: perubahan per unit dan ranah.",
        "en": "Compare two rounds: change per unit and area.",
    },
    "help.report.top": {"id": "Hanya N baris pertama (0 = semua).", "en": "Only the first N rows (0 = all)."},
    "help.pseudonymize": {
        "id": "Ganti NIP dan nama dengan pseudonim berkunci (HMAC-SHA256) di setiap keluaran. Tanpa nilai, kunci "
        "diambil dari --pseudonymize-key-file atau ASN_SKILLS_PSEUDONYM_KEY (kunci di baris perintah terlihat oleh "
        "pengguna lain komputer ini).",
        "en": "Replace NIP and name by a keyed pseudonym (HMAC-SHA256) in every output. Without a value the key comes "
        "from --pseudonymize-key-file or ASN_SKILLS_PSEUDONYM_KEY (a key on the command line shows in ps).",
    },
    "help.pseudonymize_key_file": {
        "id": "Berkas berisi kunci pseudonim (menyalakan --pseudonymize).",
        "en": "File holding the pseudonym key (turns --pseudonymize on).",
    },
    "pseudonymize.key_visible": {
        "id": "Peringatan: kunci di baris perintah terlihat oleh pengguna lain komputer ini dan di riwayat perintah; "
        "gunakan "
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
        "Contoh: asn-skills store forget 198609262015051001 --dry-run\n\n"
        'Tanpa NIP: asn-skills store forget --name "Sari Wulandari" --dry-run',
        "en": "Erase every assessment and answer of one employee (right to erasure, UU 27/2022).\n\n"
        "Example: asn-skills store forget 198609262015051001 --dry-run\n\n"
        'Without a NIP: asn-skills store forget --name "Sari Wulandari" --dry-run',
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
    # confirming a deletion
    "help.store.yes": {
        "id": "Hapus tanpa bertanya (wajib bila tidak dijalankan di terminal, mis. dalam skrip).",
        "en": "Delete without asking (needed when not run on a terminal, e.g. in a script).",
    },
    "store.needs_yes": {
        "id": "perintah ini menghapus data dan tidak bisa dibatalkan; tambahkan --yes untuk menjalankannya tanpa "
        "pertanyaan, atau --dry-run untuk melihat dulu berapa yang terhapus",
        "en": "this command deletes data for good; add --yes to run it without a question, or --dry-run to see "
        "first how much it deletes",
    },
    "store.type_to_confirm": {
        "id": "Ketik {expected} untuk menghapus (Enter saja untuk batal): ",
        "en": "Type {expected} to delete (just Enter to cancel): ",
    },
    "store.not_confirmed": {"id": "Dibatalkan; tidak ada yang dihapus.", "en": "Cancelled; nothing was deleted."},
    "help.store.old": {"id": "Nama putaran sekarang.", "en": "The round's current name."},
    "help.store.new": {"id": "Nama barunya (belum dipakai).", "en": "Its new name (not in use yet)."},
    "help.store.round": {"id": "Nama putaran.", "en": "The round's name."},
    "help.store.nip": {"id": "NIP pegawai.", "en": "The employee's NIP."},
    # store forget --name
    "help.store.name": {
        "id": "Hapus penilaian yang disimpan tanpa NIP atas nama ini (spasi dan huruf besar/kecil diabaikan); "
        "--dry-run menampilkan yang cocok.",
        "en": "Erase the assessments stored without a NIP under this name (spaces and case aside); --dry-run shows "
        "what matches.",
    },
    "store.nip_or_name": {
        "id": "berikan NIP, atau --name NAMA untuk penilaian tanpa NIP (salah satu saja)",
        "en": "give a NIP, or --name NAME for assessments without a NIP (one of them)",
    },
    "store.would_forget_name": {
        "id": "{count:n} penilaian tanpa NIP di {path} cocok (di atas); tidak ada yang dihapus (--dry-run).",
        "en": "{count:n} assessments without a NIP in {path} match (above); nothing was erased (--dry-run).",
    },
    "store.forgot_name": {
        "id": "{count:n} penilaian tanpa NIP (di atas) dihapus dari {path} beserta jawabannya. Berkas hasil dan "
        "laporan yang pernah ditulis tidak ikut terhapus.",
        "en": "{count:n} assessments without a NIP (above) erased from {path} with their answers. Results files and "
        "reports written earlier are not touched.",
    },
    "store.empty_round": {"id": "Nama putaran tidak boleh kosong.", "en": "A round name cannot be empty."},
    "store.renamed": {
        "id": "Putaran {old} sekarang bernama {new} ({count:n} penilaian).",
        "en": "Round {old} is now called {new} ({count:n} assessments).",
    },
    "store.would_delete": {
        "id": "Putaran {round} berisi {count:n} penilaian; tidak ada yang dihapus (--dry-run).",
        "en": "Round {round} holds {count:n} assessments; nothing was deleted (--dry-run).",
    },
    "store.deleted": {
        "id": "Putaran {round} dihapus: {count:n} penilaian beserta jawabannya.",
        "en": "Round {round} deleted: {count:n} assessments with their answers.",
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
    "help.agency": {
        "id": 'Nama instansi untuk kop dokumen, mis. "BKPSDM Kabupaten X".',
        "en": 'Agency name for the document header, e.g. "BKPSDM Kabupaten X".',
    },
    # Unit lists
    "export.units_xlsform_only": {
        "id": "daftar unit menjadi daftar pilihan pada --to xlsform, google-apps-script dan limesurvey; pada "
        "{target} unit tetap diketik",
        "en": "the unit list becomes a dropdown in --to xlsform, google-apps-script and limesurvey; in {target} "
        "the unit is still typed",
    },
    "help.unit_list": {
        "id": "Daftar unit kerja (TOML `[[units]]`: `name`, `short`, `aliases`) agar tiap unit punya satu nama; "
        "juga dibaca dari --agency-file bila berkas itu memuatnya.",
        "en": "The list of work units (TOML [[units]]: name, short, aliases) so each unit has one name; also read "
        "from --agency-file when that file holds one.",
    },
    "help.agency_file": {
        "id": "Berkas TOML dengan tabel `[agency]`: `name`, `unit`, `city`, `signatory`, `position`, `nip`; untuk "
        "pemberitahuan privasi juga `privacy_contact`, `retention` dan `privacy_notice` (teks pengganti); untuk "
        "rencana (plan) tabel `[plan]`: `decree`, `number`, `date`, `quarter_capacity`, `[plan.costs]`.",
        "en": "TOML file with an [agency] table: name, unit, city, signatory, position, nip; for the privacy notice "
        "also privacy_contact, retention and privacy_notice (a text of your own); for the plan a [plan] table: "
        "decree, number, date, quarter_capacity, [plan.costs].",
    },
    # Interview
    "interview.declined": {"id": "Dibatalkan; tidak ada yang disimpan.", "en": "Cancelled; nothing was stored."},
    "interview.saved": {
        "id": "Jawaban tersimpan ({answered:n}/{total:n}). Lanjutkan nanti dengan: {command}",
        "en": "Answers saved ({answered:n}/{total:n}). Continue later with: {command}",
    },
    "assess.more": {
        "id": "Tampilkan bahan diskusi dan pelatihan yang disarankan?",
        "en": "Show what to discuss and the recommended courses?",
    },
    "assess.more_later": {
        "id": "Laporan lengkap kapan saja: asn-skills report --nip {nip}",
        "en": "The full report any time: asn-skills report --nip {nip}",
    },
    # Messages
    "error": {"id": "Kesalahan: {message}", "en": "Error: {message}"},
    "internal_error": {
        "id": "Kesalahan internal ({kind}). Jalankan ulang dengan --debug untuk rinciannya dan laporkan.",
        "en": "Internal error ({kind}). Run again with --debug for details and please report it.",
    },
    "interrupted": {"id": "Dihentikan.", "en": "Interrupted."},
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
    "lint.summary": {
        "id": "{files} berkas diperiksa: {invalid} tidak sah, {warnings} peringatan penulisan soal",
        "en": "{files} file(s) checked: {invalid} invalid, {warnings} item-writing warning(s)",
    },
    "demo.generating": {
        "id": "Membuat {people:n} pegawai sintetis untuk {questionnaire} ...",
        "en": "Generating {people:n} synthetic employees for {questionnaire} ...",
    },
    "demo.next": {
        "id": "Berikutnya: `asn-skills sample -o jawaban.csv` lalu `asn-skills score jawaban.csv --check`, "
        "atau `asn-skills assess` untuk mencoba kuesioner sendiri.",
        "en": "Next: `asn-skills sample -o answers.csv` then `asn-skills score answers.csv --check`, "
        "or `asn-skills assess` to take the questionnaire yourself.",
    },
    # Table headings
    "bundled": {"id": "bawaan", "en": "bundled"},
}
