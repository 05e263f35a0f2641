"""Shared test helpers: build Documents and Tables directly, without files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest

from lkjip_lint.model import Cell, Document, Location, Paragraph, Table

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
FIXTURES = REPO / "tests" / "fixtures"
# The shared material (schemas, corpus) sits beside the checkout; a plain clone has none.
SHARED = Path(os.environ.get("LKJIP_LINT_SHARED") or REPO.parent / "shared")
REQUIRE_SHARED = "--require-shared"


def pytest_addoption(parser):
    parser.addoption(REQUIRE_SHARED, action="store_true",
                     help="fail, instead of skipping, the tests that need the shared material "
                          "(../shared beside the checkout, or the folder LKJIP_LINT_SHARED names)")


@pytest.fixture(autouse=True)
def _unwrapped_output(monkeypatch):
    """The text format wraps at COLUMNS when it is set; tests that want wrapping set it."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(scope="session")
def shared(request) -> Callable[[str], Path]:
    """``shared("schemas/x.json")``: the path of a shared file; the test is skipped when it
    is missing (a plain clone), and fails instead under --require-shared (CI)."""
    def need(relative: str) -> Path:
        path = SHARED / relative
        if not path.exists():
            reason = (f"needs {path}: the shared material beside the checkout "
                      f"(or set LKJIP_LINT_SHARED to its folder)")
            if request.config.getoption(REQUIRE_SHARED):
                pytest.fail(f"{reason}; {REQUIRE_SHARED} was given")
            pytest.skip(reason)
        return path
    return need


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
