"""A report read from standard input (``-``), checked as if it were a file.

The bytes are copied to a temporary file named like ``--stdin-filename`` (its suffix
says the format; plain text without one), checked there, and every path in the result
is then renamed to what the user called it.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .config import Config, is_selected
from .findings import Finding
from .interrupts import on_interrupt
from .registry import rules_by_code
from .run import FileResult

STDIN = "-"
DEFAULT_NAME = "stdin.txt"


@contextmanager
def stdin_copy(name: str | None) -> Iterator[str]:
    """The path of a temporary file holding standard input, removed afterwards."""
    data = sys.stdin.buffer.read()
    with tempfile.TemporaryDirectory(prefix="lkjip-lint-stdin-") as folder:
        on_interrupt(lambda: shutil.rmtree(folder, ignore_errors=True))
        path = Path(folder) / (Path(name).name if name else DEFAULT_NAME)
        path.write_bytes(data)
        yield str(path)


def _renamed_finding(finding: Finding, old: str, new: str) -> Finding:
    def moved(location):
        return location.with_(file=new) if location.file == old else location

    related = tuple(dataclasses.replace(r, location=moved(r.location)) for r in finding.related)
    return finding.with_(location=moved(finding.location), related=related)


def renamed(result: FileResult, old: str, new: str, config: Config) -> FileResult:
    """``result`` with ``old`` called ``new`` everywhere; per-file-ignores matched on ``new``."""
    rules = rules_by_code()
    findings = [_renamed_finding(f, old, new) for f in result.findings]
    findings = [f for f in findings if is_selected(rules[f.rule], config, new)]
    return dataclasses.replace(result, path=new, findings=findings)
