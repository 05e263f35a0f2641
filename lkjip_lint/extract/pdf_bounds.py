"""Two checks on a PDF's raw bytes before any reader opens it.

- No Flate stream inflates beyond the ``stream-size-mb`` limit: every stream is inflated
  here in bounded steps and counted (image streams are skipped: text readers never decode
  them). A small file can otherwise hold a content stream of gigabytes.
- No indirect reference loops: an object whose whole value is a reference to another
  (``7 0 obj 8 0 R endobj``) that leads back to itself sends PDF libraries round forever.

Both work on the bytes as written, whatever the reader; streams inside object streams or
behind other filters are left to the per-file time and memory bounds.
"""

from __future__ import annotations

import mmap
import re

from ..limits import MB, Limits, LimitExceeded, size_text
from ..model import ExtractError
from .zip_bounds import count_zlib_stream

# The keyword before stream data; "endstream" is told apart by the byte before it.
# (Patterns start with a literal so that the search is a fast scan for it.)
_STREAM_KEYWORD = re.compile(rb"stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image(?![A-Za-z])")
_FLATE = re.compile(rb"/FlateDecode(?![A-Za-z])")
# "obj 8 0 R endobj": an object whose whole value is a reference; its own number precedes.
_BARE_REFERENCE = re.compile(rb"obj\s*(\d{1,10})\s+(\d{1,5})\s+R\s*endobj")
_OBJECT_HEADER = re.compile(rb"(?<![\d.])(\d{1,10})\s+(\d{1,5})\s+$")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# How far back from "stream" its dictionary is looked for.
_DICTIONARY_WINDOW = 16 * 1024


def check_pdf(path: str, limits: Limits) -> None:
    """Raise LimitExceeded for an oversized stream, ExtractError for a reference loop."""
    with open(path, "rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
        _check_reference_loops(path, data)
        _check_streams(path, data, limits)


def _check_streams(path: str, data: mmap.mmap, limits: Limits) -> None:
    ceiling = limits.stream_size_mb * MB
    view = memoryview(data)
    try:
        for match in _STREAM_KEYWORD.finditer(data):
            start = match.start()
            if start and data[start - 1] in _LETTERS:  # "endstream"
                continue
            header_start = data.rfind(b"obj", max(0, start - _DICTIONARY_WINDOW), start)
            dictionary = data[max(header_start, start - _DICTIONARY_WINDOW):start]
            if not _FLATE.search(dictionary) or _IMAGE.search(dictionary):
                continue
            try:
                size = count_zlib_stream(view[match.end():], ceiling)
            except Exception:  # noqa: BLE001 - a damaged stream is the reader's to report
                continue
            if size > ceiling:
                where = _object_number(data[max(0, header_start - 24):header_start + 3])
                raise LimitExceeded(path, "stream_size_mb",
                                    f"a stream{where} expands beyond {size_text(limits.stream_size_mb)}")
    finally:
        view.release()


def _object_number(header: bytes) -> str:
    match = re.search(rb"(\d{1,10})\s+\d{1,5}\s+obj$", header)
    return f" (object {int(match.group(1))})" if match else ""


def _check_reference_loops(path: str, data: mmap.mmap) -> None:
    refers_to: dict[tuple[int, int], tuple[int, int]] = {}
    for match in _BARE_REFERENCE.finditer(data):
        header = _OBJECT_HEADER.search(data[max(0, match.start() - 24):match.start()])
        if header is None:
            continue
        number, generation = int(header.group(1)), int(header.group(2))
        refers_to[(number, generation)] = (int(match.group(1)), int(match.group(2)))
    settled: set[tuple[int, int]] = set()
    for start in sorted(refers_to):
        chain: list[tuple[int, int]] = []
        node = start
        while node in refers_to and node not in settled and node not in chain:
            chain.append(node)
            node = refers_to[node]
        if node in chain:
            loop = chain[chain.index(node):] + [node]
            shown = " -> ".join(str(number) for number, _ in loop)
            raise ExtractError(path, f"corrupt PDF: objects {shown} refer to each other in a loop")
        settled.update(chain)
