"""User-facing messages of the core, in Indonesian and English."""

from __future__ import annotations

import math
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from asn_skills.locale_format import integer, machine_figure, numbers_in

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

Catalogue = Mapping[str, Mapping[str, str]]


def default_language() -> str:
    """`ASN_SKILLS_LANG` when it names a supported language, else Indonesian."""
    wanted = os.environ.get("ASN_SKILLS_LANG", "").strip().lower()
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


def render(catalogue: Catalogue, key: str, lang: str, /, **params: Any) -> str:
    """The message `key` of `catalogue` in `lang` (Indonesian when missing), with `params` filled in."""
    entry = catalogue.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if ":n}" in template:
        return _Counts(lang).format(template, **params)
    return template.format(**params)


class _Counts(string.Formatter):
    """Fills a template whose counts are marked `{name:n}`: a number there is written as the language
    writes it (`1.985` and `2,5` in Indonesian, `1,985` and `2.5` in English); a year, a line or a NIP, left
    unmarked, is never grouped."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec != "n":
            return super().format_field(value, format_spec)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value) if -1000 < value < 1000 else integer(value, self.lang)
        if isinstance(value, float) and math.isfinite(value):
            return numbers_in(machine_figure(value), self.lang)
        return format(value)


@dataclass(frozen=True)
class Phrase:
    """A core message given as a parameter of another (the reason a file could not be read), written in
    the language of the message around it."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Figure:
    """A figure already rounded and written the machine way (`0.004`, `< 0.001`), given to a message that
    writes it with the reader's decimal mark (`0,004` in Indonesian). A plain text is never changed: it may
    hold a number grouped already, or an identifier."""

    text: str


def translate(key: str, lang: str, /, **params: Any) -> str:
    """A core message in `lang`; a `Phrase` or a `Figure` among `params` is written in `lang` too."""
    shown = {name: _shown(value, lang) for name, value in params.items()}
    return render(MESSAGES, key, lang, **shown)


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, Phrase):
        return translate(value.key, lang, **value.params)
    if isinstance(value, Figure):
        return numbers_in(value.text, lang)
    return value


MESSAGES: dict[str, dict[str, str]] = {
    # Reading files
    "file_not_found": {
        "id": "berkas tidak ditemukan; periksa nama dan foldernya",
        "en": "file not found; check its name and folder",
    },
    "file_unreadable": {
        "id": "berkas tidak dapat dibaca ({reason}); periksa bahwa ini berkas .toml dan izin aksesnya",
        "en": "cannot read the file ({reason}); check that it is a .toml file and its permissions",
    },
    "file_not_regular": {
        "id": "bukan berkas biasa (perangkat, pipa bernama atau folder); berikan berkas .toml",
        "en": "not a regular file (a device, FIFO or folder); give a .toml file",
    },
    "file_too_large": {
        "id": "lebih besar dari {limit}; ini bukan berkas kuesioner",
        "en": "larger than {limit}; this is not a questionnaire file",
    },
    "toml_not_utf8": {
        "id": "berkas bukan UTF-8; simpan ulang sebagai UTF-8",
        "en": "the file is not UTF-8; save it again as UTF-8",
    },
    "toml_syntax": {
        "id": "sintaks TOML salah: {reason}; perbaiki baris ini",
        "en": "TOML syntax error: {reason}; fix this line",
    },
    "toml_too_deep": {
        "id": "TOML terlalu bertingkat untuk dibaca; sederhanakan strukturnya",
        "en": "the TOML nests too deeply to read; flatten its structure",
    },
    "include_not_list": {
        "id": '`include` harus berupa daftar nama berkas, mis. `include = ["pelatihan.toml"]`',
        "en": '`include` must be a list of file names, e.g. include = ["trainings.toml"]',
    },
    "include_cycle": {
        "id": "`{name}` menyertakan dirinya sendiri (berputar); hapus salah satu `include`",
        "en": "`{name}` includes itself (a cycle); remove one of the includes",
    },
    "include_missing": {
        "id": "berkas yang disertakan `{name}` tidak ada; path dihitung dari folder berkas ini",
        "en": "included file `{name}` does not exist; paths are relative to this file's folder",
    },
    "include_main_only_key": {
        "id": "`{key}` hanya boleh ada di berkas utama, bukan di berkas yang disertakan; pindahkan",
        "en": "`{key}` belongs in the main file, not in an included one; move it",
    },
    "include_duplicate_key": {
        "id": "`{key}` sudah didefinisikan; beri nama lain atau hapus salah satunya",
        "en": "`{key}` is already defined; rename or remove one of them",
    },
    # Reasons from parsers and the system, inside another message
    "reason.at": {
        "id": "baris {line}, kolom {column}: {reason}",
        "en": "line {line}, column {column}: {reason}",
    },
    "reason.toml_overwrite": {
        "id": "nilai ini sudah ditulis sebelumnya; hapus kunci yang ganda",
        "en": "this value is already set; remove the duplicate key",
    },
    "reason.toml_table_twice": {
        "id": "tabel `[{name}]` ditulis dua kali; gabungkan isinya di bawah satu judul",
        "en": "table `[{name}]` is declared twice; put its contents under one heading",
    },
    "reason.toml_namespace": {
        "id": "`{name}` sudah ditulis lengkap sebelumnya dan tidak dapat ditambah di sini",
        "en": "`{name}` is already complete and cannot be extended here",
    },
    "reason.toml_inline_twice": {
        "id": "kunci `{name}` ditulis dua kali dalam satu tabel",
        "en": "key `{name}` appears twice in one table",
    },
    "reason.toml_no_equals": {
        "id": "tanda `=` tidak ada setelah nama kunci",
        "en": "expected `=` after a key",
    },
    "reason.toml_table_unclosed": {
        "id": "judul tabel tidak ditutup dengan `]`",
        "en": "the table heading is not closed by `]`",
    },
    "reason.toml_array_table_unclosed": {
        "id": "judul daftar tabel tidak ditutup dengan `]]`",
        "en": "the array-of-tables heading is not closed by `]]`",
    },
    "reason.toml_after_value": {
        "id": "ada tulisan lain sesudah nilai pada baris yang sama",
        "en": "something else follows the value on the same line",
    },
    "reason.toml_date": {
        "id": "tanggal atau waktu tidak sah",
        "en": "invalid date or time",
    },
    "reason.toml_escape": {
        "id": "garis miring terbalik `\\` dalam teks diikuti kode yang tidak sah; tulis `\\\\` untuk `\\` itu sendiri",
        "en": "a backslash `\\` in text is followed by an invalid code; write `\\\\` for a backslash itself",
    },
    "reason.toml_key_start": {
        "id": "nama kunci diawali karakter yang tidak sah",
        "en": "a key starts with a character not allowed there",
    },
    "reason.toml_statement": {
        "id": "baris ini bukan `kunci = nilai` dan bukan judul tabel",
        "en": "this line is neither `key = value` nor a table heading",
    },
    "reason.toml_value": {
        "id": "nilai tidak sah, mis. teks tanpa tanda kutip",
        "en": "invalid value, such as text without quotes",
    },
    "reason.toml_array_unclosed": {
        "id": "daftar `[` tidak ditutup dengan `]`",
        "en": "a list `[` is not closed by `]`",
    },
    "reason.toml_inline_unclosed": {
        "id": "tabel `{{` tidak ditutup dengan `}}` pada baris yang sama",
        "en": "an inline table `{{` is not closed by `}}` on the same line",
    },
    "reason.toml_text_unclosed": {
        "id": "teks tidak ditutup dengan tanda kutip",
        "en": "text is not closed by a quote",
    },
    "reason.toml_character": {
        "id": "karakter {character} tidak boleh ada di sini",
        "en": "character {character} is not allowed here",
    },
    "reason.json_value": {
        "id": "nilai diharapkan di sini (angka, teks dalam tanda kutip ganda, daftar atau objek)",
        "en": "expected a value here (a number, text in double quotes, a list or an object)",
    },
    "reason.json_name": {
        "id": "nama diharapkan di sini, dalam tanda kutip ganda (mis. sisa koma sebelum `}}`)",
        "en": "expected a name in double quotes here (perhaps a comma left before `}}`)",
    },
    "reason.json_comma": {
        "id": "tanda koma `,` tidak ada di antara dua unsur",
        "en": "a comma `,` is missing between two entries",
    },
    "reason.json_colon": {
        "id": "tanda titik dua `:` tidak ada setelah nama",
        "en": "a colon `:` is missing after a name",
    },
    "reason.json_extra": {
        "id": "ada data lain sesudah akhir data JSON",
        "en": "more data follows the end of the JSON data",
    },
    "reason.json_text_unclosed": {
        "id": "teks tidak ditutup dengan tanda kutip ganda",
        "en": "text is not closed by a double quote",
    },
    "reason.json_control": {
        "id": "karakter kendali (mis. baris baru) di dalam teks; tulis `\\n`",
        "en": "a control character (such as a line break) inside text; write `\\n`",
    },
    "reason.json_escape": {
        "id": "garis miring terbalik `\\` dalam teks diikuti kode yang tidak sah; tulis `\\\\` untuk `\\` itu sendiri",
        "en": "a backslash `\\` in text is followed by an invalid code; write `\\\\` for a backslash itself",
    },
    "reason.json_trailing_comma": {
        "id": "sisa koma sebelum akhir daftar atau objek; hapus komanya",
        "en": "a comma is left before the end of a list or object; remove it",
    },
    "reason.number_too_long": {
        "id": "angka terlalu panjang",
        "en": "a number is too long",
    },
    "reason.not_zip": {
        "id": "bukan berkas zip seperti setiap .xlsx: mungkin .xls lama, CSV yang diganti namanya, berkas yang "
        "terpotong, atau buku kerja bersandi",
        "en": "not a zip file as every .xlsx is: perhaps an old .xls, a renamed CSV, a cut-off file, or a "
        "password-protected workbook",
    },
    "reason.zip_broken": {
        "id": "isi zip-nya rusak atau terpotong",
        "en": "its zip content is damaged or cut off",
    },
    "reason.workbook_part_missing": {
        "id": "bagian `{part}` yang ada di setiap buku kerja tidak ditemukan; mungkin ini dokumen lain yang diganti "
        "namanya",
        "en": "the part `{part}` every workbook has is missing; perhaps this is another document renamed",
    },
    "reason.not_workbook": {
        "id": "bukan buku kerja",
        "en": "not a workbook",
    },
    "reason.store_damaged": {
        "id": "berkas basis datanya rusak; pulihkan dari cadangan",
        "en": "its database file is damaged; restore it from a backup",
    },
    "reason.xml_cut": {
        "id": "dokumen terpotong atau kosong",
        "en": "the document is cut off or empty",
    },
    "reason.xml_mismatched": {
        "id": "elemen penutup tidak cocok dengan elemen pembukanya",
        "en": "a closing tag does not match its opening tag",
    },
    "reason.xml_character": {
        "id": "karakter yang tidak boleh ada di XML",
        "en": "a character XML does not allow",
    },
    "reason.xml_after_end": {
        "id": "ada data sesudah akhir dokumen",
        "en": "data follows the end of the document",
    },
    "reason.byte": {
        "id": "bita {byte} pada posisi {position} tidak sah dalam pengodean ini",
        "en": "byte {byte} at position {position} is not valid in this encoding",
    },
    "reason.no_bom": {
        "id": "tidak diawali penanda urutan bita (BOM), jadi urutan bitanya tidak diketahui",
        "en": "it does not start with a byte-order mark (BOM), so its byte order is unknown",
    },
    "reason.not_utf8": {
        "id": "bukan UTF-8; simpan ulang sebagai UTF-8",
        "en": "not UTF-8; save it again as UTF-8",
    },
    "reason.os_loop": {
        "id": "tautan simbolik berputar atau terlalu banyak tautan",
        "en": "a symbolic link loop or too many links",
    },
    "reason.os_denied": {
        "id": "izin ditolak",
        "en": "permission denied",
    },
    "reason.os_folder": {
        "id": "ini sebuah folder",
        "en": "this is a folder",
    },
    "reason.os_not_folder": {
        "id": "sebagian path bukan folder",
        "en": "part of the path is not a folder",
    },
    "reason.os_name_too_long": {
        "id": "nama berkas terlalu panjang",
        "en": "the file name is too long",
    },
    "reason.os_read_only": {
        "id": "sistem berkas hanya dapat dibaca",
        "en": "the file system is read-only",
    },
    "reason.os_io": {
        "id": "kesalahan baca/tulis perangkat",
        "en": "a device input/output error",
    },
    "reason.os_busy": {
        "id": "sedang dipakai program lain",
        "en": "in use by another program",
    },
    "reason.os_missing": {
        "id": "tidak ada",
        "en": "does not exist",
    },
    # Structure
    "unknown_key": {
        "id": "kunci `{key}` tidak dikenal; yang diizinkan: {allowed}",
        "en": "unknown key `{key}`; allowed keys: {allowed}",
    },
    "unknown_key_close": {
        "id": "kunci `{key}` tidak dikenal; maksudnya `{close}`?",
        "en": "unknown key `{key}`; did you mean `{close}`?",
    },
    "missing_key": {
        "id": "kunci wajib `{key}` tidak ada; tambahkan",
        "en": "required key `{key}` is missing; add it",
    },
    "format_unsupported": {
        "id": "format = {found} tidak didukung; gunakan format = 1",
        "en": "format = {found} is not supported; use format = 1",
    },
    "must_be_table": {
        "id": "`{key}` harus berupa tabel, mis. [{key}.nama]",
        "en": "`{key}` must be a table, e.g. [{key}.name]",
    },
    "must_be_array_of_tables": {
        "id": "`{key}` harus ditulis sebagai [[{key}]]",
        "en": "`{key}` must be written as [[{key}]]",
    },
    "invalid_value": {"id": "nilai tidak sah: {reason}", "en": "invalid value: {reason}"},
    "expected_integer": {"id": "harus bilangan bulat", "en": "must be a whole number"},
    "expected_number": {"id": "harus angka", "en": "must be a number"},
    "expected_text": {"id": "harus teks dalam tanda kutip", "en": "must be a quoted text"},
    "expected_boolean": {"id": "harus `true` atau `false`", "en": "must be true or false"},
    "expected_array": {"id": "harus daftar [ ... ]", "en": "must be a list [ ... ]"},
    "expected_table": {
        "id": 'harus tabel {{ ... }}, mis. {{ id = "...", en = "..." }}',
        "en": 'must be a table {{ ... }}, e.g. {{ id = "...", en = "..." }}',
    },
    "must_be_greater": {"id": "harus lebih besar dari {gt}", "en": "must be greater than {gt}"},
    "must_be_at_least": {"id": "harus paling kecil {ge}", "en": "must be at least {ge}"},
    "must_be_less": {"id": "harus lebih kecil dari {lt}", "en": "must be less than {lt}"},
    "must_be_at_most": {"id": "harus paling besar {le}", "en": "must be at most {le}"},
    "too_few_items": {"id": "perlu paling sedikit {min_length} isian", "en": "needs at least {min_length} item(s)"},
    "options_kind": {
        "id": '`options` harus nama set pilihan, mis. "kemampuan", '
        "atau daftar pilihan [ {{ value = ..., label = {{ ... }} }} ]",
        "en": 'options must be an option set name such as "kemampuan" '
        "or a list of options [ {{ value = ..., label = {{ ... }} }} ]",
    },
    "too_many_items": {"id": "paling banyak {max_length} isian", "en": "allows at most {max_length} entries"},
    "bad_identifier": {
        "id": "id tidak sah; gunakan huruf, angka, '-' atau '_' (pola {pattern})",
        "en": "invalid id; use letters, digits, '-' or '_' (pattern {pattern})",
    },
    "not_one_of": {"id": "harus salah satu dari {expected}", "en": "must be one of {expected}"},
    "must_be_finite": {
        "id": "harus angka biasa, bukan `nan` atau `inf`",
        "en": "must be an ordinary number, not `nan` or `inf`",
    },
    # Meaning
    "duplicate_id": {
        "id": "`{id}` sudah dipakai oleh entri ke-{first}; id harus unik",
        "en": "`{id}` is already used by entry {first}; ids must be unique",
    },
    "duplicate_option": {
        "id": "nilai pilihan {value} muncul dua kali; setiap pilihan perlu nilai unik",
        "en": "option value {value} appears twice; every option needs its own value",
    },
    "option_value_ambiguous": {
        "id": "nilai pilihan {value} hanya berbeda huruf besar/kecil atau jenis dari {other}; sel ekspor tidak "
        "dapat membedakannya: pilih nilai lain",
        "en": "option value {value} differs from {other} only by case or type; an export cell cannot tell them "
        "apart: choose another value",
    },
    "duplicate_option_label": {
        "id": 'label "{label}" ({lang}) sudah dipakai pilihan ke-{first}; setiap pilihan perlu label sendiri',
        "en": 'label "{label}" ({lang}) is already used by option {first}; every option needs its own label',
    },
    "duplicate_code": {
        "id": "kode pilihan `{code}` muncul dua kali; setiap kode harus unik",
        "en": "option code `{code}` appears twice; codes must be unique",
    },
    "duplicate_language": {
        "id": "bahasa tercantum dua kali di `languages`; hapus duplikatnya",
        "en": "a language is listed twice in `languages`; remove the duplicate",
    },
    "missing_language": {
        "id": 'teks dalam bahasa `{language}` tidak ada; tambahkan {language} = "..."',
        "en": 'the `{language}` text is missing; add {language} = "..."',
    },
    "undeclared_language": {
        "id": "bahasa `{language}` tidak tercantum di `languages` ({declared}); tambahkan atau perbaiki",
        "en": "language `{language}` is not in `languages` ({declared}); add it or fix the code",
    },
    "levels_first_min_knowledge": {
        "id": "level pertama tidak boleh memiliki `min_knowledge` (ditemukan {found}): setiap orang mencapai level "
        "pertama; hapus `min_knowledge` di level ini dan taruh di level berikutnya",
        "en": "the first level cannot have min_knowledge (found {found}): everyone reaches the first level; remove "
        "min_knowledge here and put it on the levels above",
    },
    "levels_first_min": {
        "id": "level pertama harus min = 0 (sekarang {found})",
        "en": "the first level must have min = 0 (found {found})",
    },
    "levels_not_ascending": {
        "id": "min = {min} harus lebih besar dari level sebelumnya ({previous}); urutkan level naik",
        "en": "min = {min} must be above the previous level's ({previous}); order levels ascending",
    },
    "level_numbers_not_ascending": {
        "id": "level = {level} harus lebih besar dari level sebelumnya ({previous})",
        "en": "level = {level} must be above the previous level ({previous})",
    },
    "no_default_role": {
        "id": "tidak ada jabatan bawaan; tandai satu `[[roles]]` dengan `default = true`",
        "en": "no default role; mark one [[roles]] with default = true",
    },
    "several_default_roles": {
        "id": "lebih dari satu jabatan bawaan; hanya satu yang boleh `default = true`",
        "en": "more than one default role; only one may have default = true",
    },
    "unknown_domain": {
        "id": "ranah `{domain}` tidak ada; ranah yang ada: {known}",
        "en": "domain `{domain}` does not exist; known domains: {known}",
    },
    "unknown_level": {
        "id": "level {level} tidak ada; level yang ada: {known}",
        "en": "level {level} does not exist; known levels: {known}",
    },
    "reverse_not_likert": {
        "id": '`reverse` hanya berlaku untuk `kind = "likert"`; hapus `reverse`',
        "en": 'reverse applies to kind = "likert" only; remove reverse',
    },
    "unknown_option_set": {
        "id": "set pilihan `{name}` tidak ada; yang ada: {known}",
        "en": "option set `{name}` does not exist; known sets: {known}",
    },
    "too_few_options": {"id": "perlu paling sedikit 2 pilihan", "en": "needs at least 2 options"},
    "choice_needs_one_correct": {
        "id": 'soal `kind = "choice"` (pilihan ganda) perlu tepat satu pilihan `correct = true` (sekarang {found})',
        "en": "a choice question needs exactly one option with correct = true (found {found})",
    },
    "multi_needs_correct": {
        "id": 'soal `kind = "multi"` (jawaban ganda) perlu paling sedikit satu pilihan `correct = true`',
        "en": "a multi question needs at least one option with correct = true",
    },
    "scale_value_not_number": {
        "id": 'nilai skala harus angka, bukan "{value}"',
        "en": 'scale values must be numbers, not "{value}"',
    },
    "correct_on_scale": {
        "id": 'soal `kind = "{kind}"` tidak punya jawaban benar; hapus `correct`',
        "en": "a {kind} question has no right answer; remove correct",
    },
    "scale_needs_two_values": {
        "id": "skala perlu paling sedikit dua nilai angka berbeda",
        "en": "a scale needs at least two different numeric values",
    },
    "domain_without_questions": {
        "id": "ranah `{domain}` tidak punya pertanyaan; tambahkan pertanyaan atau hapus ranahnya",
        "en": "domain `{domain}` has no questions; add some or remove the domain",
    },
    "thresholds_out_of_range": {
        "id": "`match_thresholds = [{high}, {low}]` harus menurun dan di antara 0 dan 100, mis. [80, 68]",
        "en": "match_thresholds = [{high}, {low}] must be descending and within 0-100, e.g. [80, 68]",
    },
    # Item-writing checks (questionnaires lint)
    "lint_key_position": {
        "id": "kunci di posisi {position} pada {count:n} dari {items:n} soal pilihan tunggal ({ids}); peluang "
        "acak {expected:n}, uji binomial p = {p:n}: pindahkan sebagian kunci ke posisi lain",
        "en": "the key is in position {position} in {count:n} of {items:n} single-choice items ({ids}); chance "
        "gives {expected:n}, binomial p = {p:n}: move some keys to other positions",
    },
    "lint_key_longest": {
        "id": "kunci adalah satu-satunya pilihan terpanjang ({lang}) pada {count:n} dari {items:n} soal pilihan "
        "tunggal ({ids}); peluang acak {expected:n}, uji binomial p = {p:n}: panjangkan pengecoh atau ringkas kunci",
        "en": "the key is the uniquely longest option ({lang}) in {count:n} of {items:n} single-choice items "
        "({ids}); chance gives {expected:n}, binomial p = {p:n}: lengthen wrong options or shorten keys",
    },
    "lint_key_shortest": {
        "id": "kunci adalah satu-satunya pilihan terpendek ({lang}) pada {count:n} dari {items:n} soal pilihan "
        "tunggal ({ids}); peluang acak {expected:n}, uji binomial p = {p:n}: samakan panjang pilihan",
        "en": "the key is the uniquely shortest option ({lang}) in {count:n} of {items:n} single-choice items "
        "({ids}); chance gives {expected:n}, binomial p = {p:n}: make the options about as long",
    },
    "lint_key_much_longer": {
        "id": "kunci ({lang}) {length} karakter, pilihan lain {others}: kunci yang jauh lebih panjang "
        "membocorkan jawaban; ringkas kunci atau lengkapi pengecoh",
        "en": "the key ({lang}) has {length} characters, the other options {others}: a much longer key gives "
        "the answer away; shorten it or fill out the wrong options",
    },
    "lint_absolute_word": {
        "id": 'kata mutlak "{word}" di pilihan salah: ada di {wrong} dari {wrong_total} pilihan salah dan '
        "{keys} dari {keys_total} kunci; peserta jeli langsung mencoretnya: ubah kalimatnya atau pakai kata "
        "seperti ini di kunci sama seringnya",
        "en": 'absolute word "{word}" in a wrong option: such words are in {wrong} of {wrong_total} wrong '
        "options and {keys} of {keys_total} keys; test-wise people rule these options out: reword it, or use "
        "such words in keys as often",
    },
    "lint_above_phrase": {
        "id": '"{word}" di pilihan salah ({wrong} dari {wrong_total} pilihan salah, {keys} dari {keys_total} '
        "kunci): pilihan yang merujuk pilihan lain bisa dijawab dari dua pilihan saja; ganti dengan pilihan "
        "yang berdiri sendiri",
        "en": '"{word}" in a wrong option ({wrong} of {wrong_total} wrong options, {keys} of {keys_total} '
        "keys): an option that refers to the others can be answered from two of them; write a stand-alone "
        "option",
    },
    "lint_multi_same_position": {
        "id": "pilihan {position} benar di semua {count:n} soal pilihan ganda-jamak ({ids}); peluang acak "
        "p = {p:n}: buat pilihan {position} salah di sebagian soal",
        "en": "option {position} is correct in all {count:n} multi-select items ({ids}); chance p = {p:n}: make "
        "option {position} wrong in some of them",
    },
    "lint_key_repeats_stem": {
        "id": "kunci ({lang}) mengulang {count:n} kata dari soal ({words}), pilihan lain paling banyak {others}: "
        "soal ini bisa dijawab tanpa memahaminya; ubah kata kunci atau pakai kata soal di pengecoh juga",
        "en": "the key ({lang}) repeats {count:n} words of the question ({words}), the other options at most "
        "{others}: it can be answered without understanding; reword the key or echo the question in wrong "
        "options too",
    },
    "lint_near_duplicate": {
        "id": "pilihan {position} hampir sama dengan pilihan {other} ({lang}, kemiripan {ratio:n}); bedakan "
        "isinya atau gabungkan",
        "en": "option {position} reads almost like option {other} ({lang}, similarity {ratio:n}); make them "
        "differ in substance or merge them",
    },
    "lint_area_few_knowledge": {
        "id": "ranah `{domain}` punya {count:n} soal pengetahuan, paling sedikit {least:n} diperlukan: galat baku "
        "skor pengetahuannya sampai {se} poin; tambahkan soal",
        "en": "area `{domain}` has {count:n} knowledge items, at least {least:n} are needed: the standard error of "
        "its knowledge score reaches {se} points; add items",
    },
    "lint_competences_uncovered": {
        "id": "kompetensi {missing} dari {framework} area {area} tidak punya soal pengetahuan ({covered:n} dari "
        "{total:n} tercakup); tambahkan soal dengan `competence = ...`",
        "en": "competences {missing} of {framework} area {area} have no knowledge item ({covered:n} of {total:n} "
        "covered); add items tagged `competence = ...`",
    },
    "lint_unknown_competence": {
        "id": '`{tag}` bukan kompetensi {framework}; perbaiki tandanya, mis. "4.2"',
        "en": '`{tag}` is not a {framework} competence; fix the tag, e.g. "4.2"',
    },
    "lint_minutes": {
        "id": "tertulis {stated} menit, tetapi {rated} butir penilaian diri x {self_seconds} detik + {knowledge} "
        "soal pengetahuan x {knowledge_seconds} detik = sekitar {estimate} menit; sesuaikan keterangannya",
        "en": "states {stated} minutes, but {rated} self-ratings x {self_seconds} s + {knowledge} knowledge "
        "items x {knowledge_seconds} s = about {estimate} minutes; correct the statement",
    },
    # Errors
    "questionnaire_invalid": {
        "id": "{file}: kuesioner tidak sah, {count:n} masalah:",
        "en": "{file}: invalid questionnaire, {count:n} problem(s):",
    },
    "questionnaire_not_found": {
        "id": "kuesioner `{name}` tidak ditemukan; beri path berkas .toml atau salah satu id: {known}",
        "en": "questionnaire `{name}` not found; give a .toml file path or one of the ids: {known}",
    },
    "unknown_question": {
        "id": "pertanyaan `{question}` tidak ada dalam kuesioner ini",
        "en": "question `{question}` is not in this questionnaire",
    },
    "answer_not_an_option": {
        "id": "jawaban {value!r} untuk `{question}` bukan pilihan yang sah; pilihan: {allowed}",
        "en": "answer {value!r} to `{question}` is not one of its options: {allowed}",
    },
    "multi_needs_list": {
        "id": "`{question}` boleh lebih dari satu jawaban: berikan daftar nilai",
        "en": "`{question}` takes several answers: give a list of values",
    },
    "single_needs_value": {
        "id": "`{question}` hanya menerima satu jawaban, bukan daftar",
        "en": "`{question}` takes one answer, not a list",
    },
    # Answers files
    "answers_invalid": {
        "id": "{file}: {count:n} jawaban tidak sah:",
        "en": "{file}: {count:n} invalid answer(s):",
    },
    "answers_file_missing": {
        "id": "berkas jawaban {file} tidak ditemukan",
        "en": "answers file {file} not found",
    },
    "answers_file_unreadable": {
        "id": "berkas jawaban {file} tidak dapat dibaca ({reason}); simpan sebagai UTF-8",
        "en": "cannot read the answers file {file} ({reason}); save it as UTF-8",
    },
    "answers_file_not_utf8": {
        "id": "berkas jawaban {file} bukan UTF-8; simpan ulang sebagai UTF-8 "
        "(Notepad: Simpan sebagai, Pengodean UTF-8)",
        "en": "the answers file {file} is not UTF-8; save it again as UTF-8 (Notepad: Save as, Encoding UTF-8)",
    },
    "answers_file_too_deep": {
        "id": "berkas jawaban {file} tidak sah: datanya bersarang terlalu dalam; tulis pasangan id pertanyaan = "
        'jawaban, mis. {{"KAM01": 2}}',
        "en": "the answers file {file} is not valid: its data is nested too deeply; map question ids to answers, "
        'e.g. {{"KAM01": 2}}',
    },
    "answers_file_syntax": {
        "id": "berkas jawaban {file} tidak sah: {reason}",
        "en": "the answers file {file} is not valid: {reason}",
    },
    "answers_file_not_mapping": {
        "id": 'berkas jawaban {file} harus berisi pasangan id pertanyaan = jawaban, mis. {{"KAM01": 2}}',
        "en": 'the answers file {file} must map question ids to answers, e.g. {{"KAM01": 2}}',
    },
    # The interview: what any front end asks and says
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
    "interview.consent": {"id": "Bersedia melanjutkan? [y/t]", "en": "Do you agree to continue? [y/n]"},
    "interview.yes_no": {"id": "Jawab y (ya) atau t (tidak).", "en": "Answer y (yes) or n (no)."},
    "interview.ask_nip": {"id": "NIP (18 angka):", "en": "NIP (18 digits):"},
    "interview.required": {"id": "Isian ini wajib.", "en": "This is required."},
    "interview.ask_name": {"id": "Nama:", "en": "Name:"},
    "interview.ask_unit": {"id": "Unit kerja:", "en": "Work unit:"},
    "interview.roles": {"id": "Jabatan:", "en": "Roles:"},
    "interview.ask_role": {
        "id": "Pilih jabatan [1-{last}, b = kembali]:",
        "en": "Choose your role [1-{last}, b = back]:",
    },
    "interview.pick_number": {"id": "Pilih nomor 1 sampai {last}.", "en": "Choose a number from 1 to {last}."},
    "interview.one_only": {"id": "Pertanyaan ini hanya satu jawaban.", "en": "This question takes one answer."},
    "interview.at_first": {"id": "Ini pertanyaan pertama.", "en": "This is the first question."},
    "interview.multi_hint": {
        "id": "Boleh lebih dari satu, mis. 1,3; ketik 0 bila tidak ada yang benar",
        "en": "You may choose several, e.g. 1,3; type 0 if none of them is right",
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
        "id": "Ada penilaian yang belum selesai sejak {started} ({answered:n}/{total:n} dijawab). Lanjutkan? [y/t]",
        "en": "There is an unfinished assessment from {started} ({answered:n}/{total:n} answered). Continue it? [y/n]",
    },
    "interview.retake": {
        "id": "NIP ini sudah menyelesaikan penilaian putaran {round} pada {date}. Penilaian baru akan menggantikannya "
        "dalam laporan. Lanjutkan? [y/t]",
        "en": "This NIP already completed round {round} on {date}. A new assessment will replace it in the "
        "reports. Continue? [y/n]",
    },
    "interview.name_required": {
        "id": "Nama wajib diisi: nama tercantum pada laporan pribadi dan rencana pelatihan.",
        "en": "A name is required: it is printed on the personal report and the training plan.",
    },
    # Assess and history
    "assessment_stored": {
        "id": "Hasil tersimpan di {path} (putaran {round}).",
        "en": "Result saved in {path} (round {round}).",
    },
    "assessment_retaken": {
        "id": "Peringatan: NIP ini sudah menyelesaikan penilaian putaran {round} pada {date}; yang baru ini "
        "menggantikannya dalam laporan.",
        "en": "Warning: this NIP already completed round {round} on {date}; this new assessment replaces it in "
        "the reports.",
    },
    "assess_needs_nip": {
        "id": "--answers memerlukan --nip agar hasilnya dapat disimpan dan dibandingkan",
        "en": "--answers needs --nip so the result can be stored and compared",
    },
    "assess_needs_terminal": {
        "id": "masukan bukan terminal, jadi tidak ada yang dapat ditanyakan; pakai --answers BERKAS untuk satu "
        "pegawai atau `asn-skills score` untuk ekspor survei",
        "en": "input is not a terminal, so nothing can be asked; use --answers FILE for one employee or "
        "`asn-skills score` for a survey export",
    },
    "bad_nip_option": {
        "id": "--nip: {reason} (atau pakai --no-nip-check)",
        "en": "--nip: {reason} (or use --no-nip-check)",
    },
    "name_not_in_store": {
        "id": 'tidak ada penilaian tanpa NIP atas nama "{name}" di {path}; penilaian dengan NIP dihapus lewat NIP-nya',
        "en": 'no assessment without a NIP under the name "{name}" in {path}; one with a NIP is erased by its NIP',
    },
    "nip_not_in_store": {
        "id": "tidak ada penilaian untuk NIP {nip} di {path}; periksa NIP atau pilih penyimpanan lain dengan --db",
        "en": "no assessment for NIP {nip} in {path}; check the NIP or choose another store with --db",
    },
    # Reading exports
    "input_missing": {
        "id": "berkas {file} tidak ditemukan; periksa nama dan foldernya",
        "en": "file {file} not found; check its name and folder",
    },
    "input_empty": {
        "id": "{file} kosong; ekspor ulang dari alat survei",
        "en": "{file} is empty; export it again from the survey tool",
    },
    "input_binary": {
        "id": "{file} bukan berkas CSV (isinya biner); ekspor jawaban sebagai CSV",
        "en": "{file} is not a CSV file (it is binary); export the answers as CSV",
    },
    "input_binary_kind": {
        "id": "{file} adalah berkas {kind}, bukan CSV; dari Excel pilih Simpan Sebagai > CSV UTF-8",
        "en": "{file} is not a CSV file but {kind}; in Excel use Save As > CSV UTF-8",
    },
    "row_unclosed_quote": {
        "id": "tanda kutip yang dibuka di baris ini tidak ditutup, sehingga baris-baris sesudahnya terbaca sebagai "
        "satu sel; perbaiki tanda kutipnya",
        "en": "a quote opened on this line is never closed, so the lines after it were read as one cell; fix the quote",
    },
    "input_encoding": {
        "id": "{file} tidak dapat dibaca sebagai {encoding} ({reason}); coba --encoding utf-8 atau cp1252",
        "en": "{file} cannot be read as {encoding} ({reason}); try --encoding utf-8 or cp1252",
    },
    "input_not_utf8_at": {
        "id": "{file} baris {line}: bukan UTF-8; jalankan ulang dengan --encoding cp1252",
        "en": "{file} line {line}: not UTF-8; run again with --encoding cp1252",
    },
    "unknown_encoding": {
        "id": "pengodean karakter `{encoding}` tidak dikenal; contoh: utf-8, cp1252, latin-1, utf-16",
        "en": "unknown encoding `{encoding}`; e.g. utf-8, cp1252, latin-1, utf-16",
    },
    "encoding_guessed": {
        "id": "{file} bukan UTF-8; dibaca sebagai {encoding} (Excel Windows). Pakai --encoding bila salah",
        "en": "{file} is not UTF-8; read as {encoding} (Windows Excel). Use --encoding if that is wrong",
    },
    "delimiter_unknown": {
        "id": "{file}: pemisah kolom tidak dikenali; tentukan dengan --delimiter (mis. --delimiter ';')",
        "en": "{file}: cannot tell the column delimiter; give it with --delimiter (e.g. --delimiter ';')",
    },
    "delimiter_ambiguous": {
        "id": "{file}: pemisah kolom ambigu ({candidates}); tentukan dengan --delimiter",
        "en": "{file}: the column delimiter is ambiguous ({candidates}); give it with --delimiter",
    },
    "sheet_needs_workbook": {
        "id": "--sheet hanya untuk buku kerja .xlsx, sedangkan {file} bukan buku kerja; hapus --sheet",
        "en": "--sheet is for .xlsx workbooks and {file} is not one; leave --sheet out",
    },
    "sheet_unknown": {
        "id": '{file} tidak punya lembar "{sheet}"; lembar yang ada: {known}',
        "en": '{file} has no sheet "{sheet}"; its sheets: {known}',
    },
    "workbook_unreadable": {
        "id": "{file} tidak dapat dibaca sebagai buku kerja .xlsx ({reason}); simpan ulang di Excel, atau simpan "
        "sebagai CSV UTF-8",
        "en": "{file} cannot be read as an .xlsx workbook ({reason}); save it again in Excel, or save it as CSV UTF-8",
    },
    # Workbook limits
    "workbook_too_large": {
        "id": "{file}: buku kerja ini terbuka menjadi lebih dari {limit} MiB; simpan hanya lembar yang perlu sebagai "
        "CSV UTF-8, atau naikkan batasnya dengan {variable}=MiB (mis. {variable}=1024)",
        "en": "{file}: the workbook unpacks to more than {limit} MiB; save only the sheet you need as CSV UTF-8, "
        "or raise the limit with {variable}=MiB (e.g. {variable}=1024)",
    },
    "workbook_sheet_too_large": {
        "id": "{file}: sebuah lembar membentang {rows:n} baris x {columns} kolom, lebih dari {cells:n} sel yang "
        "diizinkan batas {limit} MiB; hapus sel yang terisi tanpa sengaja jauh di bawah atau kanan data (`Ctrl+End` "
        "menunjukkan sel terakhir), "
        "atau naikkan batasnya dengan {variable}=MiB",
        "en": "{file}: a sheet spans {rows:n} rows by {columns} columns, more than the {cells:n} cells a {limit} MiB "
        "limit allows; delete stray cells far below or right of the data (Ctrl+End shows the last one), or raise "
        "the limit with {variable}=MiB",
    },
    "workbook_limit_invalid": {
        "id": '{variable}="{value}" bukan ukuran; beri jumlah MiB sebagai bilangan bulat, mis. {variable}=1024',
        "en": '{variable}="{value}" is not a size; give a whole number of MiB, e.g. {variable}=1024',
    },
    "workbook_cell_too_long": {
        "id": '{file} lembar "{sheet}" baris {row}, kolom {column}: sel berisi {length} karakter, lebih dari '
        "{limit}; kosongkan sel itu (mungkin gambar yang ditempel sebagai teks) lalu simpan lagi",
        "en": '{file} sheet "{sheet}" row {row}, column {column}: the cell holds {length} characters, more than '
        "{limit}; empty that cell (perhaps a picture pasted as text) and save again",
    },
    "workbook_encrypted": {
        "id": "{file} adalah buku kerja Excel yang dilindungi kata sandi; buka di Excel, hapus kata sandinya "
        '("File > Info > Proteksi Buku Kerja > Enkripsi dengan Kata Sandi", di Excel berbahasa Inggris '
        '"File > Info > Protect Workbook > Encrypt with Password"), simpan, lalu coba lagi',
        "en": "{file} is an Excel workbook protected by a password; open it in Excel, remove the password "
        "(File > Info > Protect Workbook > Encrypt with Password), save, and try again",
    },
    "columns_missing_questions": {
        "id": "{file}: {count:n} pertanyaan {questionnaire} tidak punya kolom sehingga tidak dinilai: {questions}; "
        "periksa -q, beri --columns, atau terima dengan --allow-missing",
        "en": "{file}: {count:n} questions of {questionnaire} have no column, so they are not scored: {questions}; "
        "check -q, give --columns, or accept it with --allow-missing",
    },
    "columns_missing_identity": {
        "id": "{file}: tidak ada kolom {fields}; beri judul NIP, Nama, Unit Kerja, Jabatan, petakan di `[identity]` "
        "pada --columns, atau terima dengan --allow-missing",
        "en": "{file}: no column for {fields}; head them NIP, Nama, Unit Kerja, Jabatan, map them in [identity] of "
        "--columns, or accept it with --allow-missing",
    },
    "field_nip": {"id": "NIP", "en": "NIP"},
    "field_name": {"id": "nama", "en": "name"},
    "field_unit": {"id": "unit kerja", "en": "unit"},
    "field_role": {"id": "jabatan", "en": "role"},
    "column_tool": {"id": "(kolom bawaan alat survei, tidak dibaca)", "en": "(added by the survey tool, not read)"},
    # Headings not on the first row, identity columns, partly exported questions
    "header_row_used": {
        "id": "{file}: judul kolom dibaca dari baris {row}; baris di atasnya (kop) bukan data",
        "en": "{file}: headings read from row {row}; the rows above them (a letterhead) are not data",
    },
    "header_row_missing": {
        "id": "{file}: baris {row} kosong atau tidak termasuk baris awal; baris yang berisi: {rows}",
        "en": "{file}: row {row} is empty or not among the first rows; rows with text: {rows}",
    },
    "row_after_data_ignored": {
        "id": "{file}: baris {first}, sesudah jawaban terakhir, tidak berisi jawaban (mis. tanda tangan) dan dilewati",
        "en": "{file}: line {first}, after the last response, holds no answers (such as a signature) and was skipped",
    },
    "rows_after_data_ignored": {
        "id": "{file}: {count:n} baris sesudah jawaban terakhir (baris {first}-{last}) tidak berisi jawaban, mis. "
        "blok tanda tangan, dan dilewati",
        "en": "{file}: {count:n} rows after the last response (lines {first}-{last}) hold no answers, such as a "
        "signature block, and were skipped",
    },
    "identity_column_empty": {
        "id": '{file}: kolom {field} "{empty}" kosong atau anonim di setiap baris; yang dibaca kolom "{used}" '
        "(petakan di `[identity]` pada --columns bila salah)",
        "en": '{file}: the {field} column "{empty}" is empty or anonymous in every row; read "{used}" instead '
        "(map it in [identity] of --columns if that is wrong)",
    },
    # Unit lists
    "unit_list_missing": {"id": "daftar unit {file} tidak ditemukan", "en": "unit list {file} not found"},
    # unit list entries
    "unit_list_no_units": {
        "id": 'daftar unit {file} tidak berisi `[[units]]`; tambahkan mis. `[[units]] name = "Dinas Kesehatan"`',
        "en": 'unit list {file} holds no `[[units]]`; add e.g. `[[units]] name = "Dinas Kesehatan"`',
    },
    "unit_list_not_table": {
        "id": "daftar unit {file}: unit ke-{number} bukan tabel; tulis setiap unit di bawah `[[units]]`",
        "en": "unit list {file}: unit {number} is not a table; write each unit under `[[units]]`",
    },
    "unit_list_unknown_key": {
        "id": "daftar unit {file}: unit ke-{number} memakai kunci `{field}` yang tidak dikenal (mungkin maksudnya: "
        "{close}); yang diizinkan: {known}",
        "en": "unit list {file}: unit {number} has the unknown key `{field}` (did you mean: {close}); allowed: {known}",
    },
    "unit_list_no_name": {
        "id": 'daftar unit {file}: unit ke-{number} tidak punya nama; tambahkan `name = "..."`',
        "en": 'unit list {file}: unit {number} has no name; add `name = "..."`',
    },
    "unit_list_not_texts": {
        "id": 'daftar unit {file}: unit ke-{number}: `{field}` harus daftar teks, mis. `{field} = ["..."]`',
        "en": 'unit list {file}: unit {number}: `{field}` must be a list of texts, e.g. `{field} = ["..."]`',
    },
    "unit_list_duplicate": {
        "id": 'daftar unit {file}: unit ke-{number} "{name}" sama dengan unit ke-{first} "{other}" (hanya beda '
        "huruf besar/kecil, tanda baca atau singkatan); gabungkan keduanya, atau tulis yang satu di `aliases`",
        "en": 'unit list {file}: unit {number} "{name}" is unit {first} "{other}" again (only case, punctuation '
        "or abbreviations differ); merge them, or write one under `aliases`",
    },
    "unit_unknown_closest": {
        "id": '{file}: unit "{unit}" tidak ada di daftar unit; mungkin "{closest}" (tambahkan sebagai `aliases`)',
        "en": '{file}: unit "{unit}" is not in the unit list; perhaps "{closest}" (add it to its aliases)',
    },
    "units_unknown_more": {
        "id": "{file}: {count:n} unit lain juga tidak ada di daftar unit",
        "en": "{file}: {count:n} more units are not in the unit list either",
    },
    "unit_unknown": {
        "id": '{file}: unit "{unit}" tidak ada di daftar unit; tambahkan ke daftar bila benar',
        "en": '{file}: unit "{unit}" is not in the unit list; add it to the list if it is right',
    },
    "limesurvey_abbreviated": {
        "id": '{file}: judul kolom dipotong ("{example}", LimeSurvey "Abbreviated question text") sehingga tidak bisa '
        'dicocokkan dengan pasti; ekspor ulang dengan judul "Question code"',
        "en": '{file}: the headings are cut short ("{example}", LimeSurvey\'s "Abbreviated question text"), so they '
        'cannot be matched for sure; export again with "Question code" headings',
    },
    "columns_partial_options": {
        "id": "{file}: kolom pilihan {columns} hanya sebagian dari pilihan pertanyaannya, jadi pertanyaan itu tidak "
        "dinilai; ekspor semua kolom pilihannya atau petakan di --columns",
        "en": "{file}: the option columns {columns} are only some of their question's options, so it is not "
        "scored; export every option column or map them in --columns",
    },
    "help.score.allow_missing": {
        "id": "Terima ekspor yang tidak punya kolom untuk sebagian pertanyaan atau identitas (keluar 0, bukan 3).",
        "en": "Accept an export without columns for some questions or identity fields (exit 0 rather than 3).",
    },
    "help.score.sheet": {
        "id": "Lembar buku kerja .xlsx yang dibaca (bawaan: lembar pertama yang tidak tersembunyi).",
        "en": "The sheet of an .xlsx workbook to read (default: the first one not hidden).",
    },
    "row_too_long": {
        "id": "{file} baris {line}: baris lebih panjang dari {limit} (tanda kutip yang tidak ditutup, atau bukan "
        "ekspor survei); periksa tanda kutip pada baris itu atau ekspor ulang",
        "en": "{file} line {line}: a row longer than {limit} (a quote never closed, or not a survey export); check "
        "the quotes on that line or export again",
    },
    "csv_broken": {
        "id": "{file} baris {line}: CSV rusak ({reason}); periksa tanda kutip pada baris itu",
        "en": "{file} line {line}: broken CSV ({reason}); check the quotes on that line",
    },
    # Rejected rows
    "rejects_column_line": {"id": "baris", "en": "line"},
    "rejects_column_column": {"id": "kolom", "en": "column"},
    "rejects_column_value": {"id": "nilai", "en": "value"},
    "rejects_column_reason": {"id": "alasan", "en": "reason"},
    "row_ragged": {
        "id": "baris berisi {found} sel, padahal judul kolom {expected}; cari pemisah kolom yang berlebih atau "
        "kurang, atau baris yang terpotong",
        "en": "the row has {found} cells but the header has {expected}; look for a stray delimiter or line break",
    },
    "nip_missing": {
        "id": "NIP kosong; isi NIP atau pakai --no-nip-check untuk PPPK/honorer",
        "en": "the NIP is empty; fill it in, or use --no-nip-check for PPPK or honorary staff",
    },
    "cell_unknown": {
        "id": '"{value}" bukan jawaban yang dikenal untuk {question}; yang diterima: {allowed} atau labelnya',
        "en": '"{value}" is not a known answer to {question}; accepted: {allowed} or their labels',
    },
    "cell_unknown_numbered": {
        "id": '"{value}" bukan jawaban yang dikenal untuk {question}; yang diterima: nilai {allowed} (di `assess` '
        "bernomor 1-{last}) atau labelnya",
        "en": '"{value}" is not a known answer to {question}; accepted: the values {allowed} (numbered 1-{last} in '
        "`assess`) or their labels",
    },
    "cell_not_checkbox": {
        "id": '"{value}" pada kolom pilihan {question} harus Y atau kosong',
        "en": '"{value}" in an option column of {question} must be Y or empty',
    },
    "no_answers": {"id": "baris tidak berisi jawaban", "en": "the row has no answers"},
    "superseded": {
        "id": "digantikan oleh baris {line} (kiriman lebih baru dari pegawai yang sama)",
        "en": "superseded by line {line} (a later submission by the same employee)",
    },
    "timestamp_unknown": {
        "id": 'waktu "{value}" tidak dikenali; urutan duplikat mengikuti urutan baris',
        "en": 'timestamp "{value}" not understood; duplicates are ordered by line',
    },
    "dates_assumed_day_first": {
        "id": '{file}: setiap tanggal di kolom waktu dapat dibaca dua arah (mis. "{example}"); dibaca sebagai '
        "hari/bulan ({read}). Jika ekspor menulis bulan/hari, ubah format tanggal di aplikasinya ke ISO "
        "(2026-03-04) lalu ekspor lagi",
        "en": '{file}: every date in the time column reads both ways (e.g. "{example}"); read as day/month '
        "({read}). If the export writes month/day, set its date format to ISO (2026-03-04) and export again",
    },
    "dates_mixed_order": {
        "id": '{file}: kolom waktu memuat tanggal bulan/hari ("{month_first}") dan hari/bulan ("{day_first}"); urutan '
        "duplikat bisa salah. Ubah format tanggal di aplikasinya ke ISO (2026-03-04) lalu ekspor lagi",
        "en": '{file}: the time column holds month/day ("{month_first}") and day/month ("{day_first}") dates; '
        "duplicates may be ordered wrongly. Set the tool's date format to ISO (2026-03-04) and export again",
    },
    "output_unwritable": {
        "id": "tidak dapat menulis {file} ({reason}); periksa folder dan izinnya",
        "en": "cannot write {file} ({reason}); check the folder and its permissions",
    },
    "output_folder_missing": {
        "id": "tidak dapat menulis {file}: folder {folder} tidak ada; buat folder itu atau pilih folder lain",
        "en": "cannot write {file}: there is no folder {folder}; create it or choose another folder",
    },
    "output_is_input": {
        "id": "{file} adalah berkas masukan; menulis ke sana akan menghapusnya: pilih nama lain untuk -o/--rejects",
        "en": "{file} is the input file; writing there would destroy it: choose another name for -o/--rejects",
    },
    "output_is_read": {
        "id": "{file} dibaca oleh perintah ini ({option}); menulis ke sana akan menghapusnya: pilih nama lain "
        "untuk -o/--rejects",
        "en": "{file} is read by this run ({option}); writing there would destroy it: choose another name for "
        "-o/--rejects",
    },
    "output_is_store": {
        "id": "{file} adalah basis data hasil (--db); menulis ke sana akan menghapusnya: pilih nama lain untuk -o",
        "en": "{file} is the results store (--db); writing there would destroy it: choose another name for -o",
    },
    "output_is_results": {
        "id": "{file} sudah menjadi berkas hasil -o; pilih nama lain untuk --rejects",
        "en": "{file} is already the -o results file; choose another name for --rejects",
    },
    # Folders of personal reports
    "output_not_folder": {
        "id": "{file} bukan folder (berkas atau tautan); --persons menulis satu berkas per pegawai ke folder: "
        "pilih nama folder baru atau yang sudah ada",
        "en": "{file} is not a folder (a file or a link); --persons writes one file per employee into a folder: "
        "choose a new or an existing folder",
    },
    "persons_need_folder": {
        "id": "--persons menulis satu berkas per pegawai: beri folder tujuan dengan -o FOLDER",
        "en": "--persons writes one file per employee: give the folder with -o FOLDER",
    },
    "persons_format": {
        "id": "--persons menulis html atau docx, bukan {format}; gunakan --format html atau --format docx",
        "en": "--persons writes html or docx, not {format}; use --format html or --format docx",
    },
    "output_not_regular": {
        "id": "{file} bukan berkas biasa (perangkat, pipa bernama, folder atau tautan ke salah satunya); "
        "-o hanya menulis berkas biasa, gunakan -o - untuk menulis ke layar",
        "en": "{file} is not a regular file (a device, FIFO, folder or a link to one); "
        "-o only writes regular files, use -o - for stdout",
    },
    # Files of other users
    "output_not_ours": {
        "id": "{file} milik pengguna lain (nomor pengguna {owner}) atau tautan buatannya; asn-skills tidak menulis "
        "data pribadi "
        "ke sana: pilih nama berkas di folder milik Anda, atau hapus dulu berkas itu",
        "en": "{file} belongs to another user (uid {owner}) or is a link they made; asn-skills writes no personal "
        "data there: choose a file name in a folder of your own, or remove that file first",
    },
    "store_not_ours": {
        "id": "{path} milik pengguna lain (nomor pengguna {owner}) atau tautan buatannya; basis data hasil "
        "menyimpan data "
        "pribadi: pilih --db milik Anda sendiri",
        "en": "{path} belongs to another user (uid {owner}) or is a link they made; a store holds personal data: "
        "choose a --db of your own",
    },
    "output_locked": {
        "id": "{file} tidak dapat diganti: tutup {file} di Excel (atau program yang membukanya) lalu jalankan "
        "lagi; berkas lama tetap utuh, keluaran baru tidak disimpan",
        "en": "cannot replace {file}: close {file} in Excel (or the program that has it open) and run again; "
        "the old file is unchanged, the new output was not kept",
    },
    "work_disk_full": {
        "id": "tidak dapat menulis berkas kerja di {folder}: disk penuh; kosongkan ruang atau tulis -o ke folder lain "
        "(berkas lama tetap utuh)",
        "en": "cannot write work files in {folder}: the disk is full; free some space or give -o in another folder "
        "(old files are kept)",
    },
    "disk_full": {
        "id": "disk penuh; kosongkan ruang lalu jalankan lagi (berkas lama tetap utuh)",
        "en": "the disk is full; free some space and run again (old files are kept)",
    },
    "output_disk_full": {
        "id": "tidak dapat menulis {file}: disk penuh; kosongkan ruang atau pilih folder lain (berkas lama tetap utuh)",
        "en": "cannot write {file}: the disk is full; free some space or choose another folder (the old file is kept)",
    },
    # output file names: the format follows a known ending
    "output_unknown_ending": {
        "id": "{file}: akhiran {ending} tidak dikenal. Akhiran yang dikenal: {endings}; atau pilih formatnya "
        "dengan {option}",
        "en": "{file}: the ending {ending} is not known. Known endings: {endings}; or choose the format with {option}",
    },
    "output_unknown_ending_close": {
        "id": "{file}: akhiran {ending} tidak dikenal. Mungkin maksudnya {close}? Akhiran yang dikenal: {endings}; "
        "atau pilih formatnya dengan {option}",
        "en": "{file}: the ending {ending} is not known. Did you mean {close}? Known endings: {endings}; or choose "
        "the format with {option}",
    },
    "output_contradicts": {
        "id": "{file} berakhiran {ending} ({named}), padahal {option} {given}; samakan nama berkas dan {option}",
        "en": "{file} ends in {ending} ({named}) but {option} is {given}; make the file name and {option} agree",
    },
    # A scoring run: what was read, written and stored
    "scoring_summary": {
        "id": "{rows:n} baris: {scored:n} dinilai, {rejected:n} ditolak ({superseded:n} duplikat digantikan)",
        "en": "{rows:n} rows: {scored:n} scored, {rejected:n} rejected ({superseded:n} duplicates superseded)",
    },
    "rejects_written": {"id": "Baris yang ditolak: {path}", "en": "Rejected rows: {path}"},
    "results_written": {"id": "Hasil ditulis ke {path}", "en": "Results written to {path}"},
    "results_stored": {
        "id": "{added:n} hasil disimpan di {path} (putaran {round}); {skipped:n} sudah ada di putaran itu",
        "en": "{added:n} results stored in {path} (round {round}); {skipped:n} were already in that round",
    },
    "store_interrupted_none": {
        "id": "Penyimpanan dihentikan: tidak ada hasil yang disimpan ke putaran {round} di {path}; ulangi perintah.",
        "en": "Storing interrupted: nothing was stored into round {round} in {path}; run the command again.",
    },
    "store_interrupted_all": {
        "id": "Dihentikan setelah penyimpanan: seluruh putaran {round} sudah tersimpan di {path}.",
        "en": "Interrupted after storing: all of round {round} is stored in {path}.",
    },
    # Outputs
    "review_note": {
        "id": 'Tanda "perlu pelatihan" adalah rekomendasi untuk ditinjau oleh atasan/pengelola SDM, '
        "bukan keputusan otomatis (UU 27/2022).",
        "en": 'A "needs training" flag is a recommendation for a person to review, not an automated '
        "decision (Law 27/2022).",
    },
    # values of a results workbook as people read them
    "result_flag_true": {"id": "ya", "en": "yes"},
    "result_flag_false": {"id": "tidak", "en": "no"},
    "result_match_meets": {"id": "Memenuhi Syarat", "en": "meets"},
    "result_match_nearly-meets": {"id": "Masih Memenuhi Syarat", "en": "nearly meets"},
    "result_match_below": {"id": "Kurang Memenuhi Syarat", "en": "below"},
    "result_priority_high": {"id": "tinggi", "en": "high"},
    "result_priority_medium": {"id": "sedang", "en": "medium"},
    "result_priority_confirm": {"id": "perlu konfirmasi atasan", "en": "to confirm"},
    "result_priority_low": {"id": "saran pengembangan", "en": "development suggestion"},
    "result_priority_none": {"id": "tidak ada", "en": "none"},
    "xlsx_results_sheet": {"id": "Hasil", "en": "Results"},
    "xlsx_too_many_rows": {
        "id": "{file}: {rows:n} baris hasil tidak muat dalam satu lembar Excel (paling banyak {limit:n}); "
        "tidak ada yang ditulis: pakai --format csv",
        "en": "{file}: {rows:n} result rows do not fit on one Excel sheet (at most {limit:n}); "
        "nothing was written: use --format csv",
    },
    "xlsx_to_terminal": {
        "id": "berkas .xlsx tidak dapat ditampilkan di terminal; tulis ke berkas dengan -o hasil.xlsx "
        "(atau -o - ke pipa)",
        "en": "an .xlsx file cannot be shown on a terminal; write it to a file with -o results.xlsx "
        "(or -o - into a pipe)",
    },
    "input_unreadable": {
        "id": "tidak dapat membaca {file} ({reason})",
        "en": "cannot read {file} ({reason})",
    },
    "pseudonym_key_empty": {
        "id": "kunci pseudonim dari {source} kosong; pseudonimisasi tidak dimatikan diam-diam: berikan kunci",
        "en": "the pseudonym key from {source} is empty; pseudonymisation is never silently off: give a key",
    },
    "pseudonym_key_short": {
        "id": "kunci pseudonim dari {source} hanya {length} bita; perlu paling sedikit {minimum} bita, karena kunci "
        "pendek dapat ditebak dari satu NIP dan pseudonimnya. Buat kunci acak dengan `asn-skills keygen -o "
        "kunci.txt` lalu berikan --pseudonymize-key-file kunci.txt",
        "en": "the pseudonym key from {source} has only {length} bytes; it needs at least {minimum} bytes, since a "
        "short key can be guessed from one NIP and its pseudonym. Make a random key with `asn-skills keygen -o "
        "kunci.txt` and give --pseudonymize-key-file kunci.txt",
    },
    "output_exists": {
        "id": "{file} sudah ada dan tidak ditimpa (kunci lama diperlukan agar pseudonim tetap sama); pilih nama lain "
        "atau hapus dulu berkasnya",
        "en": "{file} already exists and is not replaced (an old key is needed to reproduce its pseudonyms); choose "
        "another name or delete that file first",
    },
    "pseudonym_key_missing": {
        "id": "--pseudonymize tanpa kunci: berikan --pseudonymize-key-file BERKAS atau atur {variable}",
        "en": "--pseudonymize without a key: give --pseudonymize-key-file FILE or set {variable}",
    },
    "input_not_regular": {
        "id": "{file} bukan berkas biasa (perangkat, pipa bernama atau folder); berikan sebuah berkas",
        "en": "{file} is not a regular file (a device, FIFO or folder); give a file",
    },
    "input_too_large": {
        "id": "{file} lebih besar dari {limit}; ini bukan berkas yang diharapkan",
        "en": "{file} is larger than {limit}; this is not the file expected here",
    },
    "no_rows": {
        "id": "{file} hanya berisi judul kolom, tanpa baris jawaban",
        "en": "{file} holds only a header, no answer rows",
    },
    "no_question_columns": {
        "id": "tidak ada kolom {file} yang cocok dengan pertanyaan {questionnaire}; periksa -q atau beri --columns",
        "en": "no column of {file} matches a question of {questionnaire}; check -q or give --columns",
    },
    # Deploying a questionnaire to a survey tool
    "deploy_identity": {"id": "Identitas", "en": "Identity"},
    "deploy_nip": {"id": "NIP", "en": "NIP"},
    "deploy_nip_hint": {"id": "18 angka, tanpa spasi", "en": "18 digits, no spaces"},
    "deploy_nip_invalid": {
        "id": "NIP harus 18 angka tanpa spasi",
        "en": "The NIP must be 18 digits without spaces",
    },
    "deploy_name": {"id": "Nama lengkap", "en": "Full name"},
    "deploy_unit": {"id": "Unit kerja", "en": "Work unit"},
    "deploy_role": {"id": "Jabatan", "en": "Position"},
    "deploy_multi_hint": {"id": "Pilih semua yang sesuai.", "en": "Choose all that apply."},
    "deploy_none_alone": {
        "id": "“{none}” tidak dapat dipilih bersama pilihan lain.",
        "en": "“{none}” cannot be ticked together with other options.",
    },
    "xlsform_reserved_name": {
        "id": "id pertanyaan `{question}` dipakai XLSForm untuk metadata formulir; ganti id pertanyaan itu",
        "en": "question id `{question}` is reserved by XLSForm for form metadata; rename the question",
    },
    "xlsform_ids_differ_in_case": {
        "id": "id pertanyaan `{first}` dan `{second}` hanya berbeda huruf besar/kecil, yang bagi XLSForm dan "
        "KoboToolbox sama; ganti salah satunya",
        "en": "question ids `{first}` and `{second}` differ only in upper/lower case, which XLSForm and "
        "KoboToolbox treat as one; rename one of them",
    },
    "xlsform_choice_name": {
        "id": "pilihan ke-{number} pertanyaan {question} tidak bisa menjadi nama pilihan XLSForm: nilainya "
        '"{value}" berisi spasi dan tidak ada `code` tanpa spasi; beri pilihan itu `code` tanpa spasi',
        "en": 'option {number} of question {question} cannot be an XLSForm choice name: its value "{value}" '
        "holds a space and it has no `code` without one; give the option a `code` without spaces",
    },
    "xlsform_choice_names_clash": {
        "id": 'dua pilihan pertanyaan {question} akan bernama sama ("{name}") di XLSForm; ubah `value` atau '
        "`code` salah satunya",
        "en": 'two options of question {question} would have the same XLSForm name ("{name}"); change the '
        "`value` or `code` of one of them",
    },
    "xlsform_reference": {
        "id": 'teks {where} berisi "${{", yang dibaca XLSForm sebagai rujukan ke pertanyaan lain; hapus atau '
        "ganti tanda itu",
        "en": 'the text of {where} holds "${{", which XLSForm reads as a reference to another question; '
        "remove or change it",
    },
    "xlsform_control_character": {
        "id": "teks {where} berisi karakter kendali {code} yang tidak bisa disimpan di formulir XLSForm; hapus "
        "karakter itu",
        "en": "the text of {where} holds the control character {code}, which an XLSForm cannot hold; remove it",
    },
    "target_xlsform": {
        "id": 'XLSForm untuk KoboToolbox/ODK: di KoboToolbox pilih "New" → "Upload an XLSForm", lalu "Deploy"',
        "en": "XLSForm for KoboToolbox/ODK: in KoboToolbox choose New → Upload an XLSForm, then Deploy",
    },
    "target_excel": {
        "id": "templat Excel untuk entri data luring: satu baris per pegawai, isi dari daftar pilihan, lalu "
        "`asn-skills score`",
        "en": "Excel template for offline data entry: one row per employee, pick from the dropdowns, then "
        "`asn-skills score`",
    },
    "target_markdown": {
        "id": "versi kertas (Markdown) untuk dicetak",
        "en": "paper version (Markdown) to print",
    },
    "target_limesurvey": {
        "id": 'struktur survei LimeSurvey (versi 4 ke atas): di LimeSurvey pilih "Create survey" → "Import", lalu '
        "aktifkan",
        "en": "LimeSurvey survey structure (version 4 on): in LimeSurvey choose Create survey → Import, then "
        "activate it",
    },
    "target_apps_script": {
        "id": 'Google Apps Script: di script.google.com buat "Proyek baru", tempel isinya, lalu jalankan `buildForm`',
        "en": "Google Apps Script: at script.google.com make a New project, paste it in, then Run buildForm",
    },
    "target_html": {
        "id": "versi kertas (HTML) untuk dicetak dari peramban pada kertas A4",
        "en": "paper version (HTML) to print from a browser on A4",
    },
    # Excel template
    "deploy_ticked": {"id": "Ya", "en": "Yes"},
    "deploy_not_ticked": {"id": "Tidak", "en": "No"},
    "template_answers_sheet": {"id": "Jawaban", "en": "Answers"},
    "template_readme_sheet": {"id": "Petunjuk", "en": "Read me"},
    "template_readme_title": {"id": "Cara mengisi templat ini", "en": "How to fill in this template"},
    "template_step_rows": {
        "id": '1. Isi satu baris per pegawai di lembar "{sheet}", mulai baris 2. Jangan ubah baris judul.',
        "en": '1. Fill in one row per employee on the "{sheet}" sheet, from row 2. Do not change the heading row.',
    },
    "template_step_nip": {
        "id": "2. Ketik NIP 18 angka tanpa spasi; kolom NIP berformat Teks agar Excel tidak membulatkannya.",
        "en": "2. Type the 18-digit NIP without spaces; the NIP column is formatted as Text so Excel cannot round it.",
    },
    "template_step_answers": {
        "id": "3. Untuk tiap pertanyaan pilih jawaban dari daftar pilihan sel (panah di kanan sel). Judul kolom "
        "adalah id pertanyaan; teks pertanyaan ada di tabel di bawah dan di komentar judul kolom.",
        "en": "3. For each question pick the answer from the cell's dropdown (the arrow at its right). Column "
        "headings are question ids; the question texts are in the table below and in the heading comments.",
    },
    "template_step_multi": {
        "id": "4. Pertanyaan jawaban ganda (boleh lebih dari satu) punya satu kolom per pilihan, "
        'ID[pilihan]: pilih "{ticked}" untuk setiap pilihan yang dicentang, biarkan kosong yang lain. '
        'Kolom terakhirnya ("Tidak ada yang benar"): "{ticked}" bila ia menjawab tidak ada yang benar (skor 0).',
        "en": '4. Questions with several answers have one column per option, ID[option]: pick "{ticked}" '
        "for every option chosen and leave the others empty. "
        'Column ID[none] ("None of these"): "{ticked}" when the answer was that none is right (scores 0).',
    },
    "template_step_save": {
        "id": '5. Simpan sebagai .xlsx (lembar "{sheet}" harus tetap yang pertama) atau sebagai "CSV UTF-8", '
        "lalu jalankan: asn-skills score jawaban.xlsx -q {questionnaire} -o hasil.csv",
        "en": '5. Save as .xlsx (keep the "{sheet}" sheet first) or as "CSV UTF-8", then run: '
        "asn-skills score answers.xlsx -q {questionnaire} -o results.csv",
    },
    "template_column": {"id": "Kolom", "en": "Column"},
    "template_question": {"id": "Pertanyaan", "en": "Question"},
    "template_options": {"id": "Pilihan jawaban", "en": "Answer options"},
    "template_pick_from_list": {
        "id": "Pilih salah satu isi daftar (panah di kanan sel).",
        "en": "Pick one of the list's entries (the arrow at the cell's right).",
    },
    "template_heading_ambiguous": {
        "id": 'judul kolom templat "{heading}" akan dibaca `score` sebagai kolom lain (mis. id pertanyaan yang '
        "sama dengan NIP atau Nama); ganti id pertanyaan itu",
        "en": 'the template heading "{heading}" would be read by `score` as another column (e.g. a question id '
        "that is NIP or Name); rename that question",
    },
    # Paper version
    "paper_instructions": {
        "id": 'Lingkari nomor jawaban Anda. Satu jawaban per pertanyaan, kecuali tertulis "pilih semua yang sesuai".',
        "en": 'Circle the number of your answer. One answer per question, unless it says "choose all that apply".',
    },
    "paper_role_hint": {"id": "lingkari satu", "en": "circle one"},
    "paper_footer": {
        "id": "{id} versi {version}. Jawaban dimasukkan ke templat Excel atau ke asn-skills assess dengan nomor "
        "yang sama.",
        "en": "{id} version {version}. Answers are entered in the Excel template or in asn-skills assess with the "
        "same numbers.",
    },
    # Agency files
    # privacy notice (UU 27/2022) on every form and in assess
    "privacy_title": {"id": "Pemberitahuan pelindungan data pribadi", "en": "Privacy notice"},
    "privacy_controller": {
        "id": "Pengendali data: {controller}.",
        "en": "Data controller: {controller}.",
    },
    "privacy_controller_unnamed": {
        "id": "instansi yang menyelenggarakan penilaian ini",
        "en": "the agency that runs this assessment",
    },
    "privacy_purpose": {
        "id": "Tujuan: mengukur kompetensi digital Anda untuk merencanakan pengembangan kompetensi dan pelatihan. "
        'Hasilnya bukan penilaian kinerja; tanda "perlu pelatihan" adalah rekomendasi yang ditinjau atasan atau '
        "pengelola SDM, bukan keputusan otomatis.",
        "en": "Purpose: to measure your digital competence so that competence development and training can be "
        'planned. The result is not a performance appraisal; a "needs training" flag is a recommendation that a '
        "supervisor or HR officer reviews, never an automated decision.",
    },
    "privacy_collected": {
        "id": "Data yang dikumpulkan: NIP, nama, unit kerja, jabatan, jawaban Anda, waktu pengisian, dan skor yang "
        "dihitung dari jawaban itu.",
        "en": "What is collected: your NIP, name, work unit, position, your answers, when you answered, and the "
        "scores computed from them.",
    },
    "privacy_retention": {"id": "Masa simpan: {retention}.", "en": "How long it is kept: {retention}."},
    "privacy_retention_default": {
        "id": "selama diperlukan untuk perencanaan pengembangan kompetensi, sesuai jadwal retensi arsip instansi, "
        "lalu dihapus",
        "en": "as long as competence development planning needs it, following the agency's records retention "
        "schedule, then erased",
    },
    "privacy_access": {
        "id": "Yang dapat melihat: pengelola SDM dan pengembangan kompetensi instansi serta atasan Anda. Laporan "
        "per unit hanya memuat angka kelompok, tidak untuk kelompok kurang dari {minimum} orang.",
        "en": "Who sees it: the agency's HR and competence development staff and your supervisor. Reports per unit "
        "show group figures only, and none for groups of fewer than {minimum}.",
    },
    "privacy_rights": {
        "id": "Hak Anda menurut UU 27/2022: mendapat informasi tentang pemrosesan ini, melihat dan memperoleh "
        "salinan data Anda, membetulkan data yang keliru, meminta penghapusan, menarik persetujuan, dan keberatan "
        "atas keputusan yang hanya didasarkan pada pemrosesan otomatis.",
        "en": "Your rights under UU 27/2022 (Indonesia's personal data protection law): to be told about this "
        "processing, to see and get a copy of your data, to have wrong data corrected, to ask for erasure, to "
        "withdraw your consent, and to object to decisions based on automated processing alone.",
    },
    "privacy_contact": {
        "id": "Untuk pertanyaan dan permintaan tentang data Anda, hubungi: {contact}.",
        "en": "For questions and requests about your data, contact: {contact}.",
    },
    "privacy_consent": {
        "id": "Dengan mengisi dan mengirim jawaban, Anda menyetujui pemrosesan data tersebut untuk tujuan di atas.",
        "en": "By filling in and sending your answers you consent to this processing for the purpose above.",
    },
    "agency_file_missing": {"id": "berkas instansi {file} tidak ditemukan", "en": "agency file {file} not found"},
    "agency_no_table": {
        "id": "berkas instansi {file} tidak punya tabel `[agency]`; tambahkan baris `[agency]` dan di bawahnya "
        '`name = "BKPSDM Kabupaten X"`',
        "en": 'agency file {file} has no `[agency]` table; add a line `[agency]` with `name = "BKPSDM Kabupaten X"` '
        "below it",
    },
    "agency_no_name": {
        "id": 'berkas instansi {file}: `[agency]` perlu nama instansi, mis. `name = "BKPSDM Kabupaten X"`',
        "en": 'agency file {file}: `[agency]` needs the agency\'s name, e.g. `name = "BKPSDM Kabupaten X"`',
    },
    "agency_not_text": {
        "id": 'berkas instansi {file}: `{field}` harus teks dalam tanda kutip, mis. `{name} = "..."`',
        "en": 'agency file {file}: `{field}` must be text in quotes, e.g. `{name} = "..."`',
    },
    "agency_not_table": {
        "id": "berkas instansi {file}: `{field}` harus berupa tabel; tulis `[{field}]` pada barisnya sendiri",
        "en": "agency file {file}: `{field}` must be a table; write `[{field}]` on a line of its own",
    },
    "agency_capacity": {
        "id": "berkas instansi {file}: `plan.quarter_capacity` harus bilangan bulat kelas, 1 atau lebih, "
        "mis. `quarter_capacity = 6`",
        "en": "agency file {file}: `plan.quarter_capacity` must be a whole number of classes, 1 or more, "
        "e.g. `quarter_capacity = 6`",
    },
    "agency_cost_form": {
        "id": "berkas instansi {file}: biaya `{course}` di `[plan.costs]` ditulis sebagai tabel, "
        "mis. `{course} = {{ per_participant = 750000 }}`",
        "en": "agency file {file}: the cost of `{course}` in `[plan.costs]` is written as a table, "
        "e.g. `{course} = {{ per_participant = 750000 }}`",
    },
    "agency_cost_amount": {
        "id": "berkas instansi {file}: `{field}` harus angka rupiah, 0 atau lebih, tanpa titik ribuan (mis. `750000`)",
        "en": "agency file {file}: `{field}` must be a number of rupiah, 0 or more, without thousands "
        "separators (e.g. `750000`)",
    },
    "settings_unreadable": {
        "id": "{file} tidak dapat dibaca ({reason}); periksa izin aksesnya",
        "en": "cannot read {file} ({reason}); check its permissions",
    },
    "settings_not_utf8": {
        "id": "{file}: berkas bukan UTF-8; simpan ulang sebagai UTF-8 (Notepad: Simpan sebagai, Pengodean UTF-8)",
        "en": "{file}: the file is not UTF-8; save it again as UTF-8 (Notepad: Save as, Encoding UTF-8)",
    },
    "settings_syntax": {
        "id": "{file}: sintaks TOML salah ({reason}); perbaiki baris ini",
        "en": "{file}: TOML syntax error ({reason}); fix this line",
    },
    "settings_too_deep": {
        "id": "{file}: tabel bersarang terlalu dalam; ini bukan berkas pengaturan: berikan berkas .toml yang "
        "ditulis seperti contoh di README (tabel `[agency]`, `[plan]`, `[[units]]`)",
        "en": "{file}: tables nested too deeply; this is not a settings file: give a .toml file written like the "
        "README's example (tables `[agency]`, `[plan]`, `[[units]]`)",
    },
    "agency_unknown_key": {
        "id": "berkas instansi {file}: kunci `{name}` tidak dikenal; yang dikenal: {known}",
        "en": "agency file {file}: unknown key `{name}`; known keys: {known}",
    },
    # Deploying to survey tools
    "limesurvey_question_code": {
        "id": "pertanyaan `{question}`: id ini tidak bisa menjadi kode pertanyaan LimeSurvey (huruf, lalu huruf "
        "atau angka, paling banyak 20); ganti id-nya, misalnya `{suggestion}`",
        "en": "question `{question}`: this id cannot be a LimeSurvey question code (a letter, then letters or "
        "digits, at most 20); rename it, e.g. `{suggestion}`",
    },
    "limesurvey_reserved_code": {
        "id": "pertanyaan `{question}`: LimeSurvey memakai kode ini sendiri (atau untuk pertanyaan identitas); "
        "ganti id-nya",
        "en": "question `{question}`: LimeSurvey keeps this code for itself (or for an identity question); "
        "rename the question",
    },
    "limesurvey_codes_partial": {
        "id": "pertanyaan `{question}`: sebagian opsi punya `code` dan sebagian tidak; beri semua opsi `code`, "
        "atau hapus semuanya",
        "en": "question `{question}`: some options have a `code` and some do not; give every option a `code`, or none",
    },
    "limesurvey_option_code": {
        "id": "pertanyaan `{question}`: `code` opsi `{code}` tidak bisa menjadi kode jawaban LimeSurvey (1 sampai "
        "{limit} huruf atau angka); ubah atau hapus",
        "en": "question `{question}`: option `code` `{code}` cannot be a LimeSurvey answer code (1 to {limit} "
        "letters or digits); change or remove it",
    },
    # Importing survey structures
    "import_missing": {
        "id": "{file} tidak ditemukan; periksa nama dan foldernya",
        "en": "{file} not found; check its name and folder",
    },
    "import_unreadable": {
        "id": "{file} tidak dapat dibaca ({reason}); periksa izin aksesnya",
        "en": "cannot read {file} ({reason}); check its permissions",
    },
    "import_unknown_format": {
        "id": "{file} bukan struktur survei yang dikenal; berikan .lss atau .txt dari LimeSurvey, atau XLSForm .xlsx",
        "en": "{file} is not a known survey structure; give a LimeSurvey .lss or .txt, or an XLSForm .xlsx",
    },
    "import_xml_entities": {
        "id": "{file} memuat DTD atau entitas XML, yang tidak pernah ada di .lss LimeSurvey (dan bisa membengkakkan "
        'atau membaca berkas lain); ekspor ulang dari LimeSurvey sebagai "Survey structure (.lss)"',
        "en": "{file} declares a DTD or XML entities, which a LimeSurvey .lss never does (they can blow it up or read "
        'other files); export it again from LimeSurvey as "Survey structure (.lss)"',
    },
    "import_not_xml": {
        "id": '{file} bukan XML yang utuh ({reason}); ekspor ulang dari LimeSurvey sebagai "Survey structure (.lss)"',
        "en": '{file} is not well-formed XML ({reason}); export it again from LimeSurvey as "Survey structure (.lss)"',
    },
    "import_not_lss": {
        "id": '{file} bukan struktur survei LimeSurvey (`LimeSurveyDocType` `Survey`); ekspor "Survey structure '
        '(.lss)", bukan grup, pertanyaan atau jawaban',
        "en": '{file} is not a LimeSurvey survey structure (LimeSurveyDocType Survey); export "Survey structure '
        '(.lss)", not a group, question or responses',
    },
    "import_tsv_broken": {
        "id": "{file} tidak dapat dibaca sebagai .txt bertab ({reason}); ekspor ulang dari LimeSurvey",
        "en": "{file} cannot be read as a tab-separated .txt ({reason}); export it again from LimeSurvey",
    },
    "import_not_tsv": {
        "id": "{file}: baris pertama tidak punya kolom `class`; ini bukan struktur .txt LimeSurvey (ekspor "
        '"Tab-separated-values format (*.txt)")',
        "en": "{file}: the first row has no `class` column; this is not a LimeSurvey .txt structure (export "
        '"Tab-separated-values format (*.txt)")',
    },
    "import_question_type": {
        "id": "{file}: {where} bertipe LimeSurvey `{kind}` yang tidak bisa dinilai; hapus dari struktur atau "
        "ubah menjadi daftar (L), pilihan ganda (M) atau larik (F)",
        "en": "{file}: {where} is of LimeSurvey type `{kind}`, which cannot be scored; delete it from the "
        "structure or make it a list (L), multiple choice (M) or array (F)",
    },
    "import_too_few_options": {
        "id": "{file}: {where} punya kurang dari dua opsi jawaban; tambahkan opsinya atau hapus pertanyaannya",
        "en": "{file}: {where} has fewer than two answer options; add its options or delete the question",
    },
    "import_no_questions": {
        "id": "{file} tidak berisi pertanyaan yang bisa dinilai (daftar, pilihan ganda atau `select_one`)",
        "en": "{file} holds no question that can be scored (lists, multiple choice or select_one)",
    },
    "apps_script_header": {
        "id": "{title}: skrip ini membuat kuesioner sebagai formulir Google Forms.\n"
        'script.google.com > "Proyek baru" ("New project") > tempel seluruh berkas ini menggantikan isi yang\n'
        'kosong > pilih `buildForm` > "Jalankan" ("Run") > izinkan akses (pada layar "Google belum\n'
        'memverifikasi aplikasi ini" pilih "Lanjutan" lalu "Buka ..."). Catatan eksekusi lalu menampilkan\n'
        "tautan formulir. Jangan ubah judul dan pilihan:\n"
        "`asn-skills score` membaca CSV tanggapan berdasarkan itu.\n"
        "Kuesioner {id} versi {version}.",
        "en": "{title}: builds this questionnaire as a Google Form.\n"
        "script.google.com > New project > paste this file over the empty one > choose buildForm > Run >\n"
        'allow access (on the "Google hasn\'t verified this app" screen choose Advanced, then Go to ...).\n'
        "The execution log then shows the form's links. Keep the titles and choices as they are:\n"
        "`asn-skills score` reads the responses' CSV by them.\n"
        "Questionnaire {id} version {version}.",
    },
    "apps_script_edit": {"id": "Sunting formulir:", "en": "Edit the form:"},
    "apps_script_respondents": {"id": "Tautan untuk responden:", "en": "Link for respondents:"},
    "draft_header": {
        "id": "Draf dibaca oleh `asn-skills questionnaires import` dari {source}.\nLengkapi setiap TODO, lalu "
        "jalankan `asn-skills questionnaires validate` pada berkas ini sampai tidak ada\nmasalah lagi. Id "
        "pertanyaan dan kode pilihan adalah yang diekspor alat survei: jangan diubah.",
        "en": "Draft read by `asn-skills questionnaires import` from {source}.\nFill in every TODO, then run "
        "`asn-skills questionnaires validate` on this file until it reports\nno problem. The question ids and "
        "option codes are the ones the survey tool exports: keep them.",
    },
    "draft_levels": {
        "id": "TODO level: batas bawah tiap level pada skor ranah 0-100, dari yang terendah; yang pertama "
        "min = 0. Contoh:",
        "en": "TODO levels: bands on the 0-100 area score, ascending, the first at min = 0. For example:",
    },
    "draft_roles": {
        "id": "TODO jabatan: level yang disyaratkan tiap jabatan di setiap ranah; tepat satu jabatan menjadi bawaan "
        "(`default = true`).",
        "en": "TODO roles: the level each position requires in every area; exactly one role is the default.",
    },
    "draft_multi": {
        "id": "TODO tandai setiap pilihan yang benar dengan `correct = true`",
        "en": "TODO mark every right option `correct = true`",
    },
    "draft_single": {
        "id": 'TODO atau "likert", atau "choice" dengan pilihan yang benar `correct = true`',
        "en": 'TODO or "likert", or "choice" with the right option `correct = true`',
    },
    "draft_trainings": {
        "id": "TODO pelatihan (boleh tidak diisi): katalog asal rekomendasi pelatihan. Contoh:",
        "en": "TODO trainings (optional): the course catalogue recommendations come from. For example:",
    },
    "import_xlsform_sheets": {
        "id": "{file} bukan XLSForm: XLSForm butuh lembar `survey` dan `choices` (yang ada {found}); berikan "
        "XLSForm asal formulirnya, sedangkan berkas jawaban dinilai dengan `asn-skills score`",
        "en": "{file} is not an XLSForm: an XLSForm needs the sheets `survey` and `choices` (found {found}); give the "
        "XLSForm the form was built from; a file of answers is scored with `asn-skills score`",
    },
    "import_xlsform_type": {
        "id": "{file}: lembar `survey` baris {row}: `{name}` bertipe `{kind}` yang tidak bisa dinilai; hapus "
        "barisnya atau jadikan `select_one` / `select_multiple`",
        "en": "{file}: survey sheet row {row}: `{name}` is of type `{kind}`, which cannot be scored; delete "
        "the row or make it select_one / select_multiple",
    },
    "import_xlsform_choices": {
        "id": "{file}: lembar `survey` baris {row}: `{name}` memakai daftar `{list}` yang punya kurang dari dua "
        "pilihan di lembar `choices`; tambahkan pilihannya",
        "en": "{file}: survey sheet row {row}: `{name}` uses the list `{list}`, which has fewer than two "
        "choices on the choices sheet; add them",
    },
    # Column maps
    "column_map_missing": {"id": "peta kolom {file} tidak ditemukan", "en": "column map {file} not found"},
    "column_map_not_texts": {
        "id": 'peta kolom {file}: `[{section}]` harus memetakan nama ke judul kolom, mis. `KAM01 = "Judul kolom"`',
        "en": 'column map {file}: `[{section}]` must map names to column headers, e.g. `KAM01 = "Column header"`',
    },
    "column_map_unknown_identity": {
        "id": "peta kolom {file}: kolom identitas `{field}` tidak dikenal; yang dikenal: {known}",
        "en": "column map {file}: unknown identity field `{field}`; known: {known}",
    },
    "column_map_unknown_section": {
        "id": "peta kolom {file}: bagian `[{section}]` tidak dikenal; yang dikenal: `[questions]`, `[identity]`, "
        "`[roles]`",
        "en": "column map {file}: unknown section `[{section}]`; known: `[questions]`, `[identity]`, `[roles]`",
    },
    "column_map_unknown_role": {
        "id": "peta kolom memetakan ke jabatan `{role}` yang tidak ada; jabatan yang ada: {known}",
        "en": "the column map maps to role `{role}`, which does not exist; known roles: {known}",
    },
    "column_map_unknown_question": {
        "id": "peta kolom menyebut pertanyaan `{question}` yang tidak ada dalam kuesioner",
        "en": "the column map names question `{question}`, which is not in the questionnaire",
    },
    # Which round a report reads when --round is not given (said on stderr)
    "round_latest_chosen": {
        "id": "Putaran: {round} (yang terbaru menurut waktu pengisian; pilih yang lain dengan --round)",
        "en": "Round: {round} (the latest by when it was answered; choose another with --round)",
    },
    # Which questionnaire a report reads (said on stderr)
    "instrument_only": {
        "id": "Kuesioner: {id} (satu-satunya di penyimpanan; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (the only one in the store; choose another with -q)",
    },
    "instrument_of_rounds": {
        "id": "Kuesioner: {id} (yang ada di putaran {rounds}; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (the one in round {rounds}; choose another with -q)",
    },
    "instrument_latest": {
        "id": "Kuesioner: {id}, yang terakhir disimpan (penyimpanan juga berisi {others}; pilih dengan -q)",
        "en": "Questionnaire: {id}, the most recently stored (the store also holds {others}; choose with -q)",
    },
    "instrument_from_file": {
        "id": "Kuesioner: {id} (sesuai area di {file}; pilih yang lain dengan -q)",
        "en": "Questionnaire: {id} (matches the areas in {file}; choose another with -q)",
    },
    "instrument_of_person": {
        "id": "Kuesioner: {id}, yang terakhir dinilai untuk NIP ini (ada juga {others}; pilih dengan -q)",
        "en": "Questionnaire: {id}, the latest this NIP was assessed with (also {others}; choose with -q)",
    },
    # Reports
    "report_one_view": {
        "id": "pilih salah satu: --units, --flagged, --items, --compare atau --persons",
        "en": "choose one of --units, --flagged, --items, --compare or --persons",
    },
    "store_no_results": {
        "id": "belum ada hasil {questionnaire} di {path}; jalankan `score --store` atau `assess` dulu, "
        "atau pakai --from BERKAS",
        "en": "no results of {questionnaire} in {path} yet; run `score --store` or `assess` first, or use --from FILE",
    },
    "store_empty": {
        "id": "belum ada hasil di {path}; jalankan `score --store` atau `assess` dulu, atau pakai --from BERKAS",
        "en": "no results in {path} yet; run `score --store` or `assess` first, or use --from FILE",
    },
    "round_unknown": {
        "id": "putaran `{round}` tidak ada; putaran yang ada: {known}",
        "en": "round `{round}` does not exist; known rounds: {known}",
    },
    "results_file_kind": {
        "id": "{file}: berkas hasil harus .jsonl, .json, .csv, atau .xlsx dari `asn-skills score`",
        "en": "{file}: a results file must be .jsonl, .json, .csv or .xlsx from `asn-skills score`",
    },
    "results_record_domain": {
        "id": "{file}: hasil ke-{number} tidak memuat ranah {domain}; apakah berkas ini dari kuesioner lain (-q)?",
        "en": "{file}: result {number} has no domain {domain}; is the file from another questionnaire (-q)?",
    },
    "results_record_field": {
        "id": "{file}: hasil ke-{number}: `{field}` = {value} bukan nilai yang sah; buat ulang berkas dengan "
        "`asn-skills score`",
        "en": "{file}: result {number}: `{field}` = {value} is not a valid value; write the file again with "
        "`asn-skills score`",
    },
    "results_value_empty": {
        "id": "(kosong)",
        "en": "(empty)",
    },
    "results_file_invalid": {
        "id": "{file} bukan berkas hasil `asn-skills score` ({reason})",
        "en": "{file} is not a results file from `asn-skills score` ({reason})",
    },
    "results_not_records": {
        "id": "{file} bukan berkas hasil `asn-skills score`: isinya bukan daftar hasil penilaian; berikan berkas "
        "yang ditulis `asn-skills score -o`",
        "en": "{file} is not a results file from `asn-skills score`: it holds no list of assessment results; give a "
        "file written by `asn-skills score -o`",
    },
    "results_too_deep": {
        "id": "{file} bukan berkas hasil `asn-skills score`: datanya bersarang terlalu dalam; berikan berkas yang "
        "ditulis `asn-skills score -o`",
        "en": "{file} is not a results file from `asn-skills score`: its data is nested too deeply; give a file "
        "written by `asn-skills score -o`",
    },
    "results_csv_delimiter": {
        "id": "{file} bukan berkas hasil `asn-skills score`: kolomnya dipisah `{delimiter}`, bukan koma (mungkin "
        "disimpan ulang oleh Excel); berikan berkas asli dari `asn-skills score -o`",
        "en": "{file} is not a results file from `asn-skills score`: its columns are separated by `{delimiter}`, not "
        "commas (perhaps saved again by Excel); give the file `asn-skills score -o` wrote",
    },
    "results_not_utf8": {
        "id": "{file} bukan berkas hasil `asn-skills score`: berkas ini bukan UTF-8 (mungkin disimpan ulang oleh "
        "Excel); berikan berkas asli dari `asn-skills score -o`",
        "en": "{file} is not a results file from `asn-skills score`: the file is not UTF-8 (perhaps saved again by "
        "Excel); give the file `asn-skills score -o` wrote",
    },
    "results_no_header": {
        "id": "{file} bukan berkas hasil `asn-skills score`: tidak ada baris judul kolom yang diawali `nip` di "
        "{rows:n} baris pertama lembar pertama",
        "en": "{file} is not a results file from `asn-skills score`: no row of column names starting with `nip` in "
        "the first {rows:n} rows of the first sheet",
    },
    # Results files and rounds scored with another version of the questionnaire
    "results_other_version": {
        "id": "{file} dinilai dengan {scored}, sedangkan kuesioner yang dipakai {using}: level, tanda pelatihan dan "
        "rekomendasi tetap seperti saat dinilai; judul, JP dan jumlah kelas pelatihan diambil dari kuesioner yang "
        "dipakai",
        "en": "{file} was scored with {scored}, the questionnaire in use is {using}: levels, flags and "
        "recommendations are as scored; course titles, JP and classes come from the questionnaire in use",
    },
    "results_other_version_gaps": {
        "id": "{file} dinilai dengan {scored}, sedangkan kuesioner yang dipakai {using}: level, tanda pelatihan dan "
        "rekomendasi tetap seperti saat dinilai; kesenjangan per area dihitung ulang dengan level yang dibutuhkan "
        "jabatan saat ini (berkas tidak memuatnya), judul, JP dan jumlah kelas pelatihan diambil dari kuesioner "
        "yang dipakai",
        "en": "{file} was scored with {scored}, the questionnaire in use is {using}: levels, flags and "
        "recommendations are as scored; the gaps per area are recomputed from today's role requirements (the file "
        "does not hold them), course titles, JP and classes come from the questionnaire in use",
    },
    "results_no_instrument": {
        "id": "{file} tidak menyebut versi kuesioner yang menilainya (ditulis versi lama asn-skills); dibaca "
        "seperti dinilai dengan {using}",
        "en": "{file} does not say which questionnaire version scored it (written by an older asn-skills); read as "
        "scored with {using}",
    },
    "round_other_version": {
        "id": "putaran {round} dinilai dengan {id} versi {versions}, sedangkan kuesioner yang dipakai versi "
        "{version}: level, tanda pelatihan dan rekomendasi tetap seperti saat dinilai; judul, JP dan jumlah kelas "
        "pelatihan diambil dari versi {version}",
        "en": "round {round} was scored with {id} version {versions}, the questionnaire in use is version {version}: "
        "levels, flags and recommendations are as scored; course titles, JP and classes come from version {version}",
    },
    "results_file_other_instrument": {
        "id": "{file} berisi hasil kuesioner lain: areanya seperti `{like}`, bukan `{expected}`; pakai -q {like}",
        "en": "{file} holds results of another questionnaire: its areas look like `{like}`, not `{expected}`; "
        "use -q {like}",
    },
    "results_file_instrument_unknown": {
        "id": "area di {file} ({domains}) tidak cocok dengan kuesioner bawaan mana pun; beri berkas kuesionernya "
        "dengan -q BERKAS.toml",
        "en": "the areas in {file} ({domains}) match no bundled questionnaire; give its questionnaire file with "
        "-q FILE.toml",
    },
    "instrument_needs_file": {
        "id": "penyimpanan berisi hasil kuesioner `{id}`, tetapi bukan kuesioner bawaan; beri berkasnya dengan "
        "-q BERKAS.toml",
        "en": "the store holds results of questionnaire `{id}`, which is not bundled; give its file with -q FILE.toml",
    },
    "nip_not_with_instrument": {
        "id": "NIP ini tidak pernah dinilai dengan kuesioner `{id}`; kuesionernya: {known}",
        "en": "this NIP was never assessed with questionnaire `{id}`; its questionnaires: {known}",
    },
    # did you mean
    "unit_not_in_results": {
        "id": "tidak ada hasil untuk unit `{unit}`; mungkin maksudnya: {close}. Unit yang ada: {known}",
        "en": "no results for the unit `{unit}`; did you mean: {close}? The units: {known}",
    },
    "role_not_in_questionnaire": {
        "id": "jabatan `{role}` tidak ada di kuesioner; mungkin maksudnya: {close}. Jabatan yang ada: {known}",
        "en": "the questionnaire has no role `{role}`; did you mean: {close}? The roles: {known}",
    },
    "questionnaire_not_found_close": {
        "id": "kuesioner `{name}` tidak ditemukan; mungkin maksudnya: {close}. Beri path berkas .toml atau salah "
        "satu id: {known}",
        "en": "questionnaire `{name}` not found; did you mean: {close}? Give a .toml file path or one of the ids: "
        "{known}",
    },
    "nothing_selected": {
        "id": "tidak ada hasil yang cocok dengan pilihan (--unit, --role, --nip)",
        "en": "no results match the selection (--unit, --role, --nip)",
    },
    "view_has_no_table": {
        "id": "tampilan ini tidak punya tabel untuk CSV (kelompok terlalu kecil untuk statistik); "
        "pakai --format json, markdown atau html",
        "en": "this view has no table for CSV (the group is too small for statistics); "
        "use --format json, markdown or html",
    },
    "items_need_store": {
        "id": "--items memerlukan jawaban mentah dari penyimpanan; jalankan tanpa --from",
        "en": "--items needs the raw answers in the store; run it without --from",
    },
    "nip_not_in_round": {
        "id": "NIP {nip} tidak ada di putaran {round}",
        "en": "NIP {nip} is not in round {round}",
    },
    # Store
    "store_disk_full": {
        "id": "penyimpanan {path} tidak dapat ditulis: disk penuh; kosongkan ruang lalu jalankan lagi (tidak ada yang "
        "berubah di penyimpanan)",
        "en": "cannot write the store {path}: the disk is full; free some space and run again (nothing in the store "
        "was changed)",
    },
    "store_unavailable": {
        "id": "penyimpanan {path} tidak dapat dibuka ({reason}); periksa path-nya atau pilih lain dengan --db",
        "en": "cannot open the store {path} ({reason}); check the path or choose another with --db",
    },
    "store_busy": {
        "id": "penyimpanan {path} masih dikunci program lain setelah {seconds} detik (asn-skills lain yang belum "
        'selesai, atau penampil basis data seperti "DB Browser for SQLite"): tutup program itu lalu jalankan lagi',
        "en": "the store {path} was still locked by another program after {seconds} seconds (another asn-skills "
        "run, or a database viewer such as DB Browser for SQLite): close that program and run again",
    },
    "store_missing": {
        "id": "belum ada penyimpanan di {path}; isi dengan `score --store` atau `assess`, atau pilih lain dengan --db",
        "en": "there is no store at {path} yet; fill one with `score --store` or `assess`, or choose another with --db",
    },
    "store_foreign": {
        "id": "{path} bukan penyimpanan asn-skills; berkas itu tidak diubah. Pilih penyimpanan lain dengan --db",
        "en": "{path} is not an asn-skills store; it was left untouched. Choose another store with --db",
    },
    "store_interrupted": {
        "id": "penyimpanan {path} terputus di tengah penulisan dan belum dipulihkan; perintah yang menulis "
        "memulihkannya, misalnya `asn-skills store vacuum`",
        "en": "the store {path} was interrupted in the middle of a write and not yet recovered; a writing "
        "command recovers it, for example `asn-skills store vacuum`",
    },
    "round_exists": {
        "id": "putaran `{round}` sudah ada; pilih nama lain, atau hapus dulu dengan `asn-skills store delete`",
        "en": "round `{round}` already exists; choose another name, or delete it first with `asn-skills store delete`",
    },
    "input_is_folder": {
        "id": "{file} adalah folder; berikan berkas CSV di dalamnya",
        "en": "{file} is a folder; give a CSV file in it",
    },
    "store_too_new": {
        "id": "penyimpanan {path} dibuat oleh versi asn-skills yang lebih baru (skema {found}, dikenal {known}); "
        "perbarui asn-skills",
        "en": "the store {path} was written by a newer asn-skills (schema {found}, this one knows {known}); "
        "upgrade asn-skills",
    },
    # NIP
    "nip_length": {
        "id": "NIP harus 18 angka (tanpa huruf); periksa kembali, atau pakai --no-nip-check untuk PPPK/honorer",
        "en": "a NIP has 18 digits (no letters); check it, or use --no-nip-check for PPPK or honorary staff",
    },
    "nip_birth_date": {
        "id": "8 angka pertama NIP bukan tanggal lahir yang masuk akal (TTTTBBHH)",
        "en": "the first 8 digits of the NIP are not a plausible birth date (YYYYMMDD)",
    },
    "nip_start_date": {
        "id": "angka ke-9 sampai 14 NIP (TMT CPNS, TTTTBB) harus setelah usia 18 dan tidak di masa depan",
        "en": "digits 9-14 of the NIP (start of service, YYYYMM) must be after age 18 and not in the future",
    },
    "nip_gender": {
        "id": "angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)",
        "en": "digit 15 of the NIP must be 1 (male) or 2 (female)",
    },
    "nip_rounded_by_excel": {
        "id": "NIP berakhir 000 karena Excel menyimpannya sebagai angka (hanya 15 digit yang tersimpan): format "
        "kolom NIP sebagai Teks lalu ekspor ulang",
        "en": "the NIP ends in 000 because Excel stored it as a number (only 15 digits survive): format the NIP "
        "column as Text and export again",
    },
    "nip_scientific": {
        "id": "NIP tertulis dalam notasi ilmiah (mis. 1,98609E+17): format kolom NIP sebagai Teks lalu ekspor ulang",
        "en": "the NIP is in scientific notation (e.g. 1.98609E+17): format the NIP column as Text and export again",
    },
    # Warnings in results
    "name_damaged": {
        "id": "sel nama di baris {line} berisi byte NUL (kerusakan berkas); byte itu dihapus",
        "en": "the name cell on line {line} held a NUL byte (file damage); it was removed",
    },
    "role_unknown": {
        "id": 'jabatan "{role}" tidak dikenal; memakai jabatan bawaan {default}',
        "en": 'unknown role "{role}"; the default role {default} was used',
    },
    "questions_not_in_export": {
        "id": "dinilai tanpa {count:n} pertanyaan yang tidak ada kolomnya di ekspor: {questions}",
        "en": "scored without {count:n} questions that have no column in the export: {questions}",
    },
    "role_column_missing": {
        "id": "ekspor tidak punya kolom jabatan; dibandingkan dengan jabatan bawaan {default}",
        "en": "the export has no role column; compared with the default role {default}",
    },
    "domain_unscored": {
        "id": "ranah {domain} tidak dinilai: baru {answered:n} dari {total:n} butir swanilai dijawab",
        "en": "domain {domain} not scored: only {answered:n} of {total:n} self-rating items answered",
    },
    # Knowledge items left blank
    "knowledge_blank": {
        "id": "{count:n} soal pengetahuan tidak dijawab dan dinilai 0",
        "en": "{count:n} knowledge questions left blank, scored 0",
    },
}
