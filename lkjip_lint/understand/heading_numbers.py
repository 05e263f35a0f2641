"""Dotted section numbers ("3.1.2") printed over two different headings of a report's body.

A dotted number names one section, so two different headings numbered "3.1.2" are a slip
(the later one is usually the next number: "3.1.4" after "3.1.3"). What is no repeat:

* the table of contents, which lists every heading once more: its entries and every line
  of a contents page are left out by the caller;
* a running header, or a heading continued on the next page: the same title again;
* a numbering that starts over, as an annex or a quoted document does: a chapter of
  another number or an annex heading closes the count, and so does a lower (or equal)
  number of the same level printed between the two ("3.1" … "3.2" … "3.1" … "3.2");
* a run of repeats one after the other ("3.1", "3.2", "3.3" all printed again): another
  document's outline copied in, not one mistyped number;
* a repeated first number ("3.1"): the likeliest start of a restarted numbering.

Only headings set apart by their look count (bold, a heading style, capitals), so that a
numbered line of running text ("1.2 Persentase …" in a list of indicators) is no heading.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Document, Paragraph
from ..text.headings import chapter_number
from ..text.markers import DOTTED, parse_label, roman_value
from ..textutil import matches_any
from .headings import is_heading_like
from .outline import Heading

# Two titles at least this similar (rapidfuzz ratio) are one heading printed twice.
SAME_TITLE_SIMILARITY = 85


@dataclass(frozen=True)
class RepeatedNumber:
    number: str  # "3.1.2"
    first: Heading
    second: Heading
    expected: str  # the number the later heading should bear: "3.1.4"
    first_block: Paragraph  # the paragraph of the first heading


@dataclass(frozen=True)
class _Numbered:
    heading: Heading
    prefix: str  # "3.1"
    value: int  # 2
    title: str  # the heading's words without its number

    @property
    def number(self) -> str:
        return f"{self.prefix}.{self.value}"


def _numbered(heading: Heading) -> _Numbered | None:
    parsed = parse_label(heading.text)
    if parsed is None or parsed[0].is_bullet:
        return None
    reading = parsed[0].readings[0]
    title = parsed[1].strip()
    if reading.kind != DOTTED or not title or not title[0].isupper():
        return None
    return _Numbered(heading, reading.prefix, reading.value, heading.words)


def _is_marked(document: Document, heading: Heading) -> bool:
    block = document.blocks[heading.index]
    return isinstance(block, Paragraph) and (block.bold or block.heading_level is not None
                                             or is_heading_like(block))


def _same_title(a: str, b: str, continued: tuple[str, ...]) -> bool:
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    if matches_any(a, continued) or matches_any(b, continued):
        return True
    return fuzz.ratio(a, b) >= SAME_TITLE_SIMILARITY


def _chapter(heading: Heading) -> int | None:
    number = chapter_number(heading.text)
    if number is None:
        return None
    return int(number) if number.isdigit() else roman_value(number)


def _segments(found: list[Heading], annex: tuple[str, ...]) -> list[list[Heading]]:
    """The headings cut where the numbering may start over: at a chapter of another number
    (a running header of the same chapter cuts nothing) and at an annex heading."""
    segments: list[list[Heading]] = [[]]
    chapter = None
    for heading in found:
        number = _chapter(heading)
        if number is not None and number != chapter:
            chapter = number
            segments.append([])
            continue
        if heading.words.startswith(annex) and _numbered(heading) is None:
            chapter = None
            segments.append([])
            continue
        segments[-1].append(heading)
    return segments


def _repeats_in(numbered: list[_Numbered], continued: tuple[str, ...]) -> list[tuple[int, int, int | None]]:
    """(position of the first, of the repeat, the sibling value just before the repeat)."""
    repeats = []
    for position, item in enumerate(numbered):
        siblings = [(k, other) for k, other in enumerate(numbered[:position]) if other.prefix == item.prefix]
        earlier = [k for k, other in siblings if other.value == item.value]
        if not earlier:
            continue
        first = earlier[-1]
        between = [other for k, other in siblings if k > first]
        if any(other.value <= item.value for other in between):
            continue  # the numbering started over in between
        if _same_title(numbered[first].title, item.title, continued):
            continue
        previous = siblings[-1][1].value if siblings else None
        repeats.append((first, position, previous))
    return repeats


def _isolated(repeats: list[tuple[int, int, int | None]], numbered: list[_Numbered]) -> list[tuple[int, int, int | None]]:
    """The repeats that stand alone: a copied-in outline goes on with the next number,
    printed before as well ("2.1.2", "2.1.3" again), or repeats next to another repeat."""
    repeated = {position for _, position, _ in repeats}
    kept = []
    for entry in repeats:
        position = entry[1]
        item = numbered[position]
        neighbours = [k for k, other in enumerate(numbered) if other.prefix == item.prefix and k != position]
        before = [k for k in neighbours if k < position]
        after = [k for k in neighbours if k > position]
        if (after and after[0] in repeated) or (before and before[-1] in repeated):
            continue
        if after and numbered[after[0]].value == item.value + 1 \
                and any(numbered[k].value == item.value + 1 for k in before):
            continue
        kept.append(entry)
    return kept


def repeated_heading_numbers(document: Document, found: list[Heading], continued: tuple[str, ...] = (),
                              annex: tuple[str, ...] = ()) -> list[RepeatedNumber]:
    """Dotted numbers printed over two different body headings of one chapter; ``found``
    are the document's body headings (contents left out), in reading order; a title with
    one of the ``continued`` words goes on from the one before; an ``annex`` heading
    (folded words) starts the numbering over."""
    out = []
    for segment in _segments(found, tuple(annex)):
        numbered = [n for h in segment if _is_marked(document, h) and (n := _numbered(h)) is not None]
        for first, position, previous in _isolated(_repeats_in(numbered, tuple(continued)), numbered):
            item = numbered[position]
            if item.value < 2:
                continue
            expected = f"{item.prefix}.{(previous if previous is not None else item.value) + 1}"
            out.append(RepeatedNumber(item.number, numbered[first].heading, item.heading, expected,
                                      document.blocks[numbered[first].heading.index]))
    return out
