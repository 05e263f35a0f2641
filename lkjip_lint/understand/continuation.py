"""Tables that go on in the table after them.

The reader joins a table continued over a page break when its grid goes on. When the
grid changed, a table may still go on in the next block: a table with no caption of its
own, with at most one short line between them ("Program Pendukung Pemerintahan"), with
as many columns and its amounts in the same columns."""

from __future__ import annotations

from ..model import Document, Paragraph, Table

_SHORT_LINE = 80
_AMOUNT_ROLES = frozenset({"budget", "amount", "realisation"})


def continued_tables(documents, layout_of: dict) -> tuple[set[int], set[int]]:
    """(``id`` of every table whose rows may go on in the next table, ``id`` of every
    table that may go on from the one before it). ``layout_of`` maps ``id(table)`` to
    its layout."""
    continued: set[int] = set()
    continuing: set[int] = set()
    for document in documents:
        for first, second in _pairs_in(document):
            if _same_columns(layout_of.get(id(first)), layout_of.get(id(second))):
                continued.add(id(first))
                continuing.add(id(second))
    return continued, continuing


def _amount_columns(layout) -> tuple[int, ...]:
    return tuple(c.index for c in layout.columns if c.roles & _AMOUNT_ROLES)


def _same_columns(first, second) -> bool:
    if first is None or second is None or first.table.n_cols != second.table.n_cols:
        return False
    amounts = _amount_columns(first)
    return bool(amounts) and amounts == _amount_columns(second)


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
