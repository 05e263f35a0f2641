"""Where on a PDF page a finding's text is printed, found again by searching the page's
text (PDFium's characters and their boxes) for what the finding quotes.

A finding names its page and its cell or paragraph; the page is searched for the value
found. When the value is printed more than once on the page, the occurrence in the
finding's row (where the other cells of its row, or its row label, are printed at the
same height) and under its column heading wins; for a paragraph, the occurrence inside
the quoted sentence. When the value is not printed as such (a computed list, a value
read across cells), the cell's text, then the row label, then the sentence is marked
instead, and the place counts as approximate.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..context import normalise
from ..findings import Finding

Box = tuple[float, float, float, float]  # x0, bottom, x1, top in PDF user space
_SOFT_HYPHENS = frozenset("\x02\ufffe\u00ad")
_ELLIPSIS = "…"
# Parts of a row shorter than this say little about where the row is ("1", "%").
MIN_PART = 3
HEAD_WORDS = 4  # words that find a sentence by its start and its end
SAME_LINE = 0.5  # share of a character's height two characters on one line overlap by


@dataclass(frozen=True)
class Place:
    page: int  # 0-based
    boxes: tuple[Box, ...]  # one per line of text marked; empty: nowhere on the page
    exact: bool  # the value found itself is marked

    @property
    def rect(self) -> Box:
        return (min(b[0] for b in self.boxes), min(b[1] for b in self.boxes),
                max(b[2] for b in self.boxes), max(b[3] for b in self.boxes))


class PageText:
    """A page's characters as one searchable string: normalised as the reader normalises
    text (NFKC), each character of the string mapped back to its PDFium character."""

    def __init__(self, textpage):
        count = textpage.count_chars()
        raw_text = textpage.get_text_range(0, count) if count else ""
        if len(raw_text) != count:  # characters outside the BMP: read them one by one
            import pypdfium2.raw as pdfium_raw
            raw_text = "".join(chr(pdfium_raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
        self._textpage = textpage
        self._boxes: dict[int, Box] = {}
        chars, origin = [], []
        for index, char in enumerate(raw_text):
            if char in _SOFT_HYPHENS:
                continue
            for piece in unicodedata.normalize("NFKC", char):
                chars.append(" " if piece.isspace() else piece)
                origin.append(index)
        self.text = "".join(chars)
        self._origin = origin

    def find_all(self, needle: str | None, whole: bool = False) -> list[tuple[int, int]]:
        """Every place of ``needle``, ignoring letter case and spacing; with ``whole``, not
        inside a longer word or number ("2" is not found in "2021")."""
        needle = normalise(unicodedata.normalize("NFKC", needle or ""))
        truncated = needle.endswith(_ELLIPSIS)
        needle = needle.rstrip(_ELLIPSIS).strip()
        if not needle:
            return []
        pattern = r"\s*".join(re.escape(ch) for ch in needle.replace(" ", ""))
        if whole and needle[0].isalnum():
            pattern = r"(?<![^\W_])" + pattern
        if whole and needle[-1].isalnum() and not truncated:
            pattern += r"(?![^\W_])"
        return [(m.start(), m.end()) for m in re.finditer(pattern, self.text, re.IGNORECASE)]

    def boxes(self, span: tuple[int, int]) -> tuple[Box, ...]:
        """The span's characters as one box per line."""
        lines: list[list[float]] = []
        for position in range(*span):
            if self.text[position] == " ":
                continue
            box = self._box(self._origin[position])
            if box is None:
                continue
            line = lines[-1] if lines else None
            if line is not None and _same_line(line, box):
                line[0], line[1] = min(line[0], box[0]), min(line[1], box[1])
                line[2], line[3] = max(line[2], box[2]), max(line[3], box[3])
            else:
                lines.append(list(box))
        return tuple(tuple(line) for line in lines)

    def extent(self, span: tuple[int, int]) -> Box | None:
        boxes = self.boxes(span)
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))

    def _box(self, index: int) -> Box | None:
        if index not in self._boxes:
            left, bottom, right, top = self._textpage.get_charbox(index, loose=True)
            self._boxes[index] = (left, bottom, right, top) if right > left and top > bottom else None
        return self._boxes[index]


def _same_line(line: list[float], box: Box) -> bool:
    overlap = min(line[3], box[3]) - max(line[1], box[1])
    return overlap >= SAME_LINE * min(line[3] - line[1], box[3] - box[1])


def locate(finding: Finding, page: PageText, page_index: int) -> Place | None:
    """The place of ``finding`` on ``page``, or None when none of its text is there."""
    location = finding.location
    snippet = normalise(finding.snippet)
    if location.table is not None:
        parts = [p for p in (part.strip() for part in snippet.split(" | ")) if len(p) >= MIN_PART]
        if location.row_label:
            parts.append(location.row_label)
        cell_text = snippet if snippet and " | " not in snippet else None
        needles = [(finding.found, True), (cell_text, False), (location.row_label, False)]
        for needle, exact in needles:
            spans = page.find_all(needle, whole=True)
            if spans:
                best = _best_in_table(page, spans, parts, location.column_label)
                return Place(page_index, page.boxes(best), exact)
        return None
    sentences = _sentence_spans(page, snippet)
    found = page.find_all(finding.found, whole=True)
    if found:
        inside = [s for s in found if any(a <= s[0] and s[1] <= b for a, b in sentences)]
        return Place(page_index, page.boxes((inside or found)[0]), True)
    if sentences:
        return Place(page_index, page.boxes(sentences[0]), False)
    return None


def _sentence_spans(page: PageText, sentence: str) -> list[tuple[int, int]]:
    """Where the sentence is printed; when it is not found whole (a word hyphenated at a line
    end, a footnote mark inside it), from where its first words are to where its last end."""
    if not sentence:
        return []
    spans = page.find_all(sentence)
    if spans:
        return spans
    words = sentence.split()
    if len(words) < 2 * HEAD_WORDS:
        return []
    heads = page.find_all(" ".join(words[:HEAD_WORDS]))
    tails = page.find_all(" ".join(words[-HEAD_WORDS:]))
    return [(head[0], min(t[1] for t in tails if t[0] >= head[1])) for head in heads
            if any(t[0] >= head[1] for t in tails)]


def _best_in_table(page: PageText, spans: list[tuple[int, int]], row_parts: list[str],
                   column_label: str | None) -> tuple[int, int]:
    if len(spans) == 1:
        return spans[0]
    row_extents = [e for part in row_parts for e in map(page.extent, page.find_all(part)) if e]
    heading = (column_label or "").split(" / ")[-1]
    heading_extents = [e for e in map(page.extent, page.find_all(heading)) if e] if heading else []

    def score(span: tuple[int, int]) -> tuple:
        extent = page.extent(span)
        if extent is None:
            return (-1, 0.0)
        middle = (extent[1] + extent[3]) / 2
        in_row = sum(1 for e in row_extents if e[1] <= middle <= e[3] or extent[1] <= (e[1] + e[3]) / 2 <= extent[3])
        centre = (extent[0] + extent[2]) / 2
        above = [e for e in heading_extents if e[1] >= extent[3] - 1]
        distance = min((abs((e[0] + e[2]) / 2 - centre) for e in above), default=0.0)
        return (in_row, -distance)

    return max(spans, key=score)
