"""A progress bar on stderr for long work, shown only on a terminal and never when quiet."""

from __future__ import annotations

from collections.abc import Callable

from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from asn_skills.cli.console import Settings, err_console

Advance = Callable[[int, int, str], None]
"""Called with the work done, the whole work and a short note (rows read, files written)."""


def progress_bar(settings: Settings, label: str) -> Advance | None:
    """A bar headed `label` that goes away when the work is done; None when quiet or not on a terminal."""
    console = err_console()
    if settings.quiet or not console.is_terminal:
        return None
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[note]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    task = bar.add_task("", total=1, note="")
    bar.start()

    def advance(done: int, total: int, note: str) -> None:
        bar.update(task, completed=done, total=total, note=note)
        if done >= total:
            bar.stop()

    return advance
