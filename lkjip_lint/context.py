"""Tying each finding to the document text it points at.

Two things are filled in from the document when a check leaves them empty:

- ``snippet``: what a reader searches for in Word or a PDF viewer: the sentence of a
  paragraph, the text of a cell (its row when the cell holds no more than the value
  itself), a table's caption or header row.
- ``anchor``: the finding's place named by what survives edits elsewhere in the
  document, for baseline fingerprints: the table's caption; for a table without one,
  the nearest heading above it and its header row (with an ordinal only among tables
  that share both); for a paragraph, the nearest heading above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .findings import Finding
from .model import Document, Location, Paragraph, Table

_SPACES = re.compile(r"\s+")
# A sentence ends at . ! ? followed by a space and what starts a sentence; "1.186.528"
# and "s.d. akhir" do not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])")
HEADER_CELLS = 6


def attach_context(documents: list[Document], findings: list[Finding]) -> list[Finding]:
    """``findings`` with ``snippet`` and ``anchor`` filled where a check gave none."""
    indexes = {document.path: _DocumentIndex.of(document) for document in documents}
    attached = []
    for finding in findings:
        index = indexes.get(finding.location.file)
        if index is None:
            attached.append(finding)
            continue
        changes = {}
        if not finding.snippet:
            snippet = index.quote(finding.location, finding.found)
            if snippet:
                changes["snippet"] = snippet
        if finding.anchor is None:
            anchor = index.anchor(finding.location)
            if anchor:
                changes["anchor"] = anchor
        attached.append(finding.with_(**changes) if changes else finding)
    return attached


def normalise(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


def sentence_with(text: str, needle: str | None) -> str:
    """The sentence of ``text`` that holds ``needle`` (the whole text when it is not there)."""
    text = normalise(text)
    position = find_loosely(text, needle)
    if position is None:
        return text
    start, end = position
    bounds = [0] + [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    first = max(b for b in bounds if b <= start)
    last = min((b for b in bounds if b >= end), default=len(text))
    return text[first:last].strip()


def find_loosely(text: str, needle: str | None) -> tuple[int, int] | None:
    """Where ``needle`` is in ``text``, ignoring letter case and spacing; None if absent."""
    needle = normalise(needle)
    if not needle:
        return None
    pattern = r"\s*".join(re.escape(ch) for ch in needle.replace(" ", ""))
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


@dataclass
class _DocumentIndex:
    paragraphs: dict[int, Paragraph] = field(default_factory=dict)
    paragraphs_by_line: dict[int, Paragraph] = field(default_factory=dict)
    tables: dict[int, Table] = field(default_factory=dict)
    heading_before_paragraph: dict[int, str] = field(default_factory=dict)
    table_anchors: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Document) -> "_DocumentIndex":
        index = cls()
        heading = ""
        seen: dict[str, int] = {}
        for block in document.blocks:
            if isinstance(block, Paragraph):
                if block.heading_level is not None and normalise(block.text):
                    heading = normalise(block.text)
                if block.location.paragraph is not None:
                    index.paragraphs[block.location.paragraph] = block
                    index.heading_before_paragraph[block.location.paragraph] = heading
                if block.location.line is not None:
                    index.paragraphs_by_line.setdefault(block.location.line, block)
            elif isinstance(block, Table) and block.location.table is not None:
                index.tables[block.location.table] = block
                if block.caption and normalise(block.caption):
                    index.table_anchors[block.location.table] = normalise(block.caption)
                    continue
                key = " | ".join(part for part in (heading, _header_text(block)) if part)
                seen[key] = seen.get(key, 0) + 1
                index.table_anchors[block.location.table] = key if seen[key] == 1 else f"{key} #{seen[key]}"
        return index

    def quote(self, location: Location, found: str | None) -> str | None:
        if location.table is not None:
            table = self.tables.get(location.table)
            return _table_quote(table, location, found) if table is not None else None
        paragraph = None
        if location.paragraph is not None:
            paragraph = self.paragraphs.get(location.paragraph)
        elif location.line is not None:
            paragraph = self.paragraphs_by_line.get(location.line)
        if paragraph is None:
            return None
        return sentence_with(paragraph.text, found) or None

    def anchor(self, location: Location) -> str | None:
        if location.table is not None:
            return self.table_anchors.get(location.table)
        if location.paragraph is not None:
            return self.heading_before_paragraph.get(location.paragraph) or None
        return None


def _header_text(table: Table) -> str:
    if not table.rows:
        return ""
    cells = [normalise(cell.text) for cell in table.rows[0] if normalise(cell.text)]
    return " | ".join(cells[:HEADER_CELLS])


def _row_text(table: Table, row: int) -> str:
    return " | ".join(t for t in (normalise(cell.text) for cell in table.rows[row]) if t)


def _table_quote(table: Table, location: Location, found: str | None) -> str | None:
    row = (location.row or 0) - 1
    if not 0 <= row < table.n_rows:
        return normalise(table.caption) or (_header_text(table) or None)
    if location.column is not None:
        cell = table.cell_at(row, location.column - 1)
        text = normalise(cell.text) if cell is not None else ""
        if text and len(text) > len(normalise(found)):
            return text
    return _row_text(table, row) or None
