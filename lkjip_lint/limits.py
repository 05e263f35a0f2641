"""Bounds on what one input may cost: bytes unpacked, pages, tables, rows, characters,
seconds and memory.

A file beyond a bound is refused with one line naming the bound's key, the same key
that raises it in the ``[limits]`` table of the configuration or with ``--limit KEY=N``.
Readers find the bounds of the current run with ``active()``; ``Tally`` counts what a
reader has produced so far, and ``check_document`` counts a finished Document.

For a PDF reader: ``extract()`` has already refused oversized Flate streams and
reference cycles before the reader starts (``extract.pdf_bounds``); a reader that learns
the page count early calls ``Tally(path).pages(count)`` (or ``check_pages``) before reading
the pages, and may count tables, rows and characters page by page with the same Tally.
"""

from __future__ import annotations

import contextlib
import dataclasses
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterator

from .model import Document, ExtractError, Table

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_size_mb: int = 200
    unpacked_size_mb: int = 500  # all parts of a DOCX together, as inflated
    part_size_mb: int = 200  # one part of a DOCX, as inflated
    parts: int = 10_000
    # Tags in the XML parts of a DOCX: parsed XML takes memory by the element, over a
    # hundred bytes each, so this bounds what reading can take (a long report has a few
    # hundred thousand).
    xml_tags: int = 5_000_000
    stream_size_mb: int = 100  # one PDF stream (images excepted), as inflated
    pages: int = 2_000
    tables: int = 2_000
    rows: int = 50_000  # table rows in the whole document
    characters: int = 5_000_000
    seconds_per_file: float = 120.0  # reading and checking one file, wall-clock
    memory_mb: int = 2_048  # what one worker may allocate beyond its start-up size


# Configuration key -> field. Keys are what messages name.
KEYS = {field.name.replace("_", "-"): field.name for field in dataclasses.fields(Limits)}


def key_of(field_name: str) -> str:
    return field_name.replace("_", "-")


def with_settings(base: Limits, settings: dict) -> Limits:
    """``base`` with the given ``{key: value}`` settings; ValueError names a bad key or value."""
    changes = {}
    for key, value in settings.items():
        name = KEYS.get(key)
        if name is None:
            raise ValueError(f"unknown limit '{key}' (known: {', '.join(KEYS)})")
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not numeric or value <= 0:
            raise ValueError(f"limit '{key}' must be a number above 0 (got {value!r})")
        changes[name] = float(value) if name == "seconds_per_file" else int(value)
    return dataclasses.replace(base, **changes)


def parse_setting(text: str) -> tuple[str, float]:
    """``"pages=3000"`` -> ``("pages", 3000)``; ValueError when malformed."""
    key, sep, value = text.partition("=")
    key = key.strip()
    try:
        number = float(value)
    except ValueError:
        number = None
    if not sep or number is None:
        raise ValueError(f"'{text}' is not KEY=NUMBER (keys: {', '.join(KEYS)})")
    return key, int(number) if number.is_integer() else number


class LimitExceeded(ExtractError):
    """A file refused for going beyond one of the limits."""

    def __init__(self, path: str, field_name: str, what: str):
        super().__init__(path, f"{what} (the '{key_of(field_name)}' limit)")
        self.key = key_of(field_name)


_active: ContextVar[Limits] = ContextVar("limits", default=Limits())


def active() -> Limits:
    """The limits of the read in progress (the defaults outside any)."""
    return _active.get()


@contextlib.contextmanager
def applied(limits: Limits) -> Iterator[Limits]:
    token = _active.set(limits)
    try:
        yield limits
    finally:
        _active.reset(token)


def size_text(megabytes: float) -> str:
    return f"{megabytes:g} MB"


def check_file_size(path: str, size: int, limits: Limits | None = None) -> None:
    limits = limits or active()
    if size > limits.file_size_mb * MB:
        raise LimitExceeded(path, "file_size_mb", f"larger than {size_text(limits.file_size_mb)}")


def check_pages(path: str, count: int, limits: Limits | None = None) -> None:
    limits = limits or active()
    if count > limits.pages:
        raise LimitExceeded(path, "pages", f"more than {limits.pages} pages")


class Tally:
    """What a reader has produced so far, refused as soon as a count passes its limit."""

    def __init__(self, path: str, limits: Limits | None = None):
        self.path = path
        self.limits = limits or active()
        self.n_tables = 0
        self.n_rows = 0
        self.n_characters = 0

    def pages(self, count: int) -> None:
        check_pages(self.path, count, self.limits)

    def table(self) -> None:
        self.n_tables += 1
        if self.n_tables > self.limits.tables:
            raise LimitExceeded(self.path, "tables", f"more than {self.limits.tables} tables")

    def rows(self, count: int = 1) -> None:
        self.n_rows += count
        if self.n_rows > self.limits.rows:
            raise LimitExceeded(self.path, "rows", f"more than {self.limits.rows} table rows")

    def characters(self, count: int) -> None:
        self.n_characters += count
        if self.n_characters > self.limits.characters:
            raise LimitExceeded(self.path, "characters", f"more than {self.limits.characters} characters of text")


def check_document(document: Document, limits: Limits | None = None) -> None:
    """Refuse a finished Document beyond the page, table, row or character limits."""
    tally = Tally(document.path, limits)
    if document.pages:
        tally.pages(document.pages)
    for block in document.blocks:
        if isinstance(block, Table):
            _count_table(block, tally)
        else:
            tally.characters(len(block.text))


def _count_table(table: Table, tally: Tally) -> None:
    tally.table()
    tally.rows(len(table.rows))
    for row in table.rows:
        for cell in row:
            tally.characters(len(cell.text))
            for nested in cell.nested:
                _count_table(nested, tally)
