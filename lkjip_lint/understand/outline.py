"""The outline of a report as printed: its headings and its table of contents.

Headings are found loosely, because extractors differ: a styled heading, a line in
capitals, a short labelled line ("A. Latar Belakang", "3.1 Capaian Kinerja"), and a
bare "BAB I" line joined with the title on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Cell, Document, Location, Paragraph, Table
from ..textutil import fold
from .headings import is_chapter, is_heading_like
from .lists import parse_label

HEADING_CANDIDATE_MAX_CHARS = 150
UNMARKED_HEADING_MAX_CHARS = 80
_CHAPTER_PREFIX = re.compile(r"^\s*bab\s+(?:[ivxlc]+|\d+)\b[.:]?", re.I)
_NUMBERED_PREFIX = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s*", re.I)
_BARE_CHAPTER = re.compile(r"^\s*bab\s+(?:[ivxlc]+|\d+)\s*[.:]?\s*$", re.I)
_NON_WORD = re.compile(r"[^\w]+")
_PAGE = r"(?:[ivxlcdm]{1,6}|\d{1,3})"
_TOC_LINE = re.compile(rf"^(?P<entry>.*?\S)\s*(?:[.…_·]{{2,}}\s*|\s+)(?P<page>{_PAGE})\s*$", re.I)
_DOT_LEADER = re.compile(r"[.…_·]{2,}")
_PAGE_ONLY = re.compile(rf"^\s*(?:hal(?:aman)?\.?\s*:?|{_PAGE})?\s*$", re.I)


def title_words(text: str) -> str:
    """A heading reduced to its words: "BAB III. AKUNTABILITAS KINERJA." -> "akuntabilitas kinerja"."""
    text = _DOT_LEADER.sub(" ", text or "")
    text = _CHAPTER_PREFIX.sub(" ", text)
    parsed = parse_label(text)
    if parsed is not None and not parsed[0].is_bullet:
        text = parsed[1]
    else:
        text = _NUMBERED_PREFIX.sub(" ", text)
    return " ".join(w for w in _NON_WORD.split(fold(text)) if w and w != "_")


@dataclass(frozen=True)
class Heading:
    index: int  # position in Document.blocks
    text: str  # as printed, a bare "BAB I" joined with the next line
    words: str  # title_words(text)
    location: Location
    chapter: bool


def _is_candidate(paragraph: Paragraph) -> bool:
    if is_heading_like(paragraph):
        return True
    text = paragraph.text.strip()
    if len(text) > HEADING_CANDIDATE_MAX_CHARS:
        return False
    if text.endswith((".", ";", ",", ":")):
        return False
    label = parse_label(text)
    return (paragraph.bold or (label is not None and not label[0].is_bullet)
            or len(text) <= UNMARKED_HEADING_MAX_CHARS)


def headings(document: Document, skip: frozenset[int] = frozenset()) -> list[Heading]:
    """Heading candidates in reading order; block indices in ``skip`` (a table of contents) are left out."""
    found: list[Heading] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if index in skip or not isinstance(block, Paragraph) or not _is_candidate(block):
            continue
        text = block.text.strip()
        if _BARE_CHAPTER.match(text):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(following, Paragraph) and len(following.text) <= HEADING_CANDIDATE_MAX_CHARS:
                text = f"{text} {following.text.strip()}"
        found.append(Heading(index, text, title_words(text), block.location, is_chapter(text)))
    return found


@dataclass(frozen=True)
class TocEntry:
    text: str  # the entry without dot leaders and page number
    location: Location


@dataclass(frozen=True)
class TableOfContents:
    heading_index: int
    blocks: frozenset[int]  # the heading and the entries' blocks
    entries: tuple[TocEntry, ...]


def _entry_from_row(table: Table, cells: list[Cell]) -> TocEntry | None:
    texts = [c for c in cells if c.text.strip() and not _PAGE_ONLY.match(c.text)]
    if not texts:
        return None
    cell = texts[0]
    line = _TOC_LINE.match(cell.text.strip())
    text = line.group("entry") if line else cell.text
    text = _DOT_LEADER.sub(" ", text).strip(" .")
    return TocEntry(text, table.cell_location(cell)) if text else None


def _entry_from_paragraph(paragraph: Paragraph) -> TocEntry | None:
    line = _TOC_LINE.match(paragraph.text.strip())
    if not line or not (_DOT_LEADER.search(paragraph.text) or "\t" in paragraph.text or line.group("page").isdigit()):
        return None
    text = _DOT_LEADER.sub(" ", line.group("entry")).strip(" .")
    return TocEntry(text, paragraph.location) if text else None


def table_of_contents(document: Document, titles) -> TableOfContents | None:
    """The entries under the first "DAFTAR ISI" heading: a table of entry and page, or
    lines ending in a page number."""
    blocks = document.blocks
    start = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
                  and title_words(b.text) in {fold(t) for t in titles}), None)
    if start is None:
        return None
    entries: list[TocEntry] = []
    used = {start}
    for index in range(start + 1, len(blocks)):
        block = blocks[index]
        if isinstance(block, Table):
            if entries and index - 1 not in used:
                break
            for row in block.rows:
                entry = _entry_from_row(block, list(row))
                if entry:
                    entries.append(entry)
            used.add(index)
            continue
        if _PAGE_ONLY.match(block.text):
            used.add(index)
            continue
        entry = _entry_from_paragraph(block)
        if entry is None:
            break
        entries.append(entry)
        used.add(index)
    return TableOfContents(start, frozenset(used), tuple(entries)) if entries else None
