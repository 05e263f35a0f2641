"""Extractors: ``path -> Document``, one module per format. They know nothing about LKjIP.

``extract`` applies the bounds of ``limits`` around every reader: the file's size and
kind first, a PDF's raw streams before its reader opens it, and the finished Document's
pages, tables, rows and characters after.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .. import limits as bounds
from ..limits import Limits
from ..model import Document, ExtractError

SUFFIXES = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
}

_NOT_A_FILE = (
    (stat.S_ISFIFO, "a named pipe, not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISCHR, "a device, not a file"),
    (stat.S_ISBLK, "a device, not a file"),
)


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def file_problem(path: str) -> str | None:
    """Why ``path`` cannot be opened as a regular file, or None when it can."""
    try:
        status = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "no such file"
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(status.st_mode):
        return "is a folder, not a file"
    for test, problem in _NOT_A_FILE:
        if test(status.st_mode):
            return problem
    return None


def extract(path: str | Path, limits: Limits | None = None) -> Document:
    """Read one file into a Document, or raise ExtractError with a one-line reason."""
    limits = limits or bounds.active()
    p = Path(path)
    name = str(path)
    problem = file_problem(name)
    if problem:
        raise ExtractError(name, problem)
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise ExtractError(name, f"unsupported file type '{p.suffix or '(none)'}' (expected .docx, .pdf, .txt or .md)")
    size = p.stat().st_size
    if size == 0:
        raise ExtractError(name, "empty file")
    bounds.check_file_size(name, size, limits)
    with bounds.applied(limits):
        document = _read(name, kind, limits)
        bounds.check_document(document, limits)
    if not any(True for _ in document.blocks):
        raise ExtractError(name, "no text found")
    return document


def _read(name: str, kind: str, limits: Limits) -> Document:
    if kind == "docx":
        from .docx import extract_docx as reader
    elif kind == "pdf":
        from .pdf import extract_pdf as reader
        from .pdf_bounds import check_pdf
        check_pdf(name, limits)
    else:
        from .text import extract_text as reader
    try:
        return reader(name)
    except ExtractError:
        raise
    except MemoryError:
        raise ExtractError(name, f"ran out of memory while reading (the 'memory-mb' limit is "
                                 f"{limits.memory_mb} MB)") from None
    except RecursionError:
        raise ExtractError(name, f"nested too deeply to read as {kind.upper()}") from None
    except Exception as exc:  # a reader library failing on a malformed file
        said = " ".join(str(exc).split())[:120]  # one line, whatever the library wrote
        raise ExtractError(name, f"cannot be read as {kind.upper()} ({type(exc).__name__}: {said})") from None
