"""Shared test helpers: build Documents and Tables directly, without files."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_lint.model import Cell, Document, Location, Paragraph, Table

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"


def build_table(rows: list[list[str]], *, index: int = 1, caption: str | None = None,
                bold_rows: tuple[int, ...] = (), file: str = "report.txt") -> Table:
    """A table from rows of cell texts; "**text**" makes a bold cell."""
    cells = []
    n_cols = max(len(r) for r in rows)
    for r, row in enumerate(rows):
        built = []
        for c, text in enumerate(row):
            bold = r in bold_rows or (text.startswith("**") and text.endswith("**") and len(text) > 4)
            built.append(Cell(text=text.strip("*") if bold else text, row=r, col=c, bold=bold))
        cells.append(tuple(built))
    return Table(index=index, rows=tuple(cells), n_cols=n_cols,
                 location=Location(file=file, table=index, caption=caption), caption=caption)


def build_document(*blocks, path: str = "report.txt", fmt: str = "text") -> Document:
    built = []
    paragraph_index = 0
    for block in blocks:
        if isinstance(block, str):
            paragraph_index += 1
            built.append(Paragraph(text=block, index=paragraph_index,
                                   location=Location(file=path, paragraph=paragraph_index, line=len(built) + 1)))
        else:
            built.append(block)
    return Document(path=path, format=fmt, blocks=tuple(built))


@pytest.fixture
def table_from_rows():
    return build_table


@pytest.fixture
def document_of():
    return build_document
