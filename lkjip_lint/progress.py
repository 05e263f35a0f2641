"""A progress bar on stderr while checking many files, only when stderr is a terminal."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

MIN_FILES_FOR_BAR = 4


def progress_printer(paths):
    from .run import expand_paths

    if not sys.stderr.isatty():
        return None
    total = len(expand_paths(paths))
    if total < MIN_FILES_FOR_BAR:
        return None
    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("files", total=total)
    progress.start()

    def advance(result) -> None:
        progress.advance(task)
        if progress.finished:
            progress.stop()

    return advance
