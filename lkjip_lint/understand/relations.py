"""Which columns of a table are derived from the others, and the readings to try for each.

Kinds of derived column, told by the header words of ``[relations]`` in
``rules/vocabulary.toml`` and the column roles:

- ``achievement``: a capaian (%, Capaian, Kinerja) whose nearest anchor to the left is a
  target: realisasi / target × 100, or (2 − realisasi / target) × 100 where lower is
  better; the realisation may be one column, the "Jumlah" after periodic columns, or
  the periodic columns summed; a capaian printed as realisasi − target is tried too.
- ``budget-percent``: a percentage whose nearest anchor is a budget: realisasi /
  anggaran × 100, the complement (SILPA %: 100 − realisation %, or sisa / anggaran),
  or a share of the column total ("% dari total"). A physical-progress column
  ("Realisasi Fisik (%)") is no ratio of money and gets no reading.
- ``difference``: "Selisih", "+/-": a − b of two columns to its left (realisasi −
  target, year n − year n−1, anggaran − realisasi), and ``remainder``: a "Sisa" amount,
  anggaran − realisasi.
- ``change``: "Perubahan %", "Kenaikan", "Pertumbuhan": (n − (n−1)) / (n−1) × 100, or
  the difference (percentage points, or an amount for a header without %); a column
  whose rows follow one wrong formula instead (n − 100, n / (n−1) × 100) carries that
  ``slip`` (``understand.change_errors``).
- ``period-sum``: a "Jumlah" right after periodic columns (Triwulan I … IV, months): their sum.

Each is a ``DerivedColumn`` whose ``reading`` (``understand.readings``) was chosen
from the header and confirmed by the rows, or None when no reading fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable
from weakref import WeakKeyDictionary

from ..text.years import first_year
from ..textutil import fold, matches_any, shorten
from .change_errors import Slip, find_slip, needs_explaining
from .layout import TableLayout
from .readings import (NAMED_CONFIRMED, Candidate, Change, ColumnReading, Complement, Difference, Formula, Operand, Ratio, RowSum,
                       Share, cell_value, choose)

ACHIEVEMENT, BUDGET_PERCENT, DIFFERENCE, REMAINDER, CHANGE, PERIOD_SUM = (
    "achievement", "budget-percent", "difference", "remainder", "change", "period-sum")

_NUMBERED_LABEL = re.compile(r"^\(?\d+\)?$")


def relation_terms(vocabulary: dict) -> dict:
    return vocabulary.get("relations", {})


def header_relation(label: str, vocabulary: dict) -> str | None:
    """The relation a header names in so many words, or None."""
    terms = relation_terms(vocabulary)
    for relation in ("physical", "share", "complement", "change", "difference"):
        if matches_any(label, terms.get(relation, [])):
            return relation
    return None


def _last_part(layout: TableLayout, col: int) -> str:
    return layout.column_label(col).split(" / ")[-1]


def column_year(layout: TableLayout, col: int) -> int | None:
    """The year a column belongs to: in its own header cell, else in a header above it
    (a year group "2016" over "Target | Realisasi | %")."""
    parts = layout.columns[col].label.split(" / ") if layout.columns[col].label else []
    for part in reversed(parts):
        year = first_year(part)
        if year is not None:
            return year
    return None


def is_numeric_column(layout: TableLayout, col: int, rows=None) -> bool:
    rows = layout.data_rows if rows is None else rows
    return any(cell_value(layout, row, col) is not None for row in rows)


def _value_columns(layout: TableLayout, before: int) -> list[int]:
    """Numeric columns left of ``before`` that may be operands: not a number, label or
    physical-progress column."""
    found = []
    for column in layout.columns[:before]:
        if column.roles & {"number", "label"} and not column.roles & {"budget", "realisation", "target"}:
            continue
        if _NUMBERED_LABEL.match(column.label.strip() or "x") and column.year is None:
            continue
        if is_numeric_column(layout, column.index):
            found.append(column.index)
    return found


_GROUPS: "WeakKeyDictionary[TableLayout, list]" = WeakKeyDictionary()


def periodic_groups(layout: TableLayout, vocabulary: dict) -> list[tuple[int, ...]]:
    """Runs of two or more adjacent columns of one period each (Triwulan I … IV)."""
    if layout not in _GROUPS:
        _GROUPS[layout] = _periodic_groups(layout, vocabulary)
    return _GROUPS[layout]


def _periodic_groups(layout: TableLayout, vocabulary: dict) -> list[tuple[int, ...]]:
    terms = relation_terms(vocabulary).get("periodic", [])
    groups, run = [], []
    for column in layout.columns:
        periodic = matches_any(column.label, terms) and is_numeric_column(layout, column.index)
        if periodic and (not run or _last_part(layout, run[-1]) != _last_part(layout, column.index)):
            run.append(column.index)
            continue
        if len(run) >= 2:
            groups.append(tuple(run))
        run = [column.index] if periodic else []
    if len(run) >= 2:
        groups.append(tuple(run))
    return groups


def _group_label(layout: TableLayout, group: tuple[int, ...]) -> str:
    return " + ".join(shorten(_last_part(layout, col), 20) for col in group)


def _total_after(layout: TableLayout, group: tuple[int, ...], vocabulary: dict) -> int | None:
    """The "Jumlah" column right after a periodic group, if there is one."""
    after = group[-1] + 1
    if after >= len(layout.columns):
        return None
    label = _last_part(layout, after)
    if matches_any(label, relation_terms(vocabulary).get("row_total", [])) and is_numeric_column(layout, after):
        return after
    return None


def _operand(layout: TableLayout, col: int) -> Operand:
    return Operand((col,), shorten(_last_part(layout, col) or layout.column_label(col), 30))


def realisation_operands(layout: TableLayout, start: int, end: int, vocabulary: dict) -> list[Operand]:
    """The realisations a percentage between columns ``start`` and ``end`` may use: each
    realisation column, the "Jumlah" after periodic columns, and the periodic columns
    summed (an empty month is nothing recorded, not a zero)."""
    operands: list[Operand] = []
    groups = [g for g in periodic_groups(layout, vocabulary) if start < g[0] and g[-1] < end]
    for group in groups:
        total = _total_after(layout, group, vocabulary)
        if total is not None and total < end:
            operands.append(_operand(layout, total))
        operands.append(Operand(group, _group_label(layout, group)))
    for column in reversed(layout.columns[start + 1:end]):
        if "realisation" in column.roles and "percent" not in column.roles:
            operands.append(_operand(layout, column.index))
    seen, unique = set(), []
    for operand in operands:
        if operand.columns not in seen:
            seen.add(operand.columns)
            unique.append(operand)
    return unique


@dataclass(frozen=True)
class DerivedColumn:
    kind: str
    column: int
    reading: ColumnReading | None
    layout: TableLayout
    anchor: int | None = None  # the target (achievement) or budget column
    slip: Slip | None = None  # the wrong formula a change column follows instead

    @property
    def label(self) -> str:
        return self.layout.column_label(self.column)


def anchor_of(layout: TableLayout, col: int) -> tuple[str, int] | None:
    """("target" | "budget", column) nearest to the left of a percentage column."""
    for column in reversed(layout.columns[:col]):
        if "budget" in column.roles and "realisation" not in column.roles:
            return "budget", column.index
        if "target" in column.roles and "percent" not in column.roles:
            return "target", column.index
    return None


# --- candidates per kind -------------------------------------------------------------------


def achievement_candidates(layout: TableLayout, col: int, target: int, vocabulary: dict,
                           capaian: Callable[[Operand, Operand], Formula]) -> list[Candidate]:
    """Readings of a capaian column: ``capaian(realisation, target)`` (the polarity of
    each row decides its form) for each realisation the table offers, nearest first,
    and the difference realisasi − target, which only the rows can make its reading."""
    target_operand = _operand(layout, target)
    candidates = []
    year = column_year(layout, col)
    for prior, realisation in enumerate(realisation_operands(layout, target, col, vocabulary)):
        years = {column_year(layout, c) for c in realisation.columns} - {None}
        if year is not None and years and year not in years:
            continue  # last year's capaian beside this year's realisation
        candidates.append(Candidate(capaian(realisation, target_operand), named=True, prior=prior))
        candidates.append(Candidate(Difference(realisation, target_operand), prior=100 + prior))
    return candidates


def budget_percent_candidates(layout: TableLayout, col: int, vocabulary: dict,
                              taken: frozenset = frozenset()) -> list[Candidate]:
    """``taken``: operand pairs a column to the left already follows as its ratio; a
    second column over the same pair ("Realisasi Keuangan (%)" then "Realisasi Fisik
    (%)") is that ratio only if its own rows show it."""
    relation = header_relation(layout.column_label(col), vocabulary)
    if relation == "physical":
        return []
    budgets = [c.index for c in layout.columns[:col]
               if "budget" in c.roles and not c.roles & {"realisation", "percent"}]
    if not budgets:
        return []
    start = budgets[-1]
    realisations = realisation_operands(layout, start, col, vocabulary)
    remainders = [c.index for c in layout.columns[start + 1:col] if "percent" not in c.roles
                  and header_relation(c.label, vocabulary) == "complement" and is_numeric_column(layout, c.index)]
    candidates: list[Candidate] = []
    for b_prior, budget in enumerate(reversed(budgets)):
        whole = _operand(layout, budget)
        for r_prior, part in enumerate(realisations):
            prior = 10 * b_prior + r_prior
            named = relation is None and (part.columns, whole.columns) not in taken
            candidates.append(Candidate(Ratio(part, whole), named=named, prior=prior))
            candidates.append(Candidate(Complement(part, whole), named=relation == "complement",
                                        plain=relation == "complement", prior=prior, min_rows=2))
        for remainder in remainders:
            candidates.append(Candidate(Ratio(_operand(layout, remainder), whole), named=relation == "complement",
                                        plain=relation == "complement", prior=b_prior))
    shared = realisations[:1] + [_operand(layout, budgets[-1])]
    for prior, part in enumerate(shared):
        candidates.append(Candidate(Share(part), named=relation == "share", plain=relation == "share",
                                    prior=prior, min_rows=3))
    return candidates


def _newer_first(layout: TableLayout, a: int, b: int) -> bool:
    """Whether column ``a`` is the later of two (by its year, "(n)" against "(n-1)", or
    by being to the right)."""
    ya, yb = column_year(layout, a), column_year(layout, b)
    if ya is not None and yb is not None and ya != yb:
        return ya > yb
    la, lb = fold(layout.column_label(a)), fold(layout.column_label(b))
    if re.search(r"n\s*-\s*1", lb) and not re.search(r"n\s*-\s*1", la):
        return True
    if re.search(r"n\s*-\s*1", la) and not re.search(r"n\s*-\s*1", lb):
        return False
    return a > b


def _pair_prior(layout: TableLayout, a: int, b: int) -> int:
    """How natural "a − b" is: realisasi − target, later − earlier year, anggaran −
    realisasi, adjacent columns first."""
    roles_a, roles_b = layout.columns[a].roles, layout.columns[b].roles
    if "realisation" in roles_a and "target" in roles_b:
        return 0
    if "budget" in roles_a and "realisation" in roles_b and "realisation" not in roles_a:
        return 1
    if _newer_first(layout, a, b):
        return 2 + abs(a - b)
    return 20 + abs(a - b)


def difference_candidates(layout: TableLayout, col: int, vocabulary: dict) -> list[Candidate]:
    pool = _value_columns(layout, col)
    only = len(pool) == 2
    candidates = []
    for a in pool:
        for b in pool:
            if a != b:
                candidates.append(Candidate(Difference(_operand(layout, a), _operand(layout, b)), named=True,
                                            plain=True, only_operands=only, prior=_pair_prior(layout, a, b)))
    return candidates


def remainder_candidates(layout: TableLayout, col: int, vocabulary: dict) -> list[Candidate]:
    """A "Sisa" amount: anggaran − realisasi."""
    budgets = [c.index for c in layout.columns[:col] if "budget" in c.roles and "realisation" not in c.roles]
    if not budgets:
        return []
    realisations = realisation_operands(layout, budgets[-1], col, vocabulary)
    only = len(budgets) == 1 and len(realisations) == 1
    return [Candidate(Difference(_operand(layout, budget), part), named=True, plain=True, only_operands=only,
                      prior=prior)
            for prior, (budget, part) in enumerate((b, r) for b in reversed(budgets) for r in realisations)]


def change_candidates(layout: TableLayout, col: int, vocabulary: dict) -> list[Candidate]:
    pool = [c for c in _value_columns(layout, col) if not layout.columns[c].roles & {"budget"}
            or layout.columns[c].roles & {"realisation"}]
    only = len(pool) == 2
    candidates = []
    for a in pool:
        for b in pool:
            if a == b or not _newer_first(layout, a, b):
                continue
            prior = abs(a - b)
            new, old = _operand(layout, a), _operand(layout, b)
            candidates.append(Candidate(Change(new, old), named=True, plain=True, only_operands=only, prior=prior))
            candidates.append(Candidate(Difference(new, old), named=True, plain=True, only_operands=only,
                                        prior=10 + prior))
    return candidates


def period_sum_candidates(layout: TableLayout, col: int, vocabulary: dict) -> list[Candidate]:
    for group in periodic_groups(layout, vocabulary):
        if _total_after(layout, group, vocabulary) == col:
            return [Candidate(RowSum(Operand(group, _group_label(layout, group))), named=True, plain=True,
                              only_operands=True)]
    return []


def _is_amount(layout: TableLayout, col: int) -> bool:
    return bool(layout.columns[col].roles & {"budget", "realisation", "amount"})


def derived_kind(layout: TableLayout, col: int, vocabulary: dict) -> str | None:
    """What kind of derived column ``col`` is, from its header and roles."""
    column = layout.columns[col]
    relation = header_relation(column.label, vocabulary)
    if column.roles & {"number", "label"} and not column.roles & {"percent"}:
        return None
    if any(_total_after(layout, g, vocabulary) == col for g in periodic_groups(layout, vocabulary)):
        return PERIOD_SUM
    if relation == "difference":
        return DIFFERENCE
    if relation == "change" and not column.roles & {"budget", "realisation", "target"}:
        return CHANGE
    if relation == "complement" and "percent" not in column.roles and not column.roles & {"target"}:
        return REMAINDER
    if "percent" in column.roles and not column.roles & {"target"} and relation != "change":
        anchor = anchor_of(layout, col)
        if anchor is None:
            return None
        return ACHIEVEMENT if anchor[0] == "target" else BUDGET_PERCENT
    return None


CANDIDATES = {
    BUDGET_PERCENT: budget_percent_candidates,
    DIFFERENCE: difference_candidates,
    REMAINDER: remainder_candidates,
    CHANGE: change_candidates,
    PERIOD_SUM: period_sum_candidates,
}


def read_derived(layout: TableLayout, col: int, kind: str, vocabulary: dict, rows=None,
                 tolerance: Decimal = Decimal(0), taken: frozenset = frozenset()) -> DerivedColumn:
    """A derived column of a kind other than ``achievement`` with its reading."""
    rows = layout.data_rows if rows is None else rows
    if kind == BUDGET_PERCENT:
        candidates = budget_percent_candidates(layout, col, vocabulary, taken)
    else:
        candidates = CANDIDATES[kind](layout, col, vocabulary)
    reading = choose(layout, col, candidates, rows, tolerance)
    slip = None
    if kind == CHANGE and needs_explaining(reading):
        changes = [c.formula for c in sorted(candidates, key=lambda c: c.prior) if isinstance(c.formula, Change)]
        slip = find_slip(layout, col, changes, rows, tolerance)
        if slip is not None:
            reading = choose(layout, col, [Candidate(slip.change, named=True, plain=True, only_operands=True)],
                             rows, tolerance)
    anchor = anchor_of(layout, col)
    return DerivedColumn(kind, col, reading, layout, anchor[1] if anchor else None, slip)


def _informative(row) -> bool:
    """A row that tells something about a relation: no operand zero, and not two equal
    operands (0 − 0 = 0 and 5 − 5 = 0 fit any difference)."""
    values = [v.value for v in row.values]
    return bool(values) and all(v != 0 for v in values) and len(set(values)) == len(values)


def discover(layout: TableLayout, col: int, vocabulary: dict, tolerance: Decimal = Decimal(0)) -> DerivedColumn | None:
    """A column no header word tells, that the rows show to be the difference of two
    columns to its left or the sum of the columns just before it: found in at least
    three telling rows and broken in exactly one (a warning: only the rows say so)."""
    pool = [c for c in _value_columns(layout, col) if layout.columns[c].label.strip()]
    if len(pool) < 2 or sum(1 for r in layout.data_rows if cell_value(layout, r, col) is not None) < 4:
        return None
    candidates = [Candidate(Difference(_operand(layout, a), _operand(layout, b)), prior=_pair_prior(layout, a, b))
                  for a in pool for b in pool if a != b]
    run = [c for c in pool if c < col]
    adjacent = []
    for c in reversed(run):
        if adjacent and c != adjacent[-1] - 1:
            break
        adjacent.append(c)
    if len(adjacent) >= 2 and adjacent[0] == col - 1:
        group = tuple(sorted(adjacent))
        candidates.append(Candidate(RowSum(Operand(group, _group_label(layout, group))), prior=0))
    reading = choose(layout, col, candidates, layout.data_rows, tolerance, min_unnamed=3)
    if reading is None or reading.named:
        return None
    telling = [r for r in reading.rows if r.fits and _informative(r)]
    if len(telling) < 3 or len(reading.broken) != 1:
        return None
    kind = PERIOD_SUM if reading.formula.kind == "sum" else DIFFERENCE
    return DerivedColumn(kind, col, reading, layout)


def tolerance_of(facts) -> Decimal:
    """The configured slack on computed values (``tolerance``), as a Decimal."""
    return Decimal(str(getattr(facts.config, "tolerance", 0) or 0))


def read_derived_columns(facts) -> list[DerivedColumn]:
    """Every derived column of the report's tables but capaian columns (read with the
    measurements), each with its reading or None, in document order."""
    tolerance = tolerance_of(facts)
    found = []
    for info in facts.tables:
        if info.document is not facts.report:
            continue
        layout = info.layout
        taken: set = set()
        for column in layout.columns:
            kind = derived_kind(layout, column.index, facts.vocabulary)
            if kind is not None and kind != ACHIEVEMENT:
                derived = read_derived(layout, column.index, kind, facts.vocabulary, tolerance=tolerance,
                                       taken=frozenset(taken))
                found.append(derived)
                reading = derived.reading
                if reading is not None and reading.formula.kind == "ratio" and reading.certainty == NAMED_CONFIRMED:
                    taken.add(tuple(o.columns for o in reading.formula.operands))
            elif kind is None and _may_be_derived(layout, column.index):
                discovered = discover(layout, column.index, facts.vocabulary, tolerance)
                if discovered is not None:
                    found.append(discovered)
    return found


def _may_be_derived(layout: TableLayout, col: int) -> bool:
    """A numeric column under a header that was read, and no name, number, target or year
    of its own (a target or a realisation is printed, not derived)."""
    column = layout.columns[col]
    if not column.label.strip() or not layout.header_rows:
        return False  # a table whose header was not read
    if column.roles & {"number", "label", "target", "realisation", "budget", "percent"} or column.year is not None:
        return False
    return is_numeric_column(layout, col)
