"""A Word copy with a comment per finding, anchored on the paragraph or the table cell the
finding points at (the whole paragraph or cell: a comment's range must end on a run).

Paragraphs and tables are found by the numbers the reader gave them (``body_elements``),
so a comment lands where the report's own reader saw the text. A finding placed only by
its page goes on the first paragraph of that page, and one placed nowhere on the first
paragraph; their comments then say where the finding is.
"""

from __future__ import annotations

import docx as python_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..extract.docx import BodyElements, body_elements
from ..findings import Finding
from ..report.view import View
from .notes import AUTHOR, INITIALS, note_lines

W_P, W_PPR, W_TC, W_ID = qn("w:p"), qn("w:pPr"), qn("w:tc"), qn("w:id")


def annotate_docx(source: str, target: str, findings: list[Finding], view: View) -> int:
    """Write ``target``: ``source`` with a comment per finding. How many were placed exactly."""
    word = python_docx.Document(source)
    elements = body_elements(source, word)
    exact = 0
    for finding in findings:
        first, last, placed = _anchor(elements, finding) if finding.location.file == source else (None, None, False)
        if first is None:
            first = last = _first_paragraph(word)
        text = "\n".join(note_lines(finding, view, source, at_place=placed))
        comment = word.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
        _mark_range(first, last, comment.comment_id)
        exact += placed
    word.save(target)
    return exact


def _anchor(elements: BodyElements, finding: Finding):
    """The first and last ``w:p`` the comment spans, and whether that is the finding's own place."""
    location = finding.location
    if location.table is not None and location.table in elements.tables:
        if location.row and location.column:
            cell = elements.cell_element(location.table, location.row - 1, location.column - 1)
            if cell is not None:
                return (*_cell_paragraphs(cell), True)
        table = elements.tables[location.table][0]
        first_cell = next(table.iter(W_TC), None)
        if first_cell is not None:
            return (*_cell_paragraphs(first_cell), False)
    if location.paragraph is not None and location.paragraph in elements.paragraphs:
        paragraph = elements.paragraphs[location.paragraph][0]
        return paragraph, paragraph, True
    if location.page is not None:
        for element, block in elements.paragraphs.values():
            if block.location.page == location.page:
                return element, element, False
    return None, None, False


def _cell_paragraphs(cell) -> tuple[object, object]:
    paragraphs = [child for child in cell.iterchildren(W_P)] or list(cell.iter(W_P))
    return paragraphs[0], paragraphs[-1]


def _first_paragraph(word):
    body = word.element.body
    first = next((p for p in body.iter(W_P) if "".join(p.itertext()).strip()), None)
    return first if first is not None else _new_paragraph(body)


def _new_paragraph(body):
    paragraph = OxmlElement("w:p")
    body.insert(0, paragraph)
    return paragraph


def _mark_range(first, last, comment_id: int) -> None:
    """``w:commentRangeStart`` at the start of ``first``, ``w:commentRangeEnd`` and the
    reference run at the end of ``last``."""
    start = OxmlElement("w:commentRangeStart", attrs={W_ID: str(comment_id)})
    properties = first.find(W_PPR)
    first.insert(0 if properties is None else first.index(properties) + 1, start)
    last.append(OxmlElement("w:commentRangeEnd", attrs={W_ID: str(comment_id)}))
    reference = OxmlElement("w:r")
    run_properties = OxmlElement("w:rPr")
    run_properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    reference.append(run_properties)
    reference.append(OxmlElement("w:commentReference", attrs={W_ID: str(comment_id)}))
    last.append(reference)
