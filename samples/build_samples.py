#!/usr/bin/env python3
"""Build the Word and PDF versions of a text LKjIP report.

The input is a text conversion of an LKjIP: tab-separated table rows, one pipe table,
``**bold**`` / ``*italic*`` / ``<i>italic</i>`` markup and ``$$ LaTeX $$`` formulas.
The script writes

* ``<stem>.docx``: a Word report with heading styles, "Table Grid" tables with merged
  header cells, page breaks before chapters and annexes and landscape pages for the wide
  annex matrices;
* ``<stem>.pdf``: that DOCX converted by LibreOffice headless, as an office prints it.

The content is kept as printed, defects included: only blank-line noise, markup markers
and the ruling lines of text tables (``|---|``, ``----``) are dropped.

Usage::

    python samples/build_samples.py [--input TXT] [--output-dir DIR] [--stem NAME]
                                    [--font NAME] [--font-size PT] [--table-font-size PT]
                                    [--no-pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SAMPLES_DIR = Path(__file__).resolve().parent
DEFAULT_INPUT = SAMPLES_DIR / "lkjip-kecamatan-sumbersari-2021.txt"
DEFAULT_STEM = "lkjip-kecamatan-sumbersari-2021"

# --------------------------------------------------------------------------------------
# Text model
# --------------------------------------------------------------------------------------

COVER = "cover"
HEADING_1 = "heading1"
HEADING_2 = "heading2"
BODY = "body"
LIST_ITEM = "list"
CAPTION = "caption"
TOC_ENTRY = "toc"
FORMULA = "formula"
ANNEX_LABEL = "annex_label"
ANNEX_TITLE = "annex_title"
LETTERHEAD = "letterhead"
LETTERHEAD_ADDRESS = "letterhead_address"
SIGNATURE = "signature"


@dataclass
class Paragraph:
    """One paragraph of the report; ``text`` still carries the inline markup."""

    text: str
    kind: str = BODY
    indent_level: int = 0
    starts_page: bool = False


@dataclass
class Table:
    """A table as printed: rows of cell texts (inline markup kept), padded to one width."""

    rows: list[list[str]]
    has_header: bool = True
    starts_page: bool = False

    @property
    def width(self) -> int:
        return len(self.rows[0])


Block = Paragraph | Table


@dataclass
class Merge:
    """A rectangle of cells printed as one cell (inclusive bounds)."""

    top: int
    left: int
    bottom: int
    right: int


@dataclass
class HouseStyle:
    """Fonts of the produced document."""

    font: str = "Arial"
    body_size: float = 11
    table_size: float = 9


# --------------------------------------------------------------------------------------
# Reading the text into lines and raw tables
# --------------------------------------------------------------------------------------

PIPE_ROW = re.compile(r"^(- )?\|.*\|\s*$")
PIPE_RULE = re.compile(r"^\|[-:| ]+\|\s*$")
DASH_RULE_CELL = re.compile(r"^-+$")


def is_blank(line: str) -> bool:
    return not line.strip()


def split_tab_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def split_pipe_row(line: str) -> list[str]:
    inner = line.strip().removeprefix("- ").strip()
    return [cell.strip() for cell in inner.strip("|").split("|")]


def is_ruling_row(cells: list[str]) -> bool:
    """A row drawn with dashes only: the text form of a table rule, not content."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(DASH_RULE_CELL.match(cell) for cell in filled)


def pad_rows(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def next_filled_index(lines: list[str], start: int) -> int:
    index = start
    while index < len(lines) and is_blank(lines[index]):
        index += 1
    return index


def take_tab_table(lines: list[str], start: int) -> tuple[Table, int]:
    """Consume consecutive tab rows; a blank line does not end the table when the next
    tab row has the same number of cells (a table the text split in two)."""
    rows: list[list[str]] = []
    index = start
    while True:
        while index < len(lines) and "\t" in lines[index]:
            rows.append(split_tab_row(lines[index]))
            index += 1
        resume = next_filled_index(lines, index)
        continues = (
            resume < len(lines)
            and "\t" in lines[resume]
            and len(split_tab_row(lines[resume])) == max(len(row) for row in rows)
        )
        if not continues:
            break
        index = resume
    kept = [row for row in rows if not is_ruling_row(row)]
    return Table(pad_rows(kept)), index


def take_pipe_table(lines: list[str], start: int) -> tuple[Table, int]:
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and PIPE_ROW.match(lines[index]):
        line = lines[index]
        cells = split_pipe_row(line)
        if not PIPE_RULE.match(line.strip()) and any(cells):
            rows.append(cells)
        index += 1
    return Table(pad_rows(rows), has_header=False), index


def read_raw_blocks(text: str) -> list[str | Table]:
    """Lines of prose (as strings) and tables, blank lines dropped."""
    lines = text.splitlines()
    blocks: list[str | Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if is_blank(line):
            index += 1
        elif PIPE_ROW.match(line):
            table, index = take_pipe_table(lines, index)
            blocks.append(table)
        elif "\t" in line:
            table, index = take_tab_table(lines, index)
            blocks.append(table)
        else:
            blocks.append(line.rstrip())
            index += 1
    return blocks


# --------------------------------------------------------------------------------------
# Recognising the report's structure
# --------------------------------------------------------------------------------------

FRONT_MATTER_HEADINGS = {"KATA PENGANTAR", "DAFTAR ISI", "IKHTISAR EKSEKUTIF"}
CHAPTER = re.compile(r"^BAB [IVX]+\b")
CHAPTER_NUMBER_ONLY = re.compile(r"^BAB [IVX]+$")
SECTION = re.compile(r"^[A-H]\. \S")
CAPTION_START = re.compile(r"^Tabel \d+(\.\d+)*$")
ANNEX_LABEL_LINE = re.compile(r"^LAMPIRAN \d+$")
LETTERHEAD_START = re.compile(r"^PEMERINTAH KABUPATEN\b")
ADDRESS_LINE = re.compile(r"^(Jl|Jalan)\.?\s")
ANNEX_PAGE_TITLES = re.compile(r"^(PERJANJIAN KINERJA TAHUN \d{4}|INDIKATOR KINERJA UTAMA \(IKU\))$")
FORMULA_LINE = re.compile(r"^\$\$(.+)\$\$$")
LIST_LABEL = re.compile(r"^(- |\d+\. |\d+\) |[a-z]\. |\([0-9]+\) |[IVX]+\. |➤ )")
MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    "November|Nopember|Desember"
)
PLACE_AND_DATE = re.compile(rf"^[A-Z][A-Za-z .]*, (\d{{1,2}} )?({MONTHS}) \d{{4}}$")
SIGNER_NAME = re.compile(r"^(Drs|Dr|Ir|H)\.")
SECOND_PARTY = "Pihak Kedua"
SIGNATURE_LINE_MAX = 45
SUBTITLE_MAX = 60


def plain(text: str) -> str:
    """The text without inline markup markers."""
    return re.sub(r"\*\*|</?i>", "", text).strip()


def is_upper_title(text: str) -> bool:
    letters = [ch for ch in plain(text) if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def leading_spaces(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class StructureReader:
    """Turns raw lines and tables into typed paragraphs and tables, in reading order."""

    def __init__(self, raw_blocks: list[str | Table]):
        self.raw = raw_blocks
        self.blocks: list[Block] = []
        self.region = "cover"
        self.previous_was_toc_heading = False

    def read(self) -> list[Block]:
        index = 0
        while index < len(self.raw):
            index = self.read_one(index)
        mark_signature_blocks(self.blocks)
        return self.blocks

    def read_one(self, index: int) -> int:
        item = self.raw[index]
        if isinstance(item, Table):
            self.add_table(item)
            return index + 1
        line = item
        text = plain(line)
        if text in FRONT_MATTER_HEADINGS:
            self.region = "front"
            self.add(Paragraph(line.strip(), HEADING_1, starts_page=True))
            self.previous_was_toc_heading = text == "DAFTAR ISI"
            return index + 1
        if CHAPTER.match(text):
            self.region = "body"
            return self.add_chapter_heading(index)
        if ANNEX_LABEL_LINE.match(text):
            self.region = "annex"
            self.add(Paragraph(line.strip(), ANNEX_LABEL, starts_page=True))
            return index + 1
        self.add(self.classify_line(line))
        return index + 1

    def add(self, paragraph: Paragraph) -> None:
        self.previous_was_toc_heading = False
        self.blocks.append(paragraph)

    def add_table(self, table: Table) -> None:
        if self.previous_was_toc_heading:
            for row in table.rows:
                self.blocks.append(Paragraph("\t".join(row).rstrip("\t"), TOC_ENTRY))
            self.previous_was_toc_heading = False
            return
        self.blocks.append(table)

    def add_chapter_heading(self, index: int) -> int:
        """'BAB I' and its title line become one Heading 1 (title on a second line)."""
        line = self.raw[index].strip()
        following = self.raw[index + 1] if index + 1 < len(self.raw) else None
        title_follows = (
            CHAPTER_NUMBER_ONLY.match(plain(line))
            and isinstance(following, str)
            and is_upper_title(following)
            and not SECTION.match(following)
        )
        if title_follows:
            self.add(Paragraph(f"{line}\n{following.strip()}", HEADING_1, starts_page=True))
            return index + 2
        self.add(Paragraph(line, HEADING_1, starts_page=True))
        return index + 1

    def classify_line(self, line: str) -> Paragraph:
        text = plain(line)
        stripped = line.strip()
        if self.region == "cover":
            return Paragraph(stripped, COVER)
        if FORMULA_LINE.match(stripped):
            return Paragraph(stripped, FORMULA)
        if CAPTION_START.match(text) or (self.previous_kind() == CAPTION and self.previous_text_is_caption_number()):
            return Paragraph(stripped, CAPTION)
        if self.region == "body" and SECTION.match(text) and is_upper_title(text):
            return Paragraph(stripped, HEADING_2)
        if LIST_LABEL.match(stripped):
            return Paragraph(stripped, LIST_ITEM, indent_level=min(leading_spaces(line), 2))
        if self.region == "annex":
            return self.classify_annex_line(stripped)
        return Paragraph(stripped, BODY)

    def classify_annex_line(self, line: str) -> Paragraph:
        text = plain(line)
        previous = self.previous_kind()
        if LETTERHEAD_START.match(text):
            return Paragraph(line, LETTERHEAD, starts_page=True)
        if previous == LETTERHEAD and is_upper_title(text) and not ANNEX_PAGE_TITLES.match(text):
            return Paragraph(line, LETTERHEAD)
        if previous == LETTERHEAD and ADDRESS_LINE.match(text):
            return Paragraph(line, LETTERHEAD_ADDRESS)
        if is_upper_title(text):
            starts_page = bool(ANNEX_PAGE_TITLES.match(text)) and previous not in (
                LETTERHEAD, LETTERHEAD_ADDRESS, ANNEX_LABEL)
            return Paragraph(line, ANNEX_TITLE, starts_page=starts_page)
        if previous == ANNEX_TITLE and self.is_subtitle(text):
            return Paragraph(line, ANNEX_TITLE)
        return Paragraph(line, BODY)

    @staticmethod
    def is_subtitle(text: str) -> bool:
        return len(text) <= SUBTITLE_MAX and (":" not in text or text.startswith("Nomor"))

    def previous_kind(self) -> str | None:
        if self.blocks and isinstance(self.blocks[-1], Paragraph):
            return self.blocks[-1].kind
        return None

    def previous_text_is_caption_number(self) -> bool:
        return bool(CAPTION_START.match(plain(self.blocks[-1].text)))


def is_signature_anchor(blocks: list[Block], index: int) -> bool:
    """The NIP line closes a signature; so does a rank line ('Pembina ...') with no NIP."""
    block = blocks[index]
    if not isinstance(block, Paragraph):
        return False
    text = plain(block.text)
    if text.startswith("NIP"):
        return True
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    next_is_nip = isinstance(following, Paragraph) and plain(following.text).startswith("NIP")
    return text.startswith("Pembina") and not next_is_nip


def can_join_signature(block: Block) -> bool:
    return (
        isinstance(block, Paragraph)
        and block.kind in (BODY, ANNEX_TITLE)
        and not block.starts_page
        and len(plain(block.text)) <= SIGNATURE_LINE_MAX
    )


def mark_signature_blocks(blocks: list[Block]) -> None:
    """Walk back from each NIP line over the short lines above it, up to the place-and-date
    line: those lines form the signature block printed on the right."""
    for index in range(len(blocks)):
        if not is_signature_anchor(blocks, index):
            continue
        blocks[index].kind = SIGNATURE
        cursor = index - 1
        while cursor >= 0 and can_join_signature(blocks[cursor]):
            blocks[cursor].kind = SIGNATURE
            if PLACE_AND_DATE.match(plain(blocks[cursor].text)):
                break
            cursor -= 1
    mark_second_party_signatures(blocks)


def mark_second_party_signatures(blocks: list[Block]) -> None:
    """'Pihak Kedua', the office and the name below it sign the agreement too."""
    for index, block in enumerate(blocks):
        if not (isinstance(block, Paragraph) and plain(block.text) == SECOND_PARTY):
            continue
        cursor = index
        while cursor < len(blocks) and can_join_signature(blocks[cursor]):
            blocks[cursor].kind = SIGNATURE
            if SIGNER_NAME.match(plain(blocks[cursor].text)):
                break
            cursor += 1


# --------------------------------------------------------------------------------------
# Merged cells (by the header words of the tables this report family prints)
# --------------------------------------------------------------------------------------

NUMBERING_CELL = re.compile(r"^\(?\d+\)?\.?$")


def header_row_count(table: Table) -> int:
    if not table.has_header or not looks_like_header(table.rows[0]):
        return 0
    if len(table.rows) > 1 and is_sub_header(table.rows[0], table.rows[1]):
        return 2
    return 1


def looks_like_header(row: list[str]) -> bool:
    filled = [plain(cell) for cell in row if cell]
    return bool(filled) and all(len(cell) <= 50 for cell in filled)


def is_sub_header(first: list[str], second: list[str]) -> bool:
    """A second header row sits under a first row that has cells spanning several columns
    (a header cell followed by empty cells)."""
    spans_columns = any(
        first[col] and not first[col + 1] for col in range(len(first) - 1)
    )
    return spans_columns and looks_like_header(second) and not is_numbering_row(second)


def is_numbering_row(row: list[str]) -> bool:
    filled = [cell for cell in row if cell]
    return bool(filled) and all(NUMBERING_CELL.match(cell) for cell in filled)


def horizontal_spans(row: list[str], row_index: int) -> list[Merge]:
    """A filled cell followed by empty cells spans them."""
    merges = []
    col = 0
    while col < len(row):
        end = col
        while row[col] and end + 1 < len(row) and not row[end + 1]:
            end += 1
        if end > col:
            merges.append(Merge(row_index, col, row_index, end))
        col = end + 1
    return merges


def two_row_header_merges(table: Table) -> list[Merge]:
    top, sub = table.rows[0], table.rows[1]
    merges = horizontal_spans(top, 0)
    spanned = {col for merge in merges for col in range(merge.left, merge.right + 1)}
    for col, cell in enumerate(top):
        if cell and col not in spanned and not sub[col]:
            merges.append(Merge(0, col, 1, col))
    return merges


def numbering_row_merges(table: Table, first_data_row: int) -> list[Merge]:
    if first_data_row < len(table.rows) and is_numbering_row(table.rows[first_data_row]):
        return horizontal_spans(table.rows[first_data_row], first_data_row)
    return []


def explanation_row_merges(table: Table) -> list[Merge]:
    """'Penjelasan : ...' rows of the evaluation tables: the text spans the empty cells."""
    merges = []
    for row_index, row in enumerate(table.rows):
        if plain(row[0]).startswith("Penjelasan"):
            filled = [col for col, cell in enumerate(row) if cell]
            if filled and filled[-1] < len(row) - 1:
                merges.append(Merge(row_index, filled[-1], row_index, len(row) - 1))
    return merges


def split_column_merges(table: Table) -> list[Merge]:
    """PK table of chapter II: 'SASARAN STRATEGIS' is one cell over two grid columns."""
    top = [plain(cell) for cell in table.rows[0]]
    if top[:3] != ["NO", "SASARAN STRATEGIS", ""]:
        return []
    return [Merge(row, 1, row, 2) for row in range(len(table.rows)) if not table.rows[row][2]]


def table_merges(table: Table) -> list[Merge]:
    headers = header_row_count(table)
    merges: list[Merge] = []
    if headers == 2:
        merges += two_row_header_merges(table)
    merges += numbering_row_merges(table, headers)
    merges += explanation_row_merges(table)
    merges += split_column_merges(table)
    return merges


# --------------------------------------------------------------------------------------
# Inline markup: **bold**, *italic*, <i>italic</i>
# --------------------------------------------------------------------------------------

INLINE_MARKER = re.compile(r"(\*\*|<i>|</i>)")
STAR_ITALIC = re.compile(r"(?<!\*)\*(?=\S)(.+?)(?<=\S)\*(?!\*)")


@dataclass
class InlineState:
    bold: bool = False
    italic: bool = False


@dataclass
class Run:
    text: str
    bold: bool
    italic: bool


def split_star_italics(text: str, state: InlineState) -> list[Run]:
    runs = []
    position = 0
    for match in STAR_ITALIC.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position:match.start()], state.bold, state.italic))
        runs.append(Run(match.group(1), state.bold, True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:], state.bold, state.italic))
    return runs


def parse_inline(text: str, state: InlineState) -> list[Run]:
    """Runs of the text; ``state`` carries bold across lines (a ** block may span lines)."""
    runs: list[Run] = []
    for piece in INLINE_MARKER.split(text):
        if piece == "**":
            state.bold = not state.bold
        elif piece == "<i>":
            state.italic = True
        elif piece == "</i>":
            state.italic = False
        elif piece:
            runs.extend(split_star_italics(piece, state))
    return runs


# --------------------------------------------------------------------------------------
# Formulas: the LaTeX subset of the reports (\text, \frac, \times) as Word equations
# --------------------------------------------------------------------------------------

MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def math_run(text: str) -> str:
    return (
        '<m:r><m:rPr><m:sty m:val="p"/></m:rPr>'
        f'<m:t xml:space="preserve">{escape(text, quote=False)}</m:t></m:r>'
    )


def read_latex_group(source: str, position: int) -> tuple[str, int]:
    """Read ``{...}`` starting at ``position``; return its OMML and the index after it."""
    if source[position] != "{":
        raise ValueError(f"expected '{{' at {position} in {source!r}")
    return latex_to_omml_runs(source, position + 1, closing="}")


def latex_to_omml_runs(source: str, position: int = 0, closing: str | None = None) -> tuple[str, int]:
    parts: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            parts.append(math_run("".join(pending)))
            pending.clear()

    while position < len(source):
        if closing and source[position] == closing:
            flush()
            return "".join(parts), position + 1
        if source.startswith(r"\text{", position):
            flush()
            end = source.index("}", position)
            parts.append(math_run(source[position + len(r"\text{"):end]))
            position = end + 1
        elif source.startswith(r"\frac", position):
            flush()
            numerator, position = read_latex_group(source, position + len(r"\frac"))
            denominator, position = read_latex_group(source, position)
            parts.append(f"<m:f><m:num>{numerator}</m:num><m:den>{denominator}</m:den></m:f>")
        elif source.startswith(r"\times", position):
            pending.append("×")
            position += len(r"\times")
        elif source[position].isspace():
            position += 1
        else:
            pending.append(source[position])
            position += 1
    flush()
    return "".join(parts), position


def formula_xml(latex: str) -> str:
    runs, _ = latex_to_omml_runs(latex)
    return (
        f'<m:oMathPara xmlns:m="{MATH_NS}" xmlns:w="{WORD_NS}">'
        f"<m:oMath>{runs}</m:oMath></m:oMathPara>"
    )


# --------------------------------------------------------------------------------------
# Word document: styles, page setup, paragraphs
# --------------------------------------------------------------------------------------

A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_TOP = MARGIN_BOTTOM = Cm(2.5)
MARGIN_LEFT, MARGIN_RIGHT = Cm(3.0), Cm(2.5)
LIST_INDENT_CM = 0.75
SIGNATURE_INDENT = Cm(9.0)
HEADER_FILL = "D9D9D9"
BLACK = RGBColor(0, 0, 0)
WIDE_TABLE_COLUMNS = 9
WIDE_TABLE_FONT_REDUCTION = 1.5
SMALL_TABLE_ROWS = 6


def set_style_font(style, font: str, size: float, bold: bool | None = None) -> None:
    style.font.name = font
    style.font.size = Pt(size)
    style.font.color.rgb = BLACK
    if bold is not None:
        style.font.bold = bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def configure_styles(document, house: HouseStyle) -> None:
    normal = document.styles["Normal"]
    set_style_font(normal, house.font, house.body_size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    heading_1 = document.styles["Heading 1"]
    set_style_font(heading_1, house.font, house.body_size + 3, bold=True)
    heading_1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading_1.paragraph_format.space_before = Pt(0)
    heading_1.paragraph_format.space_after = Pt(18)
    heading_2 = document.styles["Heading 2"]
    set_style_font(heading_2, house.font, house.body_size + 1, bold=True)
    heading_2.paragraph_format.space_before = Pt(12)
    heading_2.paragraph_format.space_after = Pt(6)
    list_paragraph = document.styles["List Paragraph"]
    set_style_font(list_paragraph, house.font, house.body_size)
    set_style_font(document.styles["Footer"], house.font, house.table_size)


def set_page(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (A4_HEIGHT, A4_WIDTH) if landscape else (A4_WIDTH, A4_HEIGHT)
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT


def text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def add_field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin, code, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    end.set(qn("w:fldCharType"), "end")
    run._r.extend([begin, code, end])


def add_page_number_footer(section) -> None:
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE")


def add_runs(paragraph, runs: list[Run], size: float | None = None, bold: bool = False, italic: bool = False) -> None:
    for run in runs:
        word_run = paragraph.add_run(run.text)
        word_run.bold = run.bold or bold or None
        word_run.italic = run.italic or italic or None
        if size:
            word_run.font.size = Pt(size)


def set_bottom_border(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


class ReportWriter:
    """Writes typed blocks into a python-docx document, page by page."""

    def __init__(self, house: HouseStyle):
        self.house = house
        self.document = Document()
        self.inline = InlineState()
        self.previous_paragraph: Paragraph | None = None
        configure_styles(self.document, house)
        first = self.document.sections[0]
        set_page(first, landscape=False)
        first.different_first_page_header_footer = True
        add_page_number_footer(first)

    # pages and sections ---------------------------------------------------------------

    def write(self, blocks: list[Block]) -> None:
        for group in page_groups(blocks):
            self.start_page(group)
            for block in group:
                if isinstance(block, Table):
                    self.write_table(block)
                else:
                    self.write_paragraph(block)
                    self.previous_paragraph = block

    def start_page(self, group: list[Block]) -> None:
        landscape = any(isinstance(block, Table) and block.width >= WIDE_TABLE_COLUMNS for block in group)
        current = self.document.sections[-1]
        is_landscape = current.orientation == WD_ORIENT.LANDSCAPE
        if landscape != is_landscape:
            section = self.document.add_section(WD_SECTION.NEW_PAGE)
            set_page(section, landscape)
            section.different_first_page_header_footer = False
            group[0].starts_page = False
        self.inline = InlineState()

    # paragraphs -------------------------------------------------------------------------

    def write_paragraph(self, block: Paragraph) -> None:
        if block.kind == FORMULA:
            self.write_formula(block)
            return
        style = {HEADING_1: "Heading 1", HEADING_2: "Heading 2", LIST_ITEM: "List Paragraph"}.get(block.kind)
        paragraph = self.document.add_paragraph(style=style)
        paragraph.paragraph_format.page_break_before = block.starts_page or None
        runs = parse_inline(block.text, self.inline)
        getattr(self, FORMATTER_NAMES[block.kind])(paragraph, block, runs)

    def write_formula(self, block: Paragraph) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        latex = FORMULA_LINE.match(block.text).group(1)
        paragraph._p.append(parse_xml(formula_xml(latex)))

    def format_cover(self, paragraph, block, runs) -> None:
        first_on_cover = len(self.document.paragraphs) == 1
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Cm(6) if first_on_cover else Pt(12)
        add_runs(paragraph, runs, size=self.house.body_size + (9 if first_on_cover else 5), bold=True)

    def format_heading(self, paragraph, block, runs) -> None:
        paragraph.paragraph_format.keep_with_next = True
        add_runs(paragraph, runs)

    def format_body(self, paragraph, block, runs) -> None:
        if len(plain(block.text)) > 80:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_runs(paragraph, runs)

    def format_list_item(self, paragraph, block, runs) -> None:
        layout = paragraph.paragraph_format
        layout.left_indent = Cm(LIST_INDENT_CM * (block.indent_level + 1))
        layout.first_line_indent = Cm(-LIST_INDENT_CM)
        layout.space_after = Pt(3)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_runs(paragraph, runs)

    def format_caption(self, paragraph, block, runs) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = Pt(0 if CAPTION_START.match(plain(block.text)) else 6)
        add_runs(paragraph, runs, bold=True)

    def format_toc_entry(self, paragraph, block, runs) -> None:
        layout = paragraph.paragraph_format
        layout.tab_stops.add_tab_stop(text_width(self.document.sections[-1]), WD_TAB_ALIGNMENT.RIGHT)
        layout.space_after = Pt(2)
        if re.match(r"^([A-H]\. |Lampiran )", plain(block.text)):
            layout.left_indent = Cm(LIST_INDENT_CM)
        add_runs(paragraph, runs)

    def format_annex_label(self, paragraph, block, runs) -> None:
        add_runs(paragraph, runs, bold=True)

    def format_annex_title(self, paragraph, block, runs) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(3)
        add_runs(paragraph, runs, bold=True)

    def format_letterhead(self, paragraph, block, runs) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        add_runs(paragraph, runs, size=self.house.body_size + 3, bold=True)

    def format_letterhead_address(self, paragraph, block, runs) -> None:
        set_bottom_border(paragraph)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(12)
        add_runs(paragraph, runs, size=self.house.table_size)

    def format_signature(self, paragraph, block, runs) -> None:
        layout = paragraph.paragraph_format
        layout.left_indent = SIGNATURE_INDENT
        layout.space_after = Pt(2)
        layout.keep_with_next = True
        if leaves_room_to_sign(block, self.previous_paragraph):
            layout.space_before = Pt(36)
        add_runs(paragraph, runs)

    # tables -----------------------------------------------------------------------------

    def write_table(self, table: Table) -> None:
        word_table = self.document.add_table(rows=len(table.rows), cols=table.width)
        word_table.style = self.document.styles["Table Grid"]
        word_table.autofit = False
        headers = header_row_count(table)
        size = self.table_font_size(table)
        needs = column_needs(table, headers, size)
        set_column_widths(word_table, column_widths(needs, text_width(self.document.sections[-1])))
        for row_index, row in enumerate(table.rows):
            emphasis = row_emphasis(table, row_index, headers)
            for col, cell_text in enumerate(row):
                self.fill_cell(word_table.cell(row_index, col), cell_text, size, row_index < headers, emphasis)
        for row_index in range(headers):
            mark_repeating_header(word_table.rows[row_index])
        for row in word_table.rows:
            forbid_row_break(row)
        if len(table.rows) <= SMALL_TABLE_ROWS and table.width < WIDE_TABLE_COLUMNS:
            keep_table_on_one_page(word_table)
        for merge in table_merges(table):
            word_table.cell(merge.top, merge.left).merge(word_table.cell(merge.bottom, merge.right))
        self.document.add_paragraph().paragraph_format.space_after = Pt(0)

    def table_font_size(self, table: Table) -> float:
        """Wide annex matrices are set smaller, as offices do to fit them on a landscape page."""
        if table.width >= WIDE_TABLE_COLUMNS:
            return self.house.table_size - WIDE_TABLE_FONT_REDUCTION
        return self.house.table_size

    def fill_cell(self, cell, text: str, size: float, is_header: bool, emphasis: dict) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.alignment = cell_alignment(plain(text), is_header)
        runs = parse_inline(text, InlineState())
        add_runs(paragraph, runs, size=size, bold=is_header or emphasis.get("bold", False),
                 italic=emphasis.get("italic", False))
        if is_header:
            shade_cell(cell)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


FORMATTER_NAMES = {
    COVER: "format_cover",
    HEADING_1: "format_heading",
    HEADING_2: "format_heading",
    BODY: "format_body",
    LIST_ITEM: "format_list_item",
    CAPTION: "format_caption",
    TOC_ENTRY: "format_toc_entry",
    ANNEX_LABEL: "format_annex_label",
    ANNEX_TITLE: "format_annex_title",
    LETTERHEAD: "format_letterhead",
    LETTERHEAD_ADDRESS: "format_letterhead_address",
    SIGNATURE: "format_signature",
}


SIGNATURE_MARK = re.compile(r"^(\(Signature\)|\d{4}[A-Z]{2,}\d+)$")


def leaves_room_to_sign(block: Paragraph, previous: Paragraph | None) -> bool:
    """Space for the signature above the name (or above the stamp printed in its place)."""
    text = plain(block.text)
    previous_text = plain(previous.text) if previous else ""
    if SIGNATURE_MARK.match(text):
        return True
    return bool(SIGNER_NAME.match(text)) and not SIGNATURE_MARK.match(previous_text)


def page_groups(blocks: list[Block]) -> list[list[Block]]:
    groups: list[list[Block]] = [[]]
    for block in blocks:
        if block.starts_page and groups[-1]:
            groups.append([])
        groups[-1].append(block)
    return groups


# table helpers -----------------------------------------------------------------------

ROMAN = re.compile(r"^[IVX]+$")
NUMERIC = re.compile(r"^(Rp\.?\s?)?-?\d[\d.,]*\s?%?$")


def row_emphasis(table: Table, row_index: int, headers: int) -> dict:
    """Budget tables: program rows (roman numerals) and TOTAL bold, activity rows italic."""
    if row_index < headers:
        return {}
    row = table.rows[row_index]
    texts = [plain(cell) for cell in row]
    if ROMAN.match(texts[0]) or "TOTAL" in texts:
        return {"bold": True}
    if any("<i>" in cell for cell in row):
        return {"italic": True}
    return {}


def cell_alignment(text: str, is_header: bool):
    if is_header or NUMBERING_CELL.match(text) or ROMAN.match(text) or len(text) <= 2:
        return WD_ALIGN_PARAGRAPH.CENTER
    if NUMERIC.match(text):
        return WD_ALIGN_PARAGRAPH.RIGHT
    return WD_ALIGN_PARAGRAPH.LEFT


def shade_cell(cell) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), HEADER_FILL)
    cell._tc.get_or_add_tcPr().append(shading)


def mark_repeating_header(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def forbid_row_break(row) -> None:
    """'Allow row to break across pages' off; cantSplit goes before tblHeader in trPr."""
    row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))


def keep_table_on_one_page(word_table) -> None:
    for row in word_table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


EM_CM_PER_POINT = 2.54 / 72
CELL_PADDING_CM = 0.5
BOLD_FACTOR = 1.1
LONGEST_WORD_CAP_CM = 3.4


def char_em(char: str) -> float:
    """Approximate advance of a character in a sans-serif font, in em."""
    if char in "%@MW":
        return 0.9
    if char.isupper():
        return 0.68
    if char.isdigit():
        return 0.56
    if char.isalpha():
        return 0.52
    return 0.3


def word_width_cm(word: str, size: float, bold: bool) -> float:
    width = sum(char_em(char) for char in word) * size * EM_CM_PER_POINT
    return width * (BOLD_FACTOR if bold else 1.0)


def unbreakable_parts(text: str) -> list[str]:
    """Words of a cell; a figure with its unit ('996.22 %', 'Rp. 481.181.300') stays whole."""
    return [text] if NUMERIC.match(text) else text.split()


@dataclass
class ColumnNeed:
    """What a column needs: room for its longest word, and a share of the rest for long texts."""

    minimum_cm: float
    share: float
    holds_figures: bool


def spanned_cells(table: Table) -> set[tuple[int, int]]:
    return {
        (merge.top, merge.left) for merge in table_merges(table) if merge.right > merge.left
    }


def column_needs(table: Table, headers: int, size: float) -> list[ColumnNeed]:
    spanning = spanned_cells(table)
    needs = []
    for col in range(table.width):
        widest = 0.0
        for row_index, row in enumerate(table.rows):
            if (row_index, col) in spanning:
                continue
            bold = row_index < headers or bool(row_emphasis(table, row_index, headers).get("bold"))
            for part in unbreakable_parts(plain(row[col])):
                widest = max(widest, word_width_cm(part, size, bold))
        data = [len(plain(row[col])) for row in table.rows[headers:] if row[col]]
        typical = sum(data) / len(data) if data else 0
        minimum = min(widest, LONGEST_WORD_CAP_CM) + CELL_PADDING_CM
        figures = [plain(row[col]) for row in table.rows[headers:] if row[col]]
        holds_figures = bool(figures) and all(NUMERIC.match(text) for text in figures)
        needs.append(ColumnNeed(minimum, max(typical - 12, 0) ** 0.7, holds_figures))
    return needs


def column_widths(needs: list[ColumnNeed], total) -> list[int]:
    """Every column gets its minimum; what is left goes to the columns of long texts."""
    minimum = sum(Cm(need.minimum_cm) for need in needs)
    if minimum >= total:
        return squeezed_widths(needs, total)
    if not any(need.share for need in needs):
        spare_each = (total - minimum) / len(needs)
        return [int(Cm(need.minimum_cm) + spare_each) for need in needs]
    spare = total - minimum
    shares = sum(need.share for need in needs)
    return [int(Cm(need.minimum_cm) + spare * need.share / shares) for need in needs]


def squeezed_widths(needs: list[ColumnNeed], total) -> list[int]:
    """Too narrow for every long word: figures keep their room, the words break."""
    kept = sum(Cm(need.minimum_cm) for need in needs if need.holds_figures)
    squeezable = sum(need.minimum_cm for need in needs if not need.holds_figures)
    return [
        int(Cm(need.minimum_cm)) if need.holds_figures
        else int((total - kept) * need.minimum_cm / squeezable)
        for need in needs
    ]


def set_column_widths(word_table, widths: list[int]) -> None:
    grid = word_table._tbl.tblGrid
    for grid_column, width in zip(grid.findall(qn("w:gridCol")), widths):
        grid_column.set(qn("w:w"), str(int(width / 635)))
    for row in word_table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


# --------------------------------------------------------------------------------------
# Document properties, saving and PDF conversion
# --------------------------------------------------------------------------------------

MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS.split("|")[:11], start=1)}
MONTH_NUMBER.update({"Nopember": 11, "Desember": 12})
SIGNING_DATE = re.compile(rf"\b(\d{{1,2}}) ({MONTHS}) (\d{{4}})\b")


def set_properties(document, blocks: list[Block]) -> None:
    cover = [plain(block.text) for block in blocks if isinstance(block, Paragraph) and block.kind == COVER]
    properties = document.core_properties
    properties.title = " ".join(cover[:3])
    properties.author = cover[1].title() if len(cover) > 1 else ""
    properties.last_modified_by = properties.author
    properties.comments = ""
    properties.subject = "Laporan Kinerja Instansi Pemerintah"
    signed = first_signing_date(blocks)
    if signed:
        properties.created = properties.modified = signed


def first_signing_date(blocks: list[Block]) -> dt.datetime | None:
    for block in blocks:
        if isinstance(block, Paragraph):
            match = SIGNING_DATE.search(plain(block.text))
            if match and block.kind == SIGNATURE:
                day, month, year = match.groups()
                return dt.datetime(int(year), MONTH_NUMBER[month], int(day), 9, 0)
    return None


def build_docx(text: str, destination: Path, house: HouseStyle) -> None:
    blocks = StructureReader(read_raw_blocks(text)).read()
    writer = ReportWriter(house)
    writer.write(blocks)
    set_properties(writer.document, blocks)
    writer.document.save(destination)


def convert_to_pdf(docx_path: Path, output_dir: Path) -> Path:
    """Convert with LibreOffice headless, in a private profile so parallel runs do not clash."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDF; use --no-pdf to skip it")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(output_dir), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, timeout=300,
        )
    pdf_path = output_dir / f"{docx_path.stem}.pdf"
    if not pdf_path.exists():
        raise SystemExit(f"LibreOffice did not write {pdf_path}")
    return pdf_path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="text report to build from")
    parser.add_argument("--output-dir", type=Path, default=SAMPLES_DIR, help="where the .docx and .pdf go")
    parser.add_argument("--stem", default=None, help="file name without extension (default: the input's)")
    parser.add_argument("--font", default=HouseStyle.font)
    parser.add_argument("--font-size", type=float, default=HouseStyle.body_size)
    parser.add_argument("--table-font-size", type=float, default=HouseStyle.table_size)
    parser.add_argument("--no-pdf", action="store_true", help="write the DOCX only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stem = args.stem or (DEFAULT_STEM if args.input == DEFAULT_INPUT else args.input.stem)
    args.output_dir.mkdir(parents=True, exist_ok=True)
    docx_path = args.output_dir / f"{stem}.docx"
    house = HouseStyle(args.font, args.font_size, args.table_font_size)
    build_docx(args.input.read_text(encoding="utf-8"), docx_path, house)
    print(f"wrote {docx_path}")
    if not args.no_pdf:
        print(f"wrote {convert_to_pdf(docx_path, args.output_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
