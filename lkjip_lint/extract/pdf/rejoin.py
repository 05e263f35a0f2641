"""Table cells of a PDF with the words their narrow columns split joined again
("Targ et" -> "Target", "penyelenggaraa n" -> "penyelenggaraan"); see
``text.split_words`` for when two pieces are one word."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from ...model import Block, Cell, Paragraph, Table
from ...text.split_words import rejoin, word_counts
from ...vocab import load_packs


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """The words of the bundled vocabulary's terms (header words, row words, relations)."""
    return frozenset(word_counts(_strings(load_packs().get("vocabulary", {}))))


def _cells(table: Table) -> Iterator[Cell]:
    for row in table.rows:
        for cell in row:
            yield cell
            for nested in cell.nested:
                yield from _cells(nested)


def _rejoined_table(table: Table, printed, words) -> Table:
    def cell_of(cell: Cell) -> Cell:
        nested = tuple(_rejoined_table(t, printed, words) for t in cell.nested)
        return replace(cell, text=rejoin(cell.text, printed, words), nested=nested)
    return replace(table, rows=tuple(tuple(cell_of(c) for c in row) for row in table.rows))


def rejoin_split_cells(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every table cell's split words joined; paragraphs as they are.
    A join must make a word the document prints whole, or a vocabulary word."""
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    cells = [c.text for b in blocks if isinstance(b, Table) for c in _cells(b)]
    printed = word_counts(paragraphs + cells)
    words = frozenset(word_counts(paragraphs)) | vocabulary_words()
    return [_rejoined_table(b, printed, words) if isinstance(b, Table) else b for b in blocks]
