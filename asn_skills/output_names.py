"""The format an output file's name asks for: a known ending chooses it, an unknown or contradictory one is a
usage problem naming the choices (`hasil.xslx` must not quietly become CSV)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import TypeVar

from asn_skills.errors import UsageProblem
from asn_skills.suggest import close_matches

Chosen = TypeVar("Chosen", bound=Enum)


def format_of_output(
    given: Chosen | None,
    output: Path | None,
    endings: Mapping[str, Sequence[Chosen]],
    default: Chosen,
    *,
    option: str = "--format",
) -> Chosen:
    """`given` when the -o name agrees with it; else the first format the name's ending stands for; `default`
    for stdout. `endings` maps a lower-case ending to the formats it may hold, the one it chooses first."""
    if output is None or str(output) == "-":
        return given if given is not None else default
    ending = output.suffix.lower()
    fits = endings.get(ending)
    if fits is None:
        if given is not None:
            return given  # the format was said outright: a name of the user's own choosing is theirs
        close = close_matches(ending, endings)
        named = {"file": output.name, "ending": ending or '""', "endings": ", ".join(endings), "option": option}
        if close:
            raise UsageProblem("output_unknown_ending_close", "-o", **named, close=close[0])
        raise UsageProblem("output_unknown_ending", "-o", **named)
    if given is not None and given not in fits:
        raise UsageProblem(
            "output_contradicts",
            "-o",
            file=output.name,
            ending=ending,
            named=", ".join(str(fit.value) for fit in fits) if len(fits) <= 3 else ending[1:].upper(),
            given=given.value,
            option=option,
        )
    return given if given is not None else fits[0]
