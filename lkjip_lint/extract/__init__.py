"""Extractors: ``path -> Document``, one module per format. They know nothing about LKjIP."""

from __future__ import annotations

from pathlib import Path

from ..model import Document, ExtractError

MAX_BYTES = 200 * 1024 * 1024

SUFFIXES = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def extract(path: str | Path) -> Document:
    """Read one file into a Document, or raise ExtractError with a one-line reason."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ExtractError(name, "no such file")
    if p.is_dir():
        raise ExtractError(name, "is a folder, not a file")
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise ExtractError(name, f"unsupported file type '{p.suffix or '(none)'}' (expected .docx, .pdf, .txt or .md)")
    size = p.stat().st_size
    if size == 0:
        raise ExtractError(name, "empty file")
    if size > MAX_BYTES:
        raise ExtractError(name, f"too large ({size // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    if kind == "docx":
        from .docx import extract_docx as reader
    elif kind == "pdf":
        from .pdf import extract_pdf as reader
    else:
        from .text import extract_text as reader
    try:
        document = reader(name)
    except ExtractError:
        raise
    except Exception as exc:  # a reader library failing on a malformed file
        raise ExtractError(name, f"cannot be read as {kind.upper()} ({type(exc).__name__}: {str(exc)[:120]})") from None
    if not any(True for _ in document.blocks):
        raise ExtractError(name, "no text found")
    return document
