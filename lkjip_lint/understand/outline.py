"""The outline of a report as printed: its headings and its table of contents.

Headings are found loosely, because extractors differ: a styled heading, a line in
capitals, a short labelled line ("A. Latar Belakang", "3.1 Capaian Kinerja"), and a
bare "BAB I" line joined with the title on the next line. A PDF gives one paragraph per
printed line, so there a short line must also look like a heading (bold, labelled or
capitalised) and must not be the wrapped continuation of a sentence.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..model import Cell, Document, Location, Paragraph, Table
from ..textutil import fold
from ..text.headings import collapse_spaced_capitals, is_bare_chapter, is_chapter, split_chapter
from .headings import is_heading_like
from .sentences import opens_section
from ..text.markers import parse_label

HEADING_CANDIDATE_MAX_CHARS = 150
# A page with this many contents lines (dot leader and page number) is a contents page.
MIN_CONTENTS_LINES = 3
UNMARKED_HEADING_MAX_CHARS = 80
_NON_WORD = re.compile(r"[^\w]+")
_PAGE = r"(?:[ivxlcdm]{1,6}|\d{1,3})"
_TOC_LINE = re.compile(rf"^(?P<entry>.*?\S)\s*(?:[.…_·]{{2,}}\s*|\s+)(?P<page>{_PAGE})\s*$", re.I)
_DOT_LEADER = re.compile(r"[.…_·]{2,}")
_PAGE_ONLY = re.compile(rf"^\s*(?:hal(?:aman)?\.?\s*:?|hlm\.?\s*:?|{_PAGE})?\s*$", re.I)
_PAGE_NUMBER = re.compile(rf"^\s*(?:(?:hal(?:aman)?|hlm)\.?\s*:?\s*)?{_PAGE}\s*$", re.I)
# Front matter is paged i, ii, iii: a lower-case roman page needs no dot leader ("KATA
# PENGANTAR i"); an upper-case one would take "BAB I" for an entry.
_FRONT_MATTER_PAGE = re.compile(r"^[ivxl]{1,6}$")
_NOT_A_HEADING_END = (".", ";", ",", ":")
_SENTENCE_END = (".", "!", "?", ":", ";")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A PDF line is full when the next line's first word would not have fitted on it: its
# length plus that word reaches this share of the page's usual full line.
FULL_LINE_SHARE = 0.85
# Lines at least this share of a page's longest line are taken as its full lines.
LONG_LINE_SHARE = 0.5


def title_words(text: str) -> str:
    """A heading reduced to its words: "BAB III. AKUNTABILITAS KINERJA." -> "akuntabilitas kinerja"."""
    text = _DOT_LEADER.sub(" ", collapse_spaced_capitals(text or ""))
    text = split_chapter(text)[1]
    parsed = parse_label(text)
    if parsed is not None and not parsed[0].is_bullet:
        text = parsed[1]
    return " ".join(w for w in _NON_WORD.split(fold(text)) if w and w != "_")


@dataclass(frozen=True)
class Heading:
    index: int  # position in Document.blocks
    text: str  # as printed, a bare "BAB I" joined with the next line
    words: str  # title_words(text)
    location: Location
    chapter: bool


def _fits_a_heading(text: str) -> bool:
    return bool(text) and len(text) <= HEADING_CANDIDATE_MAX_CHARS and not text.endswith(_NOT_A_HEADING_END)


def _is_labelled(text: str) -> bool:
    label = parse_label(text)
    return label is not None and not label[0].is_bullet


def _is_candidate(paragraph: Paragraph) -> bool:
    """A heading candidate of a document whose paragraphs are whole paragraphs."""
    if is_heading_like(paragraph):
        return True
    text = paragraph.text.strip()
    if not _fits_a_heading(text):
        return False
    return paragraph.bold or _is_labelled(text) or len(text) <= UNMARKED_HEADING_MAX_CHARS


def _is_mostly_capitalised(text: str) -> bool:
    """"Capaian Kinerja dan Realisasi Anggaran": it starts with a capital and most of its
    words do."""
    words = _WORD.findall(text)
    if not words or not words[0][0].isupper():
        return False
    return 2 * sum(1 for w in words if w[0].isupper()) > len(words)


def _full_line_lengths(document: Document) -> dict[int | None, int]:
    """The length of a full line of running text on each page: the median of its long lines."""
    by_page: dict[int | None, list[int]] = {}
    for paragraph in document.paragraphs():
        by_page.setdefault(paragraph.location.page, []).append(len(paragraph.text.strip()))
    full: dict[int | None, int] = {}
    for page, lengths in by_page.items():
        longest = max(lengths)
        full[page] = statistics.median_high([n for n in lengths if n >= longest * LONG_LINE_SHARE])
    return full


def _continues_previous_line(paragraph: Paragraph, previous, full_lengths: dict[int | None, int]) -> bool:
    """Whether a PDF line is the wrapped rest of the sentence on the line before: that line
    is running text left unfinished, and this one starts in lower case or did not fit on it."""
    if not isinstance(previous, Paragraph) or is_heading_like(previous):
        return False
    text = paragraph.text.strip()
    before = previous.text.strip()
    if not before or before.endswith(_SENTENCE_END) or not text:
        return False
    if opens_section(paragraph, previous):
        return False  # "3.2 Akuntabilitas …" at the top of a page starts a section
    if text[0].islower():
        return True
    needed = len(before) + 1 + len(text.split()[0])
    return needed >= FULL_LINE_SHARE * full_lengths.get(previous.location.page, needed)


def _runs_on(paragraph: Paragraph, following, full_lengths: dict[int | None, int]) -> bool:
    """Whether a full line of running text goes on in the next line ("Berdasarkan Rencana
    Strategis Biro Humas, Protokol dan Umum, terdapat 7 (tujuh)" / "sasaran strategis …"):
    a sentence, not a heading."""
    if not isinstance(following, Paragraph) or following.bold != paragraph.bold:
        return False
    text, after = paragraph.text.strip(), following.text.strip()
    if not after or not after[0].islower():
        return False
    return len(text) >= FULL_LINE_SHARE * full_lengths.get(paragraph.location.page, len(text) + 1)


def _is_line_candidate(paragraph: Paragraph, previous, full_lengths: dict[int | None, int], following=None) -> bool:
    """A heading candidate of a PDF, where each printed line is a paragraph."""
    if is_heading_like(paragraph):
        return True
    text = paragraph.text.strip()
    if not _fits_a_heading(text) or _continues_previous_line(paragraph, previous, full_lengths):
        return False
    if _runs_on(paragraph, following, full_lengths):
        return False
    return paragraph.bold or _is_labelled(text) or _is_mostly_capitalised(text)


def _candidate_test(document: Document):
    """The heading test for this document's paragraphs, given the blocks before and after."""
    if document.format != "pdf":
        return lambda paragraph, previous, following: _is_candidate(paragraph)
    full_lengths = _full_line_lengths(document)
    return lambda paragraph, previous, following: _is_line_candidate(paragraph, previous, full_lengths, following)


def _is_contents_line(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return bool(_DOT_LEADER.search(text) and _TOC_LINE.match(text))


def contents_pages(document: Document) -> frozenset[int]:
    """The pages holding a table of contents (or a list of tables): pages with at least
    ``MIN_CONTENTS_LINES`` lines that end in a dot leader and a page number. Every line on
    them lists a heading printed elsewhere, an entry wrapped over two lines too."""
    counts: dict[int, int] = {}
    for paragraph in document.paragraphs():
        if paragraph.location.page is not None and _is_contents_line(paragraph):
            counts[paragraph.location.page] = counts.get(paragraph.location.page, 0) + 1
    return frozenset(page for page, n in counts.items() if n >= MIN_CONTENTS_LINES)


def headings(document: Document, skip: frozenset[int] = frozenset()) -> list[Heading]:
    """Heading candidates in reading order; block indices in ``skip`` (a table of contents)
    are left out, and so is any line that reads as a contents entry (a dot leader and a
    page number: "BAB IV P E N U T U P ........ 65") where the contents were not found."""
    found: list[Heading] = []
    blocks = document.blocks
    is_candidate = _candidate_test(document)
    for index, block in enumerate(blocks):
        if index in skip or not isinstance(block, Paragraph):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not is_candidate(block, blocks[index - 1] if index else None, following) or _is_contents_line(block):
            continue
        text = block.text.strip()
        if is_bare_chapter(text):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(following, Paragraph) and len(following.text) <= HEADING_CANDIDATE_MAX_CHARS:
                text = f"{collapse_spaced_capitals(text)} {collapse_spaced_capitals(following.text.strip())}"
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


def _page_column(table: Table) -> int | None:
    """The column holding the page numbers: the one with a page number in most rows."""
    counts = [sum(1 for r in range(table.n_rows) if _holds_page_number(table.cell_at(r, c)))
              for c in range(table.n_cols)]
    best = max(range(table.n_cols), key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] else None


def _holds_page_number(cell: Cell | None) -> bool:
    return cell is not None and bool(_PAGE_NUMBER.match(cell.text))


def _header_rows(table: Table) -> set[int]:
    """The column-header rows ("Uraian | Halaman"): rows before the first page number whose
    page-column cell holds words instead of a number."""
    column = _page_column(table)
    if column is None:
        return set()
    headers: set[int] = set()
    for r in range(table.n_rows):
        cell = table.cell_at(r, column)
        if _holds_page_number(cell):
            break
        if cell is not None and cell.text.strip():
            headers.add(r)
    return headers


def _entries_from_table(table: Table) -> list[TocEntry]:
    headers = _header_rows(table)
    rows = (row for r, row in enumerate(table.rows) if r not in headers)
    return [entry for entry in (_entry_from_row(table, list(row)) for row in rows) if entry]


def _ends_in_page_number(text: str, page: str) -> bool:
    """A dot leader or tab sets the page apart; else it must be a number or a front-matter roman."""
    return bool(_DOT_LEADER.search(text) or "\t" in text or page.isdigit() or _FRONT_MATTER_PAGE.match(page))


def _entry_from_paragraph(paragraph: Paragraph) -> TocEntry | None:
    line = _TOC_LINE.match(paragraph.text.strip())
    if not line or not _ends_in_page_number(paragraph.text, line.group("page")):
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
            entries.extend(_entries_from_table(block))
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
