"""'Did you mean': the known names closest to what a person typed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def close_matches(typed: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """The names of `known` a person most likely meant by `typed`, best first (none when nothing is close).

    Case and surrounding spaces do not count; a name that starts with what was typed (`excel` for
    `excel-id`) counts as close, as do names a letter or two away (`Dinas Kesehatn`).
    """
    names = list(dict.fromkeys(known))
    folded = {name.casefold().strip(): name for name in names}
    wanted = typed.casefold().strip()
    if not wanted:
        return []
    if wanted in folded:
        return [folded[wanted]]
    starting = [name for key, name in folded.items() if key.startswith(wanted) or wanted.startswith(key)]
    similar = difflib.get_close_matches(wanted, list(folded), n=limit, cutoff=0.6)
    return list(dict.fromkeys([*starting, *(folded[key] for key in similar)]))[:limit]


def did_you_mean(typed: str, known: Iterable[str]) -> dict[str, str]:
    """Message parameters `close` (the closest names, or "-") and `known` (every name, or "-")."""
    names = list(known)
    close = close_matches(typed, names)
    return {"close": quoted(close) if close else "-", "known": quoted(names) if names else "-"}


def quoted(names: Iterable[str]) -> str:
    """Names as a message lists them: `a`, `b`."""
    return ", ".join(f"`{name}`" for name in names)
