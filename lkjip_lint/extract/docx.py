"""Word .docx reader: the body XML walked once, in reading order.

Paragraphs and tables come out in the order they appear in ``word/document.xml``
(content controls and custom-XML wrappers are looked through). Merged table cells
are resolved into the grid the model describes, numbered-list labels are rendered
from the numbering definitions, and an approximate page number is tracked from
explicit breaks, section breaks and the page breaks Word recorded at its last
layout (``w:lastRenderedPageBreak``).

Nested tables are kept inside their cell (``Cell.nested``). They have
``Table.index == 0``; their Location names the top-level table that holds them.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import deque
from dataclasses import dataclass
from typing import Iterator

import docx as python_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

from .. import limits as bounds
from ..limits import Tally
from ..model import Cell, Document, ExtractError, Location, Paragraph, Table
from ..text.markers import to_roman
from .common import clean_text, find_caption
from .zip_bounds import check_package

CORRUPT = "corrupt or not a Word .docx file"
NOT_WORD = "a ZIP package but not a Word .docx document"
ENCRYPTED = "encrypted or password-protected (not supported)"
LEGACY_DOC = "a legacy .doc file, not .docx"
COMPOUND_FILE = "encrypted, password-protected or legacy .doc file"
TOO_DEEP = "XML nested deeper than a document can be (over 256 levels)"
TEXT_NODE_TOO_LONG = "XML text of over 10 MB in one piece"
UNSUPPORTED_METHOD = "a part is compressed with a method Word does not use"

_CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_SIGNATURE = b"PK"
_APP_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

W_P, W_TBL, W_TR, W_TC, W_R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
W_PPR, W_RPR, W_TCPR, W_TRPR = qn("w:pPr"), qn("w:rPr"), qn("w:tcPr"), qn("w:trPr")
W_VAL = qn("w:val")
W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
W_T, W_TAB, W_PTAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
W_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
W_LAST_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
W_TYPE = qn("w:type")
W_B, W_I, W_VANISH = qn("w:b"), qn("w:i"), qn("w:vanish")
W_PSTYLE, W_RSTYLE = qn("w:pStyle"), qn("w:rStyle")
W_NUMPR, W_NUM_ID, W_ILVL = qn("w:numPr"), qn("w:numId"), qn("w:ilvl")
W_OUTLINE_LVL, W_PAGE_BREAK_BEFORE, W_SECTPR = qn("w:outlineLvl"), qn("w:pageBreakBefore"), qn("w:sectPr")
W_GRID_SPAN, W_GRID_BEFORE, W_GRID_AFTER = qn("w:gridSpan"), qn("w:gridBefore"), qn("w:gridAfter")
W_VMERGE, W_HMERGE, W_TBL_GRID, W_GRID_COL = qn("w:vMerge"), qn("w:hMerge"), qn("w:tblGrid"), qn("w:gridCol")

# Run-level containers whose runs are part of the paragraph's visible text.
_RUN_CONTAINERS = frozenset(
    qn(tag) for tag in (
        "w:hyperlink", "w:fldSimple", "w:ins", "w:moveTo", "w:smartTag",
        "w:sdt", "w:sdtContent", "w:customXml", "w:dir", "w:bdo",
    )
)
# Block-level wrappers that hold paragraphs and tables.
_BLOCK_CONTAINERS = frozenset((W_SDT, W_SDT_CONTENT, W_CUSTOM_XML))
# Run children that put something visible on the page without being text.
_GRAPHICS = frozenset(qn(tag) for tag in ("w:drawing", "w:pict", "w:object"))
_PAGE_STARTING_SECTIONS = frozenset(("nextPage", "oddPage", "evenPage"))
_OFF_VALUES = frozenset(("0", "false", "off"))
_HEADING_STYLE = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.I)
_TITLE_STYLES = frozenset(("title", "judul"))
_BODY_TEXT_OUTLINE_LEVEL = 9
_BULLET = "\u2022"


def extract_docx(path: str) -> Document:
    """Read a .docx file into a Document, or raise ExtractError saying why it cannot be read."""
    with open(path, "rb") as stream:
        data = stream.read()
    _check_signature(path, data)
    check_package(path, data, bounds.active())
    word = _open_package(path, data)
    del data
    styles = _Styles(word.styles.element)
    reader = _BodyReader(path, styles, _Numbering(_numbering_element(word), styles), Tally(path))
    blocks = reader.read(word.element.body)
    counted = reader.pages.page
    declared = _declared_page_count(word)
    return Document(
        path=path,
        format="docx",
        blocks=tuple(blocks),
        pages=_best_page_count(declared, counted),
        metadata={"declared_pages": declared, "counted_pages": counted},
    )


# --- opening the file -------------------------------------------------------------


def _check_signature(path: str, data: bytes) -> None:
    head = data[:len(_CFB_SIGNATURE)]
    if head == _CFB_SIGNATURE:
        raise ExtractError(path, _describe_compound_file(data))
    if not head.startswith(_ZIP_SIGNATURE):
        raise ExtractError(path, CORRUPT)


def _describe_compound_file(data: bytes) -> str:
    """Tell an encrypted .docx from a legacy .doc by the stream names in the OLE directory."""
    if data.find("EncryptedPackage".encode("utf-16-le")) >= 0:
        return ENCRYPTED
    if data.find("WordDocument".encode("utf-16-le")) >= 0:
        return LEGACY_DOC
    return COMPOUND_FILE


def _open_package(path: str, data: bytes):
    try:
        return python_docx.Document(io.BytesIO(data))
    except ValueError:  # python-docx: a valid package whose main part is not a Word document
        raise ExtractError(path, NOT_WORD) from None
    except etree.XMLSyntaxError as exc:
        raise ExtractError(path, _xml_problem(str(exc))) from None
    except NotImplementedError:  # zipfile: a compression method it cannot inflate
        raise ExtractError(path, UNSUPPORTED_METHOD) from None
    except RuntimeError as exc:  # zipfile: an encrypted part
        raise ExtractError(path, ENCRYPTED if "encrypted" in str(exc) else CORRUPT) from None
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, zlib.error, EOFError):
        raise ExtractError(path, CORRUPT) from None


def _xml_problem(message: str) -> str:
    """libxml2 refuses some shapes by its own safety bounds; say which, not "corrupt"."""
    if "Excessive depth" in message:
        return TOO_DEEP
    if "Text node too long" in message or "huge text node" in message.lower():
        return TEXT_NODE_TOO_LONG
    return CORRUPT


def _numbering_element(word):
    try:
        return word.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return None


def _declared_page_count(word) -> int | None:
    """The page count Word stored in docProps/app.xml at its last save, if any."""
    for rel in word.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return None
            pages = root.findtext(f"{{{_APP_PROPERTIES_NS}}}Pages")
            return _positive_int(pages)
    return None


def _best_page_count(declared: int | None, counted: int) -> int:
    # Files written by generators keep their template's app.xml, so a declared count
    # below the breaks actually present is stale.
    if declared is None or counted > declared:
        return counted
    return declared


def _positive_int(text: str | None) -> int | None:
    try:
        value = int((text or "").strip())
    except ValueError:
        return None
    return value if value > 0 else None


# --- XML helpers -------------------------------------------------------------------


def _child_val(parent, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(tag)
    return None if child is None else child.get(W_VAL)


def _on_off(parent, tag: str) -> bool | None:
    """A toggle property: None when absent, else whether it is switched on."""
    if parent is None:
        return None
    child = parent.find(tag)
    if child is None:
        return None
    return child.get(W_VAL, "1").lower() not in _OFF_VALUES


def _int_val(parent, tag: str, default: int | None = None) -> int | None:
    value = _child_val(parent, tag)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _iter_blocks(container) -> Iterator:
    """Paragraphs and tables of a body or cell, looking through content controls."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == W_P or tag == W_TBL:
            yield child
        elif tag in _BLOCK_CONTAINERS:
            yield from _iter_blocks(child)


def _iter_children(parent, tag: str) -> Iterator:
    """Children with ``tag``, looking through content controls (rows in a table, cells in a row)."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _iter_children(child, tag)


def _iter_runs(parent) -> Iterator:
    """Runs of a paragraph in order, including hyperlinks, simple fields and insertions.

    Deleted text and text boxes are left out: neither is part of the paragraph as read.
    """
    for child in parent.iterchildren():
        if child.tag == W_R:
            yield child
        elif child.tag in _RUN_CONTAINERS:
            yield from _iter_runs(child)


# --- styles ------------------------------------------------------------------------


class _Styles:
    """Style lookups that follow ``w:basedOn`` chains, cached per style."""

    def __init__(self, styles_element):
        self._by_id: dict[str, object] = {}
        self.default_paragraph: str | None = None
        for style in styles_element.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            self._by_id[style_id] = style
            if style.get(W_TYPE) == "paragraph" and _on_off_attr(style.get(qn("w:default"))):
                self.default_paragraph = style_id
        self._cache: dict[tuple[str, str], object] = {}

    def paragraph_style(self, p_pr) -> str | None:
        return _child_val(p_pr, W_PSTYLE) or self.default_paragraph

    def name(self, style_id: str | None) -> str | None:
        style = self._by_id.get(style_id) if style_id else None
        if style is None:
            return None
        name = _child_val(style, qn("w:name"))
        return BabelFish.internal2ui(name) if name else style_id

    def bold(self, style_id: str | None) -> bool | None:
        return self._inherited("bold", style_id, lambda s: _on_off(s.find(W_RPR), W_B))

    def italic(self, style_id: str | None) -> bool | None:
        return self._inherited("italic", style_id, lambda s: _on_off(s.find(W_RPR), W_I))

    def outline_level(self, style_id: str | None) -> int | None:
        return self._inherited("outline", style_id, lambda s: _int_val(s.find(W_PPR), W_OUTLINE_LVL))

    def page_break_before(self, style_id: str | None) -> bool | None:
        return self._inherited("break", style_id, lambda s: _on_off(s.find(W_PPR), W_PAGE_BREAK_BEFORE))

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None] | None:
        return self._inherited("numbering", style_id, lambda s: _num_pr(s.find(W_PPR)))

    def _inherited(self, prop: str, style_id: str | None, read):
        """The first value ``read`` finds walking from the style up its basedOn chain."""
        if not style_id:
            return None
        key = (prop, style_id)
        if key not in self._cache:
            self._cache[key] = self._walk_chain(style_id, read)
        return self._cache[key]

    def _walk_chain(self, style_id: str, read):
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                return None
            value = read(style)
            if value is not None:
                return value
            style_id = _child_val(style, qn("w:basedOn"))
        return None


def _on_off_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF_VALUES


def _num_pr(p_pr) -> tuple[str | None, int | None] | None:
    num_pr = p_pr.find(W_NUMPR) if p_pr is not None else None
    if num_pr is None:
        return None
    return _child_val(num_pr, W_NUM_ID), _int_val(num_pr, W_ILVL)


# --- list numbering ----------------------------------------------------------------


@dataclass(frozen=True)
class _Level:
    start: int
    number_format: str
    text: str
    restart_after: int | None  # w:lvlRestart: 0 never restarts; None restarts after any higher level
    legal: bool


class _Numbering:
    """Renders list labels, advancing counters in document order.

    As in Word, every ``w:num`` that points at the same abstract definition continues
    one sequence; a ``w:startOverride`` restarts it the first time that num is used.
    """

    def __init__(self, numbering_element, styles: _Styles):
        self._abstract_levels: dict[str, dict[int, _Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._level_overrides: dict[str, dict[int, _Level]] = {}
        self._start_overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._used_nums: set[str] = set()
        if numbering_element is not None:
            self._load(numbering_element)
            self._follow_style_links(numbering_element, styles)

    def _load(self, numbering) -> None:
        for abstract in numbering.iterchildren(qn("w:abstractNum")):
            levels = {_level_index(lvl): _parse_level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}
            self._abstract_levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in numbering.iterchildren(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            self._abstract_of[num_id] = _child_val(num, qn("w:abstractNumId"))
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = _int_attribute(override, W_ILVL)
                start = _int_val(override, qn("w:startOverride"))
                if start is not None:
                    self._start_overrides.setdefault(num_id, {})[ilvl] = start
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    self._level_overrides.setdefault(num_id, {})[ilvl] = _parse_level(lvl)

    def _follow_style_links(self, numbering, styles: _Styles) -> None:
        """Point nums whose abstract list only names a numbering style (``w:numStyleLink``)
        at the abstract list that style uses, so both share one sequence."""
        links = {
            abstract.get(qn("w:abstractNumId")): _child_val(abstract, qn("w:numStyleLink"))
            for abstract in numbering.iterchildren(qn("w:abstractNum"))
        }
        for num_id, abstract_id in list(self._abstract_of.items()):
            style_id = links.get(abstract_id)
            linked = styles.numbering(style_id) if style_id else None
            target = self._abstract_of.get(linked[0]) if linked and linked[0] else None
            if target is not None and not links.get(target):
                self._abstract_of[num_id] = target

    def next_label(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counter of (num, level) and return the label Word shows, if any."""
        abstract_id = self._abstract_of.get(num_id or "")
        if abstract_id is None:
            return None
        level = self._level(num_id, abstract_id, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(abstract_id, {})
        self._apply_start_overrides(num_id, counters)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        self._restart_deeper_levels(num_id, abstract_id, ilvl, counters)
        return self._render(num_id, abstract_id, level, counters)

    def _level(self, num_id: str, abstract_id: str, ilvl: int) -> _Level | None:
        override = self._level_overrides.get(num_id, {}).get(ilvl)
        return override or self._abstract_levels.get(abstract_id, {}).get(ilvl)

    def _apply_start_overrides(self, num_id: str, counters: dict[int, int]) -> None:
        if num_id in self._used_nums:
            return
        self._used_nums.add(num_id)
        for ilvl, start in self._start_overrides.get(num_id, {}).items():
            counters[ilvl] = start - 1

    def _restart_deeper_levels(self, num_id: str, abstract_id: str, ilvl: int,
                               counters: dict[int, int]) -> None:
        for deeper in [k for k in counters if k > ilvl]:
            level = self._level(num_id, abstract_id, deeper)
            restart_after = level.restart_after if level else None
            if restart_after is None or (restart_after > 0 and ilvl < restart_after):
                del counters[deeper]

    def _render(self, num_id: str, abstract_id: str, level: _Level, counters: dict[int, int]) -> str | None:
        if level.number_format == "bullet":
            return _BULLET
        if level.number_format == "none" and "%" not in level.text:
            return level.text.strip() or None

        def number(match: re.Match) -> str:
            ref = int(match.group(1)) - 1
            ref_level = self._level(num_id, abstract_id, ref)
            if ref_level is None:
                return ""
            value = counters.get(ref, ref_level.start)
            number_format = "decimal" if level.legal else ref_level.number_format
            return _format_number(value, number_format)

        label = re.sub(r"%([1-9])", number, level.text).strip()
        return label or None


def _level_index(lvl) -> int:
    return _int_attribute(lvl, W_ILVL)


def _int_attribute(element, name: str, default: int = 0) -> int:
    try:
        return int(element.get(name, default))
    except ValueError:
        return default


def _parse_level(lvl) -> _Level:
    return _Level(
        start=_int_val(lvl, qn("w:start"), 1),
        number_format=_child_val(lvl, qn("w:numFmt")) or "decimal",
        text=_child_val(lvl, qn("w:lvlText")) or "",
        restart_after=_int_val(lvl, qn("w:lvlRestart")),
        legal=_on_off(lvl, qn("w:isLgl")) or False,
    )


def _format_number(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = _to_letters(value)
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _to_roman(value)
        return roman.lower() if number_format == "lowerRoman" else roman
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format == "none":
        return ""
    return str(value)


# Beyond these, letters and roman numerals grow without bound (a label per paragraph of
# thousands of letters); the number is shown in digits instead.
_MAX_LETTER_NUMBER = 780
_MAX_ROMAN_NUMBER = 3999


def _to_letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeats)."""
    if value < 1 or value > _MAX_LETTER_NUMBER:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _to_roman(value: int) -> str:
    return to_roman(value) if 1 <= value <= _MAX_ROMAN_NUMBER else str(value)


# --- pages -------------------------------------------------------------------------


class _PageCounter:
    """An approximate page number, advanced by breaks met in reading order.

    Word records ``w:lastRenderedPageBreak`` where a page ended at its last layout,
    including right after an explicit break it already counted; a recorded break
    before any content on the current page is therefore the same page, not a new one.
    """

    def __init__(self):
        self.page = 1
        self.last_content_page = 1
        self._at_page_top = True

    def explicit_break(self) -> None:
        self._new_page()

    def break_before(self) -> None:
        if not self._at_page_top:
            self._new_page()

    def rendered_break(self) -> None:
        if not self._at_page_top:
            self._new_page()

    def content(self) -> int:
        """Note something visible on the current page; returns the page."""
        self._at_page_top = False
        self.last_content_page = self.page
        return self.page

    def _new_page(self) -> None:
        self.page += 1
        self._at_page_top = True


# --- reading blocks ----------------------------------------------------------------


@dataclass
class _Emphasis:
    """Counts of runs with visible text and how many of them are bold / italic."""

    runs: int = 0
    bold: int = 0
    italic: int = 0

    def add(self, other: "_Emphasis") -> None:
        self.runs += other.runs
        self.bold += other.bold
        self.italic += other.italic

    @property
    def all_bold(self) -> bool:
        return self.runs > 0 and self.bold == self.runs

    @property
    def all_italic(self) -> bool:
        return self.runs > 0 and self.italic == self.runs


@dataclass
class _ParagraphContent:
    text: str
    style_id: str | None
    p_pr: object
    list_label: str | None
    emphasis: _Emphasis
    page: int | None  # page of the first visible content


@dataclass
class _Slot:
    """A cell's place in the table grid, before its content is read."""

    tc: object
    row: int
    col: int
    colspan: int
    rowspan: int = 1


class _BodyReader:
    """Turns body XML into blocks, carrying page, list-counter and caption state in reading order."""

    def __init__(self, path: str, styles: _Styles, numbering: _Numbering, tally: Tally | None = None):
        self.path = path
        self.pages = _PageCounter()
        self._tally = tally or Tally(path)
        self._styles = styles
        self._numbering = numbering
        self._blocks: list[Paragraph | Table] = []
        self._paragraph_count = 0
        self._table_count = 0
        self._recent_texts: deque[str] = deque(maxlen=3)
        self._following_section_types: deque[str] = deque()

    def read(self, body) -> list[Paragraph | Table]:
        self._following_section_types = deque(_section_types(body)[1:])
        for element in _iter_blocks(body):
            if element.tag == W_P:
                self._add_paragraph(element)
            else:
                self._add_table(element)
        return self._blocks

    def _add_paragraph(self, p) -> None:
        content = self._read_paragraph(p)
        if not content.text:
            return
        self._tally.characters(len(content.text))
        self._paragraph_count += 1
        self._recent_texts.append(content.text)
        self._blocks.append(Paragraph(
            text=content.text,
            index=self._paragraph_count,
            location=Location(file=self.path, page=content.page or self.pages.page,
                              paragraph=self._paragraph_count),
            style=self._styles.name(content.style_id),
            heading_level=self._heading_level(content.p_pr, content.style_id),
            list_label=content.list_label,
            bold=content.emphasis.all_bold,
        ))

    def _add_table(self, tbl) -> None:
        self._table_count += 1
        caption = find_caption(list(self._recent_texts))
        self._recent_texts.clear()
        self._blocks.append(self._read_table(tbl, self._table_count, self._table_count, caption))

    def _heading_level(self, p_pr, style_id: str | None) -> int | None:
        direct = _int_val(p_pr, W_OUTLINE_LVL)
        if direct is not None:
            return _outline_to_heading(direct)
        name = (self._styles.name(style_id) or "").strip()
        match = _HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
        if name.lower() in _TITLE_STYLES:
            return 1
        inherited = self._styles.outline_level(style_id)
        return _outline_to_heading(inherited) if inherited is not None else None

    # paragraphs

    def _read_paragraph(self, p) -> _ParagraphContent:
        p_pr = p.find(W_PPR)
        style_id = self._styles.paragraph_style(p_pr)
        if self._breaks_page_before(p_pr, style_id):
            self.pages.break_before()
        label = self._next_list_label(p_pr, style_id)
        pieces: list[str] = []
        emphasis = _Emphasis()
        first_page = None
        for run in _iter_runs(p):
            run_page = self._read_run(run, style_id, pieces, emphasis)
            first_page = first_page or run_page
        if self._ends_section_before_new_page(p_pr):
            self.pages.explicit_break()
        return _ParagraphContent(clean_text("".join(pieces)), style_id, p_pr, label, emphasis, first_page)

    def _breaks_page_before(self, p_pr, style_id: str | None) -> bool:
        return bool(_first_not_none(_on_off(p_pr, W_PAGE_BREAK_BEFORE), self._styles.page_break_before(style_id)))

    def _ends_section_before_new_page(self, p_pr) -> bool:
        """A paragraph holding a ``w:sectPr`` ends a section; the *next* section's type
        says whether it starts on a new page."""
        if p_pr is None or p_pr.find(W_SECTPR) is None or not self._following_section_types:
            return False
        return self._following_section_types.popleft() in _PAGE_STARTING_SECTIONS

    def _next_list_label(self, p_pr, style_id: str | None) -> str | None:
        direct = _num_pr(p_pr)
        inherited = self._styles.numbering(style_id)
        num_id = (direct and direct[0]) or (inherited and inherited[0])
        if not num_id or num_id == "0":  # numId 0 switches numbering off
            return None
        ilvl = _first_not_none(direct and direct[1], inherited and inherited[1], 0)
        return self._numbering.next_label(num_id, ilvl)

    def _read_run(self, run, style_id: str | None, pieces: list[str], emphasis: _Emphasis) -> int | None:
        """Append the run's text to ``pieces``, tally its emphasis and count its page breaks.

        Returns the page of the run's first visible content, or None when it has none.
        """
        r_pr = run.find(W_RPR)
        hidden = _on_off(r_pr, W_VANISH)
        first_page = None
        visible_text = False
        for child in run.iterchildren():
            tag = child.tag
            if tag == W_T:
                if hidden or not child.text:
                    continue
                pieces.append(child.text)
                if child.text.strip():
                    visible_text = True
                    first_page = first_page or self.pages.content()
            elif tag == W_TAB or tag == W_PTAB:
                pieces.append(" ")
            elif tag == W_BR:
                self._read_break(child, pieces)
            elif tag == W_CR:
                pieces.append("\n")
            elif tag == W_NO_BREAK_HYPHEN:
                pieces.append("-")
            elif tag == W_LAST_RENDERED_BREAK:
                self.pages.rendered_break()
            elif tag in _GRAPHICS:
                first_page = first_page or self.pages.content()
        if visible_text:
            self._count_emphasis(r_pr, style_id, emphasis)
        return first_page

    def _read_break(self, br, pieces: list[str]) -> None:
        kind = br.get(W_TYPE)
        if kind == "page":
            self.pages.explicit_break()
        elif kind != "column":
            pieces.append("\n")

    def _count_emphasis(self, r_pr, paragraph_style: str | None, emphasis: _Emphasis) -> None:
        character_style = _child_val(r_pr, W_RSTYLE)
        emphasis.runs += 1
        emphasis.bold += self._run_flag(r_pr, W_B, self._styles.bold, character_style, paragraph_style)
        emphasis.italic += self._run_flag(r_pr, W_I, self._styles.italic, character_style, paragraph_style)

    @staticmethod
    def _run_flag(r_pr, tag: str, style_flag, character_style, paragraph_style) -> bool:
        """Direct formatting wins, then the character style, then the paragraph style."""
        return bool(_first_not_none(
            _on_off(r_pr, tag), style_flag(character_style), style_flag(paragraph_style), False,
        ))

    # tables

    def _read_table(self, tbl, index: int, number: int, caption: str | None) -> Table:
        """``index`` is the Table's own index (0 when nested); ``number`` the top-level table it belongs to."""
        grid, n_cols = _layout_grid(tbl)
        self._tally.table()
        self._tally.rows(len(grid))
        start_page = self.pages.page
        first_page = None
        has_content = False
        rows = []
        for row_slots in grid:
            cells = []
            for slot in row_slots:
                cell, page = self._read_cell(slot, number)
                first_page = first_page or page
                has_content = has_content or page is not None
                cells.append(cell)
            rows.append(tuple(cells))
        first_page = first_page or start_page
        last_page = self.pages.last_content_page if has_content else first_page
        return Table(
            index=index,
            rows=tuple(rows),
            n_cols=n_cols,
            location=Location(file=self.path, page=first_page, table=number, caption=caption),
            caption=caption,
            pages=tuple(range(first_page, max(first_page, last_page) + 1)),
        )

    def _read_cell(self, slot: _Slot, number: int) -> tuple[Cell, int | None]:
        """The cell and the page of its first content (None when it has none)."""
        texts: list[str] = []
        nested: list[Table] = []
        emphasis = _Emphasis()
        first_page = None
        for element in _iter_blocks(slot.tc):
            if element.tag == W_TBL:
                table = self._read_table(element, 0, number, find_caption(texts))
                nested.append(table)
                first_page = first_page or (table.location.page if _has_text(table) else None)
                continue
            content = self._read_paragraph(element)
            text = _with_number_label(content)
            if text:
                self._tally.characters(len(text))
                texts.append(text)
                emphasis.add(content.emphasis)
                first_page = first_page or content.page
        cell = Cell(
            text=" ".join(texts),
            row=slot.row,
            col=slot.col,
            colspan=slot.colspan,
            rowspan=slot.rowspan,
            bold=emphasis.all_bold,
            italic=emphasis.all_italic,
            nested=tuple(nested),
        )
        return cell, first_page


def _outline_to_heading(level: int) -> int | None:
    return level + 1 if 0 <= level < _BODY_TEXT_OUTLINE_LEVEL else None


def _section_types(body) -> list[str]:
    """Start types of the sections in order: those ending at paragraphs, then the body's last."""
    types = []
    for sect_pr in body.iter(W_SECTPR):
        parent = sect_pr.getparent()
        if parent is body or (parent.tag == W_PPR and parent.getparent().tag == W_P):
            types.append(_child_val(sect_pr, W_TYPE) or "nextPage")
    return types


def _with_number_label(content: _ParagraphContent) -> str:
    """Cell text keeps numbered labels (an auto-numbered "No" column shows "1." to the reader)."""
    label = content.list_label
    if not label or label == _BULLET:
        return content.text
    return f"{label} {content.text}".strip()


def _has_text(table: Table) -> bool:
    return any(cell.text for row in table.rows for cell in row)


def _first_not_none(*values):
    for value in values:
        if value is not None:
            return value
    return None


# --- table grid --------------------------------------------------------------------


# Wider than any real report table; caps spans a damaged file claims beyond its grid.
MAX_GRID_COLUMNS = 64


def _layout_grid(tbl) -> tuple[list[list[_Slot]], int]:
    """Place each ``w:tc`` on the grid once, resolving horizontal and vertical merges.

    A vertical-merge continuation cell is folded into the restart cell above it in the
    same grid column (raising its rowspan) and is not emitted itself.
    """
    grid: list[list[_Slot]] = []
    open_merges: dict[int, _Slot] = {}
    width = 0
    declared = _declared_grid_width(tbl)
    limit = max(declared, MAX_GRID_COLUMNS)
    for r, tr in enumerate(_iter_children(tbl, W_TR)):
        tr_pr = tr.find(W_TRPR)
        before = min(_int_val(tr_pr, W_GRID_BEFORE, 0), limit)
        row_slots, still_open, end = _layout_row(tr, r, before, open_merges, limit)
        open_merges = still_open
        grid.append(row_slots)
        width = max(width, min(end + _int_val(tr_pr, W_GRID_AFTER, 0), limit))
    return grid, max(width, declared)


def _layout_row(tr, r: int, col: int, open_merges: dict[int, _Slot],
                limit: int = 10**9) -> tuple[list[_Slot], dict[int, _Slot], int]:
    """Slots of one row, the vertical merges still open below it, and the grid column after
    its last cell. Spans are capped at ``limit`` columns: a damaged file may claim millions."""
    slots: list[_Slot] = []
    still_open: dict[int, _Slot] = {}
    for tc in _iter_children(tr, W_TC):
        tc_pr = tc.find(W_TCPR)
        span = min(max(1, _int_val(tc_pr, W_GRID_SPAN, 1)), max(1, limit - col))
        vertical = _merge_state(tc_pr, W_VMERGE)
        if vertical == "continue" and col in open_merges:
            above = open_merges[col]
            above.rowspan += 1
            still_open[col] = above
        elif _merge_state(tc_pr, W_HMERGE) == "continue" and slots:
            slots[-1].colspan += span
        else:
            slot = _Slot(tc=tc, row=r, col=col, colspan=span)
            slots.append(slot)
            if vertical == "restart":
                still_open[col] = slot
        col += span
    return slots, still_open, col


def _merge_state(tc_pr, tag: str) -> str | None:
    """"restart", "continue" or None; a merge element without w:val means continue."""
    if tc_pr is None:
        return None
    merge = tc_pr.find(tag)
    if merge is None:
        return None
    return merge.get(W_VAL, "continue")


def _declared_grid_width(tbl) -> int:
    grid = tbl.find(W_TBL_GRID)
    return 0 if grid is None else sum(1 for _ in grid.iterchildren(W_GRID_COL))


# --- the XML behind each block, for annotating a copy -----------------------------------


@dataclass
class BodyElements:
    """The ``w:p`` of each paragraph and the ``w:tbl`` of each top-level table the reader
    makes, by the numbers their Locations carry (``paragraph``, ``table``), with the blocks."""

    paragraphs: dict[int, tuple[object, Paragraph]]
    tables: dict[int, tuple[object, Table]]

    def cell_element(self, table: int, row: int, col: int):
        """The ``w:tc`` covering the 0-based grid place (row, col) of a top-level table, or None."""
        if table not in self.tables:
            return None
        grid, _ = _layout_grid(self.tables[table][0])
        if not 0 <= row < len(grid):
            return None
        for r in range(row, -1, -1):
            for slot in grid[r]:
                if slot.col <= col < slot.col + slot.colspan and r + slot.rowspan > row:
                    return slot.tc
        return None


class _RecordingReader(_BodyReader):
    def __init__(self, *args):
        super().__init__(*args)
        self.elements = BodyElements({}, {})

    def _add_paragraph(self, p) -> None:
        before = self._paragraph_count
        super()._add_paragraph(p)
        if self._paragraph_count != before:
            self.elements.paragraphs[self._paragraph_count] = (p, self._blocks[-1])

    def _add_table(self, tbl) -> None:
        super()._add_table(tbl)
        self.elements.tables[self._table_count] = (tbl, self._blocks[-1])


def body_elements(path: str, word) -> BodyElements:
    """The elements of ``word`` (an open python-docx Document of ``path``) behind the
    paragraphs and tables ``extract_docx`` reads from it, numbered as it numbers them."""
    styles = _Styles(word.styles.element)
    reader = _RecordingReader(path, styles, _Numbering(_numbering_element(word), styles))
    reader.read(word.element.body)
    return reader.elements
