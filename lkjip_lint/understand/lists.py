"""How a sequence of list labels nests (labels are read by ``text.markers``).

A paragraph's label is read from ``Paragraph.list_label`` when the extractor knew the
numbering, else from the start of the text. ``ListTracker`` follows the labels of a document in
order and places each one: it continues an open list (the innermost one that expects
it), starts a nested list (a first value: 1, a, i, I), or, failing both, is an anomaly
of the nearest open list of its style (a repeat "1, 2, 2" or one skipped number
"1, 2, 4") or an orphan (a list whose start we did not see).

Continuing an outer list closes the inner ones, so "1. Sasaran 1 / 2. Sasaran 2 /
2. Program …" reads as an inner list 1, 2 closed by item 2 of the outer list. An inner
list closed so may resume: "1. Sasaran / 1) 2) indicators / 2. Sasaran / 3) 4) indicators"
numbers the indicators on across the sasaran, so a label that continues no open list but
continues the lists its outer item just closed reopens them rather than repeating an
older number.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from typing import Iterator

from ..model import Paragraph
from ..text.captions import is_caption
from ..text.markers import BULLET, Label, Reading, parse_label
from .headings import is_heading_like

# A skipped item is one missing number in a list of at least two items; a longer jump
# is more often a list we misread than a numbering slip.
MIN_ITEMS_BEFORE_SKIP = 2


def track_paragraph_lists(document) -> Iterator[tuple[int, Paragraph, ListTracker]]:
    """Each paragraph of ``document`` (by block index) once its label, if any, is placed
    in the open lists; a heading or a caption closes every list. Tables are passed over.
    The tracker yielded is the document's one tracker: its ``runs`` are every list so far."""
    tracker = ListTracker()
    for index, block in enumerate(document.blocks):
        if not isinstance(block, Paragraph):
            continue
        if is_heading_like(block) or is_caption(block.text):
            tracker.reset()
            continue
        label, _ = split_label(block)
        if label is not None:
            tracker.feed(label, block)
        yield index, block, tracker


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
    # the inner lists (outermost first) that this list's latest item to close any closed
    closed: list["ListRun"] = field(default_factory=list, repr=False, compare=False)

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
        clone.stack = [_copy(run) for run in self.stack]
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
        run = self.stack[depth]
        if self.stack[depth + 1:]:
            run.closed = self.stack[depth + 1:]
        del self.stack[depth + 1:]
        run.items.append(ListItem(label, reading, ref, event))
        return Placement(run, depth, event)

    def _push(self, label: Label, reading: Reading | None, ref, event: Event) -> Placement:
        kind = BULLET if label.is_bullet else reading.kind
        run = ListRun(kind, label.form, reading.prefix if reading else "")
        self.stack.append(run)
        self.runs.append(run)
        run.items.append(ListItem(label, reading, ref, event))
        return Placement(run, len(self.stack) - 1, event)

    def _resume(self, label: Label, readings, ref) -> Placement | None:
        """Reopen the closed inner list (innermost first) under the innermost open list
        that this label continues."""
        if label.is_bullet or not self.stack:
            return None
        top = self.stack[-1]
        for position in range(len(top.closed) - 1, -1, -1):
            run = top.closed[position]
            for reading in readings:
                if self._same_style(run, label, reading) and reading.value == run.last_value + 1:
                    self.stack.extend(top.closed[:position + 1])
                    top.closed = []
                    return self._append(len(self.stack) - 1, label, reading, ref, Event.CONTINUE)
        return None

    def feed(self, label: Label, ref=None) -> Placement:
        readings: tuple[Reading | None, ...] = label.readings or (None,)
        for depth in range(len(self.stack) - 1, -1, -1):
            run = self.stack[depth]
            for reading in readings:
                if not self._same_style(run, label, reading):
                    continue
                if label.is_bullet or reading.value == run.last_value + 1:
                    return self._append(depth, label, reading, ref, Event.CONTINUE)
        resumed = self._resume(label, readings, ref)
        if resumed is not None:
            return resumed
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


def _copy(run: ListRun) -> ListRun:
    return replace(run, items=list(run.items), closed=[_copy(inner) for inner in run.closed])
