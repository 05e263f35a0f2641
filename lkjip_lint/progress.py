"""A progress bar on stderr while checking many files, only when stderr is a terminal.

The bar is redrawn once per checked file, from the main thread (no refresh thread), so
that an interruption can erase it with one control sequence and nothing redraws it.
"""

from __future__ import annotations

import os
import sys

from .interrupts import on_interrupt

MIN_FILES_FOR_BAR = 4
# Carriage return, erase the line, show the cursor again.
ERASE_LINE = b"\r\x1b[2K\x1b[?25h"


class ProgressBar:
    """Advanced once per checked file; ``stop`` ends it, ``erase`` wipes it at once."""

    def __init__(self, total: int, label: str = "checking"):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  console=Console(stderr=True), transient=True, auto_refresh=False)
        self._task = self._progress.add_task("files", total=total)
        on_interrupt(self.erase)  # before the bar is first drawn
        self._progress.start()

    def __call__(self, result) -> None:
        self._progress.update(self._task, advance=1, refresh=True)
        if self._progress.finished:
            self.stop()

    def stop(self) -> None:
        self._progress.stop()

    def erase(self) -> None:
        """For an interruption: whatever state the bar is in, the line is cleared."""
        try:
            os.write(sys.stderr.fileno(), ERASE_LINE)
        except (OSError, ValueError):
            pass


def progress_printer(total: int, label: str = "checking") -> ProgressBar | None:
    if not sys.stderr.isatty() or total < MIN_FILES_FOR_BAR:
        return None
    return ProgressBar(total, label)
