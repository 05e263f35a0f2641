from __future__ import annotations

import docx
from conftest import SAMPLES
from docx.oxml.ns import qn

from lkjip_lint.extract.docx import body_elements, extract_docx

SAMPLE = str(SAMPLES / "lkjip-kecamatan-sumbersari-2021.docx")


def _text(element) -> str:
    """The element's text without spacing (tabs and breaks are not ``w:t``)."""
    return "".join("".join(t.text or "" for t in element.iter(qn("w:t"))).split())


def _compact(text: str) -> str:
    return "".join(text.split())


def test_each_paragraph_and_table_the_reader_numbers_has_its_element():
    document = extract_docx(SAMPLE)
    word = docx.Document(SAMPLE)
    elements = body_elements(SAMPLE, word)
    paragraphs = list(document.paragraphs())
    assert sorted(elements.paragraphs) == [p.location.paragraph for p in paragraphs]
    for paragraph in paragraphs:
        element, block = elements.paragraphs[paragraph.location.paragraph]
        assert block == paragraph
        assert _text(element) == _compact(paragraph.text)
    tables = list(document.tables())
    assert sorted(elements.tables) == [t.location.table for t in tables]
    assert [elements.tables[t.location.table][0] for t in tables] == [t._tbl for t in word.tables]


def test_a_grid_place_gives_the_cell_that_covers_it_merged_cells_too():
    document = extract_docx(SAMPLE)
    elements = body_elements(SAMPLE, docx.Document(SAMPLE))
    merged = 0
    for table in document.tables():
        for row in table.rows:
            for cell in row:
                for r in range(cell.row, cell.row + cell.rowspan):
                    for c in range(cell.col, cell.col + cell.colspan):
                        element = elements.cell_element(table.location.table, r, c)
                        assert element is not None and _text(element) == _compact(cell.text)
                merged += cell.rowspan > 1 or cell.colspan > 1
    assert merged > 5
    assert elements.cell_element(1, 10_000, 0) is None and elements.cell_element(10_000, 0, 0) is None
