"""Tables that go on in the table after them: the next block of the document is a table
with no caption of its own (the reader joins a table continued over a page break when
its grid goes on; this is the case where the grid changed), with at most one short line
between them ("Program Pendukung Pemerintahan")."""

from __future__ import annotations

from ..model import Document, Paragraph, Table

_SHORT_LINE = 80


def continued_tables(documents) -> tuple[set[int], set[int]]:
    """(``id`` of every table whose rows may go on in the next table, ``id`` of every
    table that may go on from the one before it)."""
    continued: set[int] = set()
    continuing: set[int] = set()
    for document in documents:
        for first, second in _pairs_in(document):
            continued.add(id(first))
            continuing.add(id(second))
    return continued, continuing


def _pairs_in(document: Document) -> list[tuple[Table, Table]]:
    pairs = []
    blocks = document.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        following = blocks[i + 1:i + 3]
        if following and isinstance(following[0], Paragraph) and len(following[0].text) <= _SHORT_LINE:
            following = following[1:]
        if following and isinstance(following[0], Table) and not following[0].caption:
            pairs.append((block, following[0]))
    return pairs
