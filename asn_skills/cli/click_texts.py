"""Typer's and Click's own words (usage line, help panels, usage errors) in the user's language.

The Click bundled with Typer has its texts in English and no translation hook, so the help panels take
their titles from Typer's settings, commands use the `LocalCommand`/`LocalGroup` classes below, and usage
errors are rewritten by `localise_usage_error` before Typer prints them.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from typer._click.exceptions import BadParameter
from typer.core import TyperArgument, TyperCommand, TyperGroup

from asn_skills.cli import texts
from asn_skills.errors import UsageProblem
from asn_skills.suggest import close_matches

HELP_PANELS = {
    "id": {
        "ARGUMENTS_PANEL_TITLE": "Argumen",
        "OPTIONS_PANEL_TITLE": "Opsi",
        "COMMANDS_PANEL_TITLE": "Perintah",
        "ERRORS_PANEL_TITLE": "Kesalahan",
        "DEFAULT_STRING": "[bawaan: {}]",
        "REQUIRED_LONG_STRING": "[wajib]",
        "ENVVAR_STRING": "[variabel lingkungan: {}]",
        "ABORTED_TEXT": "Dibatalkan.",
        "RICH_HELP": "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan.",
    },
}
WORDS = {
    "id": {
        "usage": "Penggunaan: ",
        "options": "[OPSI]",
        "command": "PERINTAH [ARG]...",
        "help": "Tampilkan bantuan ini lalu keluar.",
    },
    "en": {
        "usage": "Usage: ",
        "options": "[OPTIONS]",
        "command": "COMMAND [ARGS]...",
        "help": "Show this message and exit.",
    },
}
USAGE_ERRORS_ID = [
    (r"^No such option: (\S+)", r"Opsi tidak dikenal: \1"),
    (r"\(Possible options: (.+)\)$", r"(mungkin maksudnya: \1)"),
    (r"^No such command '(.+?)'\.", r"Perintah '\1' tidak dikenal."),
    (r"Did you mean (.+)\?$", r"Mungkin maksudnya \1?"),
    (r"^Missing command\.", "Perintah belum diberikan."),
    (r"^Missing argument '(.+?)'\.", r"Argumen '\1' belum diberikan."),
    (r"^Missing option '(.+?)'\.", r"Opsi '\1' wajib diberikan."),
    (r"^Missing parameter: (.+)", r"Parameter belum diberikan: \1"),
    (r"^Option '(.+?)' requires an argument\.", r"Opsi '\1' memerlukan nilai."),
    (r"^Option '(.+?)' requires (\d+) arguments\.", r"Opsi '\1' memerlukan \2 nilai."),
    (r"^Option '(.+?)' does not take a value\.", r"Opsi '\1' tidak menerima nilai."),
    (r"^Got unexpected extra argument\(s\) \((.+)\)", r"Argumen berlebih: \1"),
    (r"^Invalid value for (.+?): ", r"Nilai tidak sah untuk \1: "),
    (r"^Invalid value: ", "Nilai tidak sah: "),
    (r"Input should be greater than or equal to (\S+)", r"harus lebih besar dari atau sama dengan \1"),
    (r"Input should be less than or equal to (\S+)", r"harus lebih kecil dari atau sama dengan \1"),
    (r"Input should be greater than (\S+)", r"harus lebih besar dari \1"),
    (r"Input should be less than (\S+)", r"harus lebih kecil dari \1"),
    (r"Input should be a valid integer.*$", "harus bilangan bulat"),
    (r"Input should be a valid number.*$", "harus angka"),
    (r"(.+?) is not one of (.+?)\.(?= Did you mean| Mungkin maksudnya|$)", r"\1 bukan salah satu dari \2."),
    (r"(.+) is not a valid integer\.?$", r"\1 bukan bilangan bulat."),
    (r"(.+) is not a valid float\.?$", r"\1 bukan angka."),
    (r"(.+) is not in the range (.+)\.$", r"\1 di luar rentang \2."),
    (r"(.+) is a directory\.$", r"\1 adalah folder."),
    (r"^File ", "Berkas "),
    (r"^Directory ", "Folder "),
    (r"^Path ", "Path "),
    (r"(.+) does not exist\.$", r"\1 tidak ada."),
]


def prepare_rich_help() -> None:
    """Typer's help and error panels in the help language (English is Typer's own), and its consoles ending
    quietly on a closed pipe. Done only when help or an error is shown: Typer's Rich help module takes a
    tenth of a second to import, which `--version` and every command would pay."""
    from typer import rich_utils

    if getattr(rich_utils, "_asn_skills_ready", False):
        return
    for name, text in HELP_PANELS.get(texts.HELP_LANG, {}).items():
        setattr(rich_utils, name, text)
    make_console = rich_utils._get_rich_console

    def console(stderr: bool = False) -> Any:
        made = make_console(stderr=stderr)
        made.on_broken_pipe = _stop_quietly  # type: ignore[method-assign]
        return made

    rich_utils._get_rich_console = console
    rich_utils._asn_skills_ready = True  # type: ignore[attr-defined]


def _stop_quietly() -> None:
    """The reader of our stdout went away (`asn-skills --help | head -1`): stop with exit code 0, as a data
    command does, where Rich would exit with 1."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise SystemExit(0)


def localise_usage_error(message: str, lang: str) -> str:
    """A Click usage error message in `lang`."""
    # Typer checks choices with Pydantic, whose "Value error, " prefix says nothing to a user in any language.
    message = _suggest_choice(message.replace("Value error, ", ""))
    if lang != "id":
        return message
    for pattern, replacement in USAGE_ERRORS_ID:
        message = re.sub(pattern, replacement, message)
    return message


CHOICE_ERROR = re.compile(r"'(?P<typed>[^']*)' is not one of (?P<choices>'.*')\.$")


def _suggest_choice(message: str) -> str:
    """Typer's "'excel' is not one of 'google', ..., 'excel-id'." with "Did you mean 'excel-id'?" added."""
    found = CHOICE_ERROR.search(message)
    if found is None:
        return message
    close = close_matches(found["typed"], re.findall(r"'([^']*)'", found["choices"]))
    return f"{message} Did you mean {', '.join(map(repr, close))}?" if close else message


METAVARS = {
    "id": {"file": "BERKAS", "path": "PATH", "int": "N", "float": "ANGKA", "name": "NAMA", "role": "JABATAN",
           "round_name": "PUTARAN", "delimiter": "KARAKTER", "unit": "UNIT", "nip": "NIP", "encoding": "PENGODEAN",
           "questionnaire_name": "ID|PATH", "target": "ID|PATH", "paths": "PATH", "output": "BERKAS", "sheet": "NAMA",
           "source": "BERKAS"},
    "en": {"file": "FILE", "path": "PATH", "int": "N", "float": "NUMBER", "name": "NAME", "role": "ROLE",
           "round_name": "ROUND", "delimiter": "CHAR", "unit": "UNIT", "nip": "NIP", "encoding": "ENCODING",
           "questionnaire_name": "ID|PATH", "target": "ID|PATH", "paths": "PATH", "output": "FILE", "sheet": "NAME",
           "source": "FILE"},
}  # fmt: skip
GIVEN_METAVARS = {
    "id": {"FILE": "BERKAS", "NAME": "NAMA", "[KEY]": "[KUNCI]", "ROUND": "PUTARAN", "ROUND_A ROUND_B":
           "PUTARAN_A PUTARAN_B", "OLD": "LAMA", "NEW": "BARU", "INPUT": "MASUKAN", "STYLE": "GAYA"},
}  # fmt: skip
"""Placeholders the commands declare in English, as the help in another language shows them."""


def name_placeholders(param: Any) -> None:
    """Give `param` a placeholder people read (FILE, N, NIP, id|en) instead of a type name (<str>, <bool>)."""
    if isinstance(param, TyperArgument):
        # The name column already shows the placeholder; Typer would add the type (<str>) beside it.
        param.display_type_rich = _no_type  # type: ignore[method-assign]
    if getattr(param, "metavar", None) is not None:
        param.metavar = GIVEN_METAVARS.get(texts.HELP_LANG, {}).get(param.metavar, param.metavar)
        return
    if getattr(param, "is_flag", False):
        param.metavar = ""
        return
    words = METAVARS.get(texts.HELP_LANG, METAVARS["en"])
    kind = param.display_type(None).strip("<>").removeprefix("list[").removesuffix("]")
    kind = "float" if "float" in kind else "int" if "int" in kind else kind
    if "|" in kind:
        param.metavar = kind
    elif param.name in words:
        param.metavar = words[param.name]
    else:
        param.metavar = words.get(kind, (param.name or kind).upper())


def _no_type(ctx: Any = None) -> None:
    return None


def _words() -> dict[str, str]:
    return WORDS.get(texts.HELP_LANG, WORDS["en"])


class _Localised:
    """The usage line, the [OPTIONS] placeholder and the --help option's text in the help language."""

    options_metavar: str | None
    subcommand_metavar: str

    def get_usage(self, ctx: Any) -> str:
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        return usage.replace("Usage: ", _words()["usage"], 1)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        self.options_metavar = _words()["options"]
        if isinstance(self, TyperGroup):
            self.subcommand_metavar = _words()["command"]
        pieces: list[str] = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        # Typer writes a required argument as `{ID}`; people would type the braces. Show it as Click does: `ID`.
        return [re.sub(r"^\{(.*)\}(\.\.\.)?$", r"\1\2", piece) for piece in pieces]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        prepare_rich_help()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _words()["help"]
            option.metavar = ""
        return option


class LocalCommand(_Localised, TyperCommand):
    """A command whose own words follow the help language, and whose usage problems found by the core are
    shown as Typer's usage errors of this command."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageProblem as problem:
            lang = getattr(ctx.obj, "lang", texts.HELP_LANG)
            raise BadParameter(problem.message(lang), ctx=ctx, param_hint=problem.hint) from None


class LocalGroup(_Localised, TyperGroup):
    """A group whose own words follow the help language."""
