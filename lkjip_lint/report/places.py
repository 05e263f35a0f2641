"""Where a finding is, in the terms code-scanning tools want: a path and a line.

Paths are given relative to the current working directory with POSIX separators
(CI runs from the repository root, so this is the repository-relative path).

Line convention: a text file has lines, so its findings carry ``Location.line`` when
known. DOCX and PDF files have no lines; their findings carry the page number when
known, else 1, so tools that insist on a line still get a stable one.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from urllib.parse import quote

from ..extract import SUFFIXES
from ..model import Location


def relative_path(path: str) -> str | None:
    """``path`` relative to the working directory (POSIX), or None when it lies outside it."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.getcwd())
    except ValueError:  # another drive on Windows
        return None
    relative = PurePath(relative).as_posix()
    if relative == ".." or relative.startswith("../"):
        return None
    return relative


def display_path(path: str) -> str:
    """The path to show: relative to the working directory when possible."""
    return relative_path(path) or Path(path).absolute().as_posix()


def artifact_location(path: str) -> dict:
    """A SARIF artifactLocation: relative to %SRCROOT% inside the working directory,
    an absolute file URI outside it."""
    relative = relative_path(path)
    if relative is None:
        return {"uri": Path(path).absolute().as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": "%SRCROOT%"}


def has_lines(path: str) -> bool:
    return SUFFIXES.get(PurePath(path).suffix.lower()) == "text"


def text_line(location: Location) -> int | None:
    """The line of a finding in a text file, None for DOCX/PDF or when unknown."""
    return location.line if has_lines(location.file) else None


def start_line(location: Location) -> int:
    """The line a SARIF region starts at: see the module docstring."""
    if has_lines(location.file):
        return location.line or 1
    return location.page or 1


def page_is_approximate(path: str) -> bool:
    """A DOCX file has no fixed pages: its page numbers are counted from breaks, so they
    can differ from what Word shows."""
    return SUFFIXES.get(PurePath(path).suffix.lower()) == "docx"
