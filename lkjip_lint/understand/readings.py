"""Readings of a table's derived columns: the relation a column of printed values follows.

A derived column (a capaian, a realisation percentage, a "% dari total", a SILPA %, a
"Selisih", a "Perubahan %", a "Jumlah" after quarterly columns) is computed from other
columns of the same row. A careful reviewer tries the readings a report may have used
before writing in the margin: another denominator (the column total, the complement),
the other polarity, periodic columns summed, a difference instead of a ratio, operands
rounded at their printed precision. Each candidate ``Formula`` is evaluated on every
row; ``choose`` keeps the one that makes the printed value right in most rows, the
header's own relation first on a tie. A row that fits no reading the column allows is
what a check reports, naming the reading.

A reading is accepted for a column when:
- it holds in more than half of the rows it applies to, and in at least two (then it
  is *confirmed*); a reading the header does not name must hold in at least three
  rows, or in every row when the header's own relation holds in none;
- or the header names it and the rows do not speak against it: too few rows to tell
  (two or fewer), or it holds in at least a third of them;
- or the header names it plainly ("Selisih", "Perubahan %") and the table offers it
  no other operands.
Otherwise the column is not read: the table was not understood, and nothing is said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Sequence
from weakref import WeakKeyDictionary

from ..model import Cell
from ..numbers import Number, consistent, format_number, parse_number, percent_of
from .layout import TableLayout
from .targets import GRADE_WITH_VALUE

# How certain a reading is, for the severity of what breaks it (README "Severity").
NAMED_CONFIRMED, NAMED, CONFIRMED = "named-and-confirmed", "named", "confirmed"

_DASHES = {"-", "–", "—", "--", "---", "- -", "-- --", "n/a", "na", "x"}
_FOOTNOTE = re.compile(r"\s*\*+\)?\s*$")
_PLUS = re.compile(r"^\+\s*(?=\d)")

_WORKING_PRECISION = 60
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Value:
    """A cell read as a number: "- 28,39%" is −28.39, "+7" is 7, "12.540.550 *)" is
    12540550. ``number`` is the printed number with its sign, for comparisons at its
    printed precision."""

    value: Decimal
    number: Number
    cell: Cell | None

    @property
    def exponent(self) -> int:
        return self.number.exponent

    @property
    def percent(self) -> bool:
        return self.number.percent


def read_number(text: str, style: str | None) -> Number | None:
    """The one number a cell holds, with a plus sign or a footnote mark allowed (a detached
    minus is read by ``parse_number``)."""
    text = " ".join(text.split())
    if not text or text.lower() in _DASHES:
        return None
    text = _FOOTNOTE.sub("", text)
    graded = GRADE_WITH_VALUE.match(text)  # "B (80%)": the value counts
    if graded:
        text = graded.group(2)
    if _PLUS.match(text):
        text = _PLUS.sub("", text)
    number = parse_number(text, style)
    if number is None or number.value is None:
        return None
    return number


_VALUES: "WeakKeyDictionary[TableLayout, dict]" = WeakKeyDictionary()


def cell_value(layout: TableLayout, row: int, col: int) -> Value | None:
    """The number a cell holds (read once per cell: every reading tried reads it)."""
    cache = _VALUES.setdefault(layout, {})
    key = (row, col)
    if key not in cache:
        cell = layout.cell(row, col)
        number = read_number(cell.text, layout.column_styles.get(col)) if cell is not None else None
        cache[key] = Value(number.value, number, cell) if number is not None else None
    return cache[key]


@dataclass(frozen=True)
class Operand:
    """What a formula reads from a row: one column, or the sum of several (periodic
    columns: quarters, months, "Isian 1 … 4")."""

    columns: tuple[int, ...]
    label: str

    @property
    def is_sum(self) -> bool:
        return len(self.columns) > 1

    def read(self, layout: TableLayout, row: int) -> Value | None:
        values = [cell_value(layout, row, col) for col in self.columns]
        present = [v for v in values if v is not None]
        if not present:
            return None
        if len(self.columns) == 1:
            return present[0]
        if any(v.percent for v in present):
            return None
        total = sum((v.value for v in present), Decimal(0))
        exponent = max(v.exponent for v in present)
        raw = " + ".join(v.number.raw for v in present)
        return Value(total, Number(value=total, exponent=exponent, raw=raw), present[-1].cell)


def _unit(value: Value) -> Decimal:
    """The rounding room of an operand: one unit of its last printed digit when it is
    printed with decimals (66,7 may stand for 66,67), none for a whole count or amount."""
    return Decimal(10) ** value.exponent if value.exponent < 0 else Decimal(0)


@dataclass(frozen=True)
class Expected:
    value: Decimal
    slack: Decimal = Decimal(0)
    formula: str = ""  # "49 − 42 = 7" with the row's operands, filled by the formula


class Formula:
    """One way a derived column may be computed from a row. Subclasses give the kind,
    the operands and the arithmetic; ``expectations`` lists the values a row may show
    under this reading (the first is the one a finding quotes)."""

    kind = "formula"
    operands: tuple[Operand, ...] = ()

    def prepare(self, layout: TableLayout, rows: Sequence[int], printed: dict[int, Value]) -> None:
        """Column-wide inputs (the denominator of a share), before rows are evaluated."""

    def expectations(self, layout: TableLayout, row: int) -> list[Expected]:
        values = [operand.read(layout, row) for operand in self.operands]
        if any(v is None for v in values):
            return []
        return self.compute(values, row)

    def compute(self, values: list[Value], row: int) -> list[Expected]:
        raise NotImplementedError

    def describe(self) -> str:
        """The reading in words a reviewer writes: "Realisasi / Target × 100"."""
        raise NotImplementedError

def _ratio(part: Value, whole: Value) -> Expected | None:
    if whole.value == 0:
        return None
    with localcontext() as context:
        context.prec = _WORKING_PRECISION
        value = percent_of(part.value, whole.value)
        slack = HUNDRED * (_unit(part) / abs(whole.value) + abs(part.value) * _unit(whole) / whole.value ** 2)
    return Expected(value, slack)


def _fmt(value: Value, style: str) -> str:
    return format_number(value.value, value.number.decimals, style)


class Ratio(Formula):
    """part / whole × 100: capaian (realisasi / target), budget realisation
    (realisasi / anggaran), the unspent share (sisa / anggaran)."""

    kind = "ratio"

    def __init__(self, part: Operand, whole: Operand):
        self.operands = (part, whole)

    def compute(self, values, row):
        expected = _ratio(values[0], values[1])
        return [expected] if expected else []

    def describe(self) -> str:
        return f"{self.operands[0].label} / {self.operands[1].label} × 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        return f"{_fmt(values[0], style)} / {_fmt(values[1], style)} × 100 = {format_number(expected.value, 2, style)}"


class Inverse(Formula):
    """(2 − realisasi / target) × 100: the capaian of an indicator where lower is better."""

    kind = "inverse"

    def __init__(self, part: Operand, whole: Operand):
        self.operands = (part, whole)

    def compute(self, values, row):
        expected = _ratio(values[0], values[1])
        return [Expected(2 * HUNDRED - expected.value, expected.slack)] if expected else []

    def describe(self) -> str:
        return f"(2 − {self.operands[0].label} / {self.operands[1].label}) × 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        return (f"(2 − {_fmt(values[0], style)} / {_fmt(values[1], style)}) × 100 = "
                f"{format_number(expected.value, 2, style)}")


class Complement(Formula):
    """100 − realisasi / anggaran × 100: the unspent share (SILPA %, sisa %)."""

    kind = "complement"

    def __init__(self, part: Operand, whole: Operand):
        self.operands = (part, whole)

    def compute(self, values, row):
        expected = _ratio(values[0], values[1])
        return [Expected(HUNDRED - expected.value, expected.slack)] if expected else []

    def describe(self) -> str:
        return f"100 − {self.operands[0].label} / {self.operands[1].label} × 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        return (f"100 − {_fmt(values[0], style)} / {_fmt(values[1], style)} × 100 = "
                f"{format_number(expected.value, 2, style)}")


class Difference(Formula):
    """a − b: "Selisih", "+/-" (realisasi − target, year n − year n−1), "Sisa"
    (anggaran − realisasi), a capaian printed as realisasi − target."""

    kind = "difference"

    def __init__(self, minuend: Operand, subtrahend: Operand):
        self.operands = (minuend, subtrahend)

    def compute(self, values, row):
        with localcontext() as context:
            context.prec = _WORKING_PRECISION
            return [Expected(values[0].value - values[1].value, _unit(values[0]) + _unit(values[1]))]

    def describe(self) -> str:
        return f"{self.operands[0].label} − {self.operands[1].label}"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        decimals = max(v.number.decimals for v in values)
        return f"{_fmt(values[0], style)} − {_fmt(values[1], style)} = {format_number(expected.value, decimals, style)}"


class Change(Formula):
    """(n − (n−1)) / (n−1) × 100: "Perubahan %", "Kenaikan", "Pertumbuhan"."""

    kind = "change"

    def __init__(self, new: Operand, old: Operand):
        self.operands = (new, old)

    def compute(self, values, row):
        new, old = values
        if old.value == 0:
            return []
        with localcontext() as context:
            context.prec = _WORKING_PRECISION
            value = (new.value - old.value) * HUNDRED / abs(old.value)
            slack = HUNDRED * ((_unit(new) + _unit(old)) / abs(old.value)
                               + abs(new.value - old.value) * _unit(old) / old.value ** 2)
        return [Expected(value, slack)]

    def describe(self) -> str:
        new, old = (o.label for o in self.operands)
        return f"({new} − {old}) / {old} × 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        new, old = (_fmt(v, style) for v in values)
        return f"({new} − {old}) / {old} × 100 = {format_number(expected.value, 2, style)}"


class RowSum(Formula):
    """The sum of periodic columns: "Jumlah" after "Triwulan I … IV"."""

    kind = "sum"

    def __init__(self, parts: Operand):
        self.operands = (parts,)

    def compute(self, values, row):
        return [Expected(values[0].value, Decimal(0))]

    def describe(self) -> str:
        return self.operands[0].label

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        decimals = values[0].number.decimals
        return f"{values[0].number.raw} = {format_number(expected.value, decimals, style)}"


class Share(Formula):
    """value / column total × 100: "% dari total", "proporsi". The total is the one
    denominator the printed shares agree on (the table's total row, or a total printed
    elsewhere), found from the rows themselves."""

    kind = "share"

    def __init__(self, part: Operand):
        self.operands = (part,)
        self.total: Decimal | None = None

    def prepare(self, layout, rows, printed):
        intervals, parts = [], set()
        for row in rows:
            value, shown = self.operands[0].read(layout, row), printed.get(row)
            if value is None or shown is None or value.value <= 0:
                continue
            parts.add(value.value)
            intervals.append(_denominator_interval(value.value, shown.number))
        # Equal parts agree with any total that makes their one share: no evidence of a share.
        self.total = _most_covered_point([i for i in intervals if i is not None]) if len(parts) > 1 else None

    def compute(self, values, row):
        if not self.total:
            return []
        with localcontext() as context:
            context.prec = _WORKING_PRECISION
            return [Expected(values[0].value * HUNDRED / self.total, HUNDRED * _unit(values[0]) / self.total)]

    def describe(self) -> str:
        return f"{self.operands[0].label} / total × 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        return (f"{_fmt(values[0], style)} / {format_number(self.total, 0, style)} × 100 = "
                f"{format_number(expected.value, 2, style)}")

def _denominator_interval(part: Decimal, shown: Number) -> tuple[Decimal, Decimal | None] | None:
    """The totals ``part`` can be a share of, for the share printed as ``shown``: it
    rounds half-up or truncates to the printed value."""
    unit = Decimal(10) ** shown.exponent
    low_share, high_share = shown.value - unit / 2, shown.value + unit
    if high_share <= 0:
        return None
    with localcontext() as context:
        context.prec = _WORKING_PRECISION
        low = part * HUNDRED / high_share
        high = part * HUNDRED / low_share if low_share > 0 else None
    return low, high


def _most_covered_point(intervals: list[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """A point inside as many of the intervals as possible (a bounded one first)."""
    if not intervals:
        return None
    events = []
    for low, high in intervals:
        events.append((low, 0))
        if high is not None:
            events.append((high, 1))
    events.sort()
    best, best_low, best_high, open_now = 0, None, None, 0
    for index, (point, kind) in enumerate(events):
        open_now += 1 if kind == 0 else -1
        if kind == 0 and open_now > best:
            following = [p for p, k in events[index + 1:] if k == 1]
            best, best_low, best_high = open_now, point, following[0] if following else None
    if best_low is None:
        return None
    if best_high is None:
        return best_low
    return (best_low + best_high) / 2


# --- choosing a column's reading --------------------------------------------------------


@dataclass
class Candidate:
    """A formula offered for a column, with what the header says of it.

    ``named``: the header names this relation (a capaian column names realisasi /
    target; "% dari total" names a share). ``plain``: it names it in so many words
    ("Selisih", "Perubahan %"), and ``only_operands`` says the table offers it no other
    operands, so it stands even when no row confirms it. ``prior`` breaks ties (lower
    first).
    """

    formula: Formula
    named: bool = False
    plain: bool = False
    only_operands: bool = False
    prior: int = 0
    min_rows: int = 1  # rows it must hold in before the rows alone can make it the reading


@dataclass(frozen=True)
class RowReading:
    row: int
    printed: Value
    expected: Expected | None  # under the column's reading; None when it does not apply
    values: tuple[Value, ...]  # the operands read
    fits: bool  # the printed value fits the column's reading or an alternative the row allows
    fitted: Formula | None = None  # the reading it fits


@dataclass(frozen=True)
class ColumnReading:
    layout: TableLayout
    column: int
    formula: Formula
    certainty: str  # NAMED_CONFIRMED, NAMED or CONFIRMED
    rows: tuple[RowReading, ...]
    named: bool
    holding: int
    applicable: int

    @property
    def broken(self) -> list[RowReading]:
        return [r for r in self.rows if r.expected is not None and not r.fits]

    @property
    def support(self) -> str:
        """"5 of 6": rows that follow the reading, of those it applies to."""
        return f"{self.holding} of {self.applicable}"


def holds(printed: Value, expected: Expected, tolerance: Decimal = Decimal(0)) -> bool:
    """Whether the printed value could be the expected one, at its printed precision."""
    try:
        return consistent(printed.number, expected.value, slack=expected.slack + tolerance)
    except (ValueError, ArithmeticError):
        return False


def _evaluate(layout: TableLayout, formula: Formula, row: int, printed: Value,
              tolerance: Decimal) -> tuple[Expected | None, bool]:
    expectations = formula.expectations(layout, row)
    if not expectations:
        return None, False
    return expectations[0], any(holds(printed, e, tolerance) for e in expectations)


def printed_values(layout: TableLayout, column: int, rows: Sequence[int],
                   allow_units: bool = False) -> dict[int, Value]:
    """The printed values of a derived column; a value with a unit ("742 Orang" in a %
    column) is a count, not a derived figure, unless ``allow_units``."""
    printed = {}
    for row in rows:
        value = cell_value(layout, row, column)
        if value is not None and (allow_units or not value.number.unit):
            printed[row] = value
    return printed


def choose(layout: TableLayout, column: int, candidates: list[Candidate], rows: Sequence[int],
           tolerance: Decimal = Decimal(0), min_unnamed: int = 3, allow_units: bool = False) -> ColumnReading | None:
    """The reading of ``column`` among ``candidates``, judged on ``rows``; None when no
    candidate is acceptable (the column is not understood)."""
    printed = printed_values(layout, column, rows, allow_units)
    if not printed or not candidates:
        return None
    scored = []
    for index, candidate in enumerate(candidates):
        candidate.formula.prepare(layout, list(printed), printed)
        holding = applicable = 0
        for row, shown in printed.items():
            expected, holds = _evaluate(layout, candidate.formula, row, shown, tolerance)
            if expected is None:
                continue
            applicable += 1
            holding += holds
        scored.append((holding, applicable, candidate, index))
    named_hold = max((h for h, _, c, _ in scored if c.named), default=0)

    def eligible(item) -> bool:
        holding, applicable, candidate, _ = item
        if applicable == 0:
            return False
        if candidate.named:
            return True
        if holding < candidate.min_rows:
            return False
        return holding >= min_unnamed or (holding == applicable and named_hold == 0)

    ranked = sorted((s for s in scored if eligible(s)),
                    key=lambda s: (-s[0], not s[2].named, not s[2].plain, s[2].prior, s[3]))
    if not ranked:
        return None
    holding, applicable, best, _ = ranked[0]
    confirmed = holding >= 2 and holding * 2 > applicable
    if confirmed:
        certainty = NAMED_CONFIRMED if best.named else CONFIRMED
    elif best.named and (applicable <= 2 or (holding >= 1 and holding * 3 >= applicable)):
        certainty = NAMED
    elif best.named and best.plain and best.only_operands:
        certainty = NAMED
    else:
        return None
    row_readings = []
    for row, shown in printed.items():
        expected, holds = _evaluate(layout, best.formula, row, shown, tolerance)
        values = tuple(v for v in (o.read(layout, row) for o in best.formula.operands) if v is not None)
        fitted = best.formula if holds else None
        row_readings.append(RowReading(row, shown, expected, values, holds, fitted))
    return ColumnReading(layout, column, best.formula, certainty, tuple(row_readings), best.named,
                         holding, applicable)
