"""A progress bar on stderr while checking many files, only when stderr is a terminal."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

MIN_FILES_FOR_BAR = 4


class ProgressBar:
    """Advanced once per checked file; ``stop`` clears it (also when interrupted)."""

    def __init__(self, total: int):
        self._progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("files", total=total)
        self._progress.start()

    def __call__(self, result) -> None:
        self._progress.advance(self._task)
        if self._progress.finished:
            self.stop()

    def stop(self) -> None:
        self._progress.stop()


def progress_printer(total: int) -> ProgressBar | None:
    if not sys.stderr.isatty() or total < MIN_FILES_FOR_BAR:
        return None
    return ProgressBar(total)
