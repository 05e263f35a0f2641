"""List labels ("1.", "b)", "(iv)", "II.", "-") and how a sequence of them nests.

A label is read from ``Paragraph.list_label`` when the extractor knew the numbering,
else from the start of the text. ``ListTracker`` follows the labels of a document in
order and places each one: it continues an open list (the innermost one that expects
it), starts a nested list (a first value: 1, a, i, I), or, failing both, is an anomaly
of the nearest open list of its style (a repeat "1, 2, 2" or one skipped number
"1, 2, 4") or an orphan (a list whose start we did not see).

Continuing an outer list closes the inner ones, so "1. Sasaran 1 / 2. Sasaran 2 /
2. Program …" reads as an inner list 1, 2 closed by item 2 of the outer list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum

from ..model import Paragraph

_BULLET = re.compile(r"^\s*(?:[-–—*]\s+|[•●▪■◦○➤►▶❖✓✔·]\s*)")
_ENCLOSED = re.compile(r"^\s*\(([0-9]{1,3}|[A-Za-z]{1,4})\)(?=\s|$)")
_CLOSED = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\)(?=\s|$)")
_DOTTED = re.compile(r"^\s*([0-9]{1,2}(?:\.[0-9]{1,2})+)\.?(?=\s|$)")
_DOT = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\.(?=\s|$|[A-Z])")
_BARE = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\s*$")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
MAX_ROMAN_LABEL = 39  # "CV.", "DI." and "MM." start names, not lists
# A skipped item is one missing number in a list of at least two items; a longer jump
# is more often a list we misread than a numbering slip.
MIN_ITEMS_BEFORE_SKIP = 2

ARABIC, LOWER, UPPER, LOWER_ROMAN, UPPER_ROMAN, BULLET, DOTTED = (
    "arabic", "lower", "upper", "lower-roman", "upper-roman", "bullet", "dotted",
)
# Usual Indonesian outline order, outermost first: BAB I / A. / 1. / a. / 1) / a) / -.
STYLE_RANK = {UPPER_ROMAN: 0, UPPER: 1, ARABIC: 2, DOTTED: 2, LOWER: 3, LOWER_ROMAN: 4, BULLET: 5}


def roman_value(text: str) -> int | None:
    upper = text.upper()
    if not _ROMAN.match(upper):
        return None
    total = 0
    for char, following in zip(upper, upper[1:] + " "):
        value = _ROMAN_VALUES[char]
        total += -value if _ROMAN_VALUES.get(following, 0) > value else value
    return total


def to_roman(n: int) -> str:
    parts = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        parts.append(numeral * count)
    return "".join(parts)


@dataclass(frozen=True)
class Reading:
    kind: str
    value: int
    prefix: str = ""  # "3" for the dotted label "3.2"


@dataclass(frozen=True)
class Label:
    raw: str  # as printed: "2.", "(a)", "-"
    core: str  # "2", "a", "3.2", ""
    form: str  # "x." | "x)" | "(x)" | "x" | "bullet"
    readings: tuple[Reading, ...]

    @property
    def is_bullet(self) -> bool:
        return self.form == "bullet"

    @property
    def rank(self) -> int:
        """Outline rank of the label's likeliest style: 0 for "I.", 5 for a bullet."""
        if self.is_bullet:
            return STYLE_RANK[BULLET]
        return min(STYLE_RANK[r.kind] for r in self.readings)


def _readings(core: str) -> tuple[Reading, ...]:
    if core.isdigit():
        return (Reading(ARABIC, int(core)),)
    if "." in core:
        head, _, last = core.rpartition(".")
        return (Reading(DOTTED, int(last), head),)
    readings = []
    roman = roman_value(core)
    if len(core) == 1:
        letter = Reading(LOWER if core.islower() else UPPER, ord(core.lower()) - ord("a") + 1)
        readings.append(letter)
    if roman is not None and roman <= MAX_ROMAN_LABEL and (core.isupper() or core.islower()):
        readings.append(Reading(LOWER_ROMAN if core.islower() else UPPER_ROMAN, roman))
    return tuple(readings)


def parse_label(text: str, bare: bool = False) -> tuple[Label, str] | None:
    """The label at the start of ``text`` and the text after it, or None.

    ``bare`` also accepts a label without punctuation filling the whole text, as in a
    table's "No" column ("1", "II").
    """
    bullet = _BULLET.match(text)
    if bullet:
        rest = text[bullet.end():]
        inner = parse_label(rest)  # "- (1) Kecamatan …": the bullet is conversion noise
        if inner is not None:
            return inner
        return Label(bullet.group().strip(), "", "bullet", ()), rest.strip()
    patterns = [(_ENCLOSED, "(x)"), (_CLOSED, "x)"), (_DOTTED, "x."), (_DOT, "x.")]
    if bare:
        patterns.append((_BARE, "x"))
    for pattern, form in patterns:
        match = pattern.match(text)
        if not match:
            continue
        core = match.group(1)
        readings = _readings(core)
        if readings:
            return Label(match.group().strip(), core, form, readings), text[match.end():].strip()
    return None


def split_label(paragraph: Paragraph) -> tuple[Label | None, str]:
    """(label, text without it) of a paragraph; the extractor's list label wins."""
    if paragraph.list_label:
        parsed = parse_label(paragraph.list_label.strip() + " ", bare=True)
        if parsed is not None:
            return parsed[0], paragraph.text.strip()
    parsed = parse_label(paragraph.text)
    if parsed is None:
        return None, paragraph.text.strip()
    return parsed


class Event(str, Enum):
    CONTINUE = "continue"
    START = "start"
    REPEAT = "repeat"
    SKIP = "skip"
    ORPHAN = "orphan"


@dataclass
class ListItem:
    label: Label
    reading: Reading | None
    ref: object  # whatever the caller uses to find the item again (a Paragraph, a Cell …)
    event: Event


@dataclass
class ListRun:
    """One list at one level: its items in order."""

    kind: str
    form: str
    prefix: str
    items: list[ListItem] = field(default_factory=list)

    @property
    def last_value(self) -> int | None:
        reading = self.items[-1].reading if self.items else None
        return reading.value if reading else None

    @property
    def anomalies(self) -> list[ListItem]:
        return [i for i in self.items if i.event in (Event.REPEAT, Event.SKIP)]


@dataclass(frozen=True)
class Placement:
    run: ListRun
    depth: int
    event: Event


class ListTracker:
    """Places labels into nested lists as they come. ``match_form`` False ignores the
    punctuation ("1" and "1." are one style), as in a table column."""

    def __init__(self, match_form: bool = True):
        self.match_form = match_form
        self.stack: list[ListRun] = []
        self.runs: list[ListRun] = []

    def reset(self) -> None:
        self.stack = []

    def snapshot(self) -> "ListTracker":
        """An independent copy of the open lists, to read ahead without disturbing this one."""
        clone = ListTracker(self.match_form)
        clone.stack = [replace(run, items=list(run.items)) for run in self.stack]
        return clone

    @property
    def depth(self) -> int:
        return len(self.stack)

    def _same_style(self, run: ListRun, label: Label, reading: Reading | None) -> bool:
        if label.is_bullet or run.kind == BULLET:
            return label.is_bullet and run.kind == BULLET
        if self.match_form and run.form != label.form:
            return False
        return reading is not None and run.kind == reading.kind and run.prefix == reading.prefix

    def _append(self, depth: int, label: Label, reading: Reading | None, ref, event: Event) -> Placement:
        del self.stack[depth + 1:]
        run = self.stack[depth]
        run.items.append(ListItem(label, reading, ref, event))
        return Placement(run, depth, event)

    def _push(self, label: Label, reading: Reading | None, ref, event: Event) -> Placement:
        kind = BULLET if label.is_bullet else reading.kind
        run = ListRun(kind, label.form, reading.prefix if reading else "")
        self.stack.append(run)
        self.runs.append(run)
        run.items.append(ListItem(label, reading, ref, event))
        return Placement(run, len(self.stack) - 1, event)

    def feed(self, label: Label, ref=None) -> Placement:
        readings: tuple[Reading | None, ...] = label.readings or (None,)
        for depth in range(len(self.stack) - 1, -1, -1):
            run = self.stack[depth]
            for reading in readings:
                if not self._same_style(run, label, reading):
                    continue
                if label.is_bullet or reading.value == run.last_value + 1:
                    return self._append(depth, label, reading, ref, Event.CONTINUE)
        for reading in readings:
            if reading is None or reading.value == 1:
                return self._push(label, reading, ref, Event.START)
        for depth in range(len(self.stack) - 1, -1, -1):
            run = self.stack[depth]
            for reading in readings:
                if not self._same_style(run, label, reading):
                    continue
                if reading.value == run.last_value:
                    return self._append(depth, label, reading, ref, Event.REPEAT)
                if reading.value == run.last_value + 2 and len(run.items) >= MIN_ITEMS_BEFORE_SKIP:
                    return self._append(depth, label, reading, ref, Event.SKIP)
        return self._push(label, readings[0], ref, Event.ORPHAN)


def label_text(kind: str, value: int, prefix: str = "") -> str:
    """The printed core of a label of ``kind`` with ``value``: 3 -> "3", "c", "iii", "III", "2.3"."""
    if kind == LOWER:
        return chr(ord("a") + value - 1) if 1 <= value <= 26 else str(value)
    if kind == UPPER:
        return chr(ord("A") + value - 1) if 1 <= value <= 26 else str(value)
    if kind == LOWER_ROMAN:
        return to_roman(value).lower()
    if kind == UPPER_ROMAN:
        return to_roman(value)
    if kind == DOTTED:
        return f"{prefix}.{value}"
    return str(value)
