"""Achievement (capaian) rows: target, realisation and printed capaian of one indicator.

Read from every table with target, realisation and percentage (Capaian, %, Tingkat
Kemajuan) columns: the measurement tables of Bab III ("Tabel 3.1 … TARGET | REALISASI |
CAPAIAN") and the output rows of evaluation tables ("Keluaran/Output: … 13.000 Berkas
| 12.000 Berkas | 100%"). Budget rows ("Anggaran", "Pagu") are the budget checks'
business and are left out, as are columns that hold budgets.

Cells may hold a letter grade with a value ("B (80%)"), a percentage ("98 %"), a bare
number ("100") or a count with its unit ("13.000 Berkas"). Each capaian column gets its
reading (``understand.readings``): which realisation it uses (one column, the "Jumlah"
after monthly columns, those columns summed), and realisasi / target × 100 or, for a
row whose indicator is lower-is-better, (2 − realisasi / target) × 100; a row whose
polarity is unknown, or that words or falling targets say may point down, may follow
either. ``Measurement.polarity`` is the row's polarity (the one its printed capaian
follows when it was open); the expected capaian is None when it cannot be told or the
values cannot be compared (different units, a zero target, a range).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from ..model import Cell
from ..numbers import Number, format_number, parse_number, percent_of
from ..text.units import canonical_unit
from ..textutil import matches_any
from .identity import IdentitySettings, compare_words, content_words, same_name
from .layout import TableLayout
from .plans import RENSTRA_SOURCE, clean_name
from .polarity import DEFAULT, NEGATIVE, POSITIVE, WORDING, polarity_with_source, says_decreasing
from .readings import ColumnReading, Formula, Inverse, Operand, Ratio, Value, choose, holds
from .relations import ACHIEVEMENT, achievement_candidates, anchor_of, column_year, derived_kind, tolerance_of
from .tables import MEASUREMENT, TableInfo
from .targets import GRADE_WITH_VALUE



@dataclass(frozen=True)
class CellValue:
    """A cell read as a value: its number and, for "B (80%)", its letter."""

    cell: Cell
    number: Number
    grade: str | None = None

    @property
    def value(self) -> Decimal:
        return self.number.value

    @property
    def unit(self) -> str | None:
        return canonical_unit(self.number.unit)


def read_cell(cell: Cell | None, style: str | None) -> CellValue | None:
    """A cell's value, or None for text, blanks, ranges, ambiguous or currency numbers."""
    if cell is None or not cell.text.strip():
        return None
    text = " ".join(cell.text.split())
    grade = None
    match = GRADE_WITH_VALUE.match(text)
    if match:
        grade, text = match.group(1).upper(), match.group(2)
    number = parse_number(text, style)
    if number is None or number.value is None or number.currency:
        return None
    return CellValue(cell, number, grade)


def capaian(target: Decimal, realisation: Decimal, polarity: str) -> Decimal:
    """Achievement in percent for a positive or negative indicator."""
    ratio = percent_of(realisation, target)
    return ratio if polarity == POSITIVE else 200 - ratio


@dataclass(frozen=True)
class RowPolarity:
    """The polarities a row's capaian may follow: ``primary`` (None when unknown) and
    the other one when the row allows it (unknown polarity, or a positive default with
    words or falling targets that say the figure is meant to go down)."""

    primary: str | None
    allowed: tuple[str, ...]


class Capaian(Formula):
    """realisasi / target × 100, or (2 − realisasi / target) × 100 for a row whose
    indicator is lower-is-better; the row's polarity decides which (or both)."""

    kind = "capaian"

    def __init__(self, part: Operand, whole: Operand, polarity_of: Callable[[int], RowPolarity]):
        self.operands = (part, whole)
        self.polarity_of = polarity_of

    def compute(self, values, row):
        realisation, target = values
        if not _values_agree(target, realisation):
            return []
        ratio = Ratio(*self.operands).compute(values, row)
        if not ratio:
            return []
        forms = {POSITIVE: ratio[0], NEGATIVE: Inverse(*self.operands).compute(values, row)[0]}
        return [forms[p] for p in self.polarity_of(row).allowed]

    def describe(self) -> str:
        return Ratio(*self.operands).describe()


def _values_agree(target: Value, realisation: Value) -> bool:
    """Target and realisation measure the same thing: no different units, and not one a
    percentage where the other carries a unit."""
    t_unit, r_unit = canonical_unit(target.number.unit), canonical_unit(realisation.number.unit)
    if target.number.percent != realisation.number.percent and (t_unit or r_unit):
        return False
    return not (t_unit and r_unit and t_unit != r_unit)


@dataclass(frozen=True)
class Measurement:
    info: TableInfo
    row: int
    indicator: str
    target: CellValue
    realisation: CellValue
    printed: CellValue | None  # the capaian as printed
    percent_col: int
    polarity: str | None  # the row's polarity: stated, told, or the one its printed capaian follows
    units_agree: bool
    this_year: bool  # a measurement table of the report year (not an end-of-Renstra target)
    reading: ColumnReading | None = None  # the capaian column's reading, None when not understood
    fits: bool | None = None  # the printed capaian follows a reading the row allows
    stated_polarity: str | None = None  # the polarity before the printed figure was read

    @property
    def layout(self) -> TableLayout:
        return self.info.layout

    @property
    def expected(self) -> Decimal | None:
        if self.polarity not in (POSITIVE, NEGATIVE) or not self.units_agree or self.target.value == 0:
            return None
        return capaian(self.target.value, self.realisation.value, self.polarity)

    def formula(self, style: str) -> str:
        """How the expected value comes about: "12.000 / 13.000 × 100 = 92,31"."""
        target = format_number(self.target.value, self.target.number.decimals, style)
        realisation = format_number(self.realisation.value, self.realisation.number.decimals, style)
        result = format_number(self.expected, 2, style)
        if self.polarity == NEGATIVE:
            return f"(2 − {realisation} / {target}) × 100 = {result}"
        return f"{realisation} / {target} × 100 = {result}"


def _indicator_name(layout: TableLayout, row: int, before_col: int, indicator_cols: list[int]) -> str:
    for col in reversed(indicator_cols):
        if col < before_col:
            cell = layout.cell(row, col)
            if cell is not None and cell.text.strip():
                return clean_name(cell.text)
    cells = [c for c in layout.table.rows[row] if c.col < before_col and c.col > 0 and c.text.strip(" :")]
    if cells:
        return clean_name(max(cells, key=lambda c: len(c.text)).text)
    return clean_name(layout.row_label(row))


def _units_agree(target: CellValue, realisation: CellValue) -> bool:
    if target.number.percent != realisation.number.percent and (target.unit or realisation.unit):
        return False
    return not (target.unit and realisation.unit and target.unit != realisation.unit)


def _row_texts(layout: TableLayout, row: int, before_col: int) -> list[str]:
    """The row's words before its figures (indicator, sasaran), and the sasaran of the rows
    above when its cell spans down."""
    texts = [c.text for c in layout.table.rows[row] if c.col < before_col]
    for col in range(before_col):
        spanning = layout.table.cell_at(row, col)
        if spanning is not None and spanning.row != row:
            texts.append(spanning.text)
    return texts


def _falling_targets(indicator: str, facts) -> bool:
    """The Renstra sets this indicator a lower target every year (three years or more)."""
    settings = facts.identity
    by_year = {}
    for entry in facts.targets:
        if entry.source == RENSTRA_SOURCE and entry.year and entry.value.value is not None \
                and same_name(entry.indicator, indicator, settings).same:
            by_year.setdefault(entry.year, entry.value.value)
    values = [by_year[y] for y in sorted(by_year)]
    return len(values) >= 3 and all(b < a for a, b in zip(values, values[1:]))


def _row_polarity(indicator: str, texts: list[str], facts) -> RowPolarity:
    polarity, source = polarity_with_source(indicator, facts)
    if polarity is None:
        return RowPolarity(None, (POSITIVE, NEGATIVE))
    if polarity == POSITIVE and source in (DEFAULT, WORDING) and (
            says_decreasing([indicator, *texts], facts) or _falling_targets(indicator, facts)):
        return RowPolarity(POSITIVE, (POSITIVE, NEGATIVE))
    return RowPolarity(polarity, (polarity,))


def _as_cell_value(value: Value | None, fallback_cell: Cell | None) -> CellValue | None:
    if value is None:
        return None
    cell = value.cell or fallback_cell
    if cell is None:
        return None
    if value.number.raw and "+" in value.number.raw:  # periodic columns summed
        return CellValue(cell, value.number)
    return read_cell(cell, None) or CellValue(cell, value.number)


def _default_realisation(layout: TableLayout, target: int, percent: int) -> int | None:
    columns = [c.index for c in layout.columns[target + 1:percent]
               if "realisation" in c.roles and "budget" not in c.roles and "percent" not in c.roles]
    return columns[-1] if columns else None


def _measurements_of(info: TableInfo, facts) -> list[Measurement]:
    layout = info.layout
    vocabulary = facts.vocabulary
    indicator_cols = [c.index for c in layout.columns
                      if matches_any(c.label, vocabulary.get("tables", {}).get("indicator", []))]
    end_terms = vocabulary.get("tables", {}).get("end_target", [])
    report_year = facts.report_year()
    tolerance = tolerance_of(facts)
    found = []
    for column in layout.columns:
        if derived_kind(layout, column.index, vocabulary) != ACHIEVEMENT:
            continue
        percent_col = column.index
        target_col = anchor_of(layout, percent_col)[1]
        group_year = column_year(layout, target_col) or column_year(layout, percent_col)
        this_year = (info.kind == MEASUREMENT and bool(indicator_cols)
                     and not matches_any(layout.column_label(target_col), end_terms)
                     and (group_year is None or report_year is None or group_year == report_year
                          or "realisation" in layout.columns[target_col].roles))
        rows = [r for r in layout.data_rows if not layout.is_budget_row(r, target_col)]
        names = {row: _indicator_name(layout, row, target_col, indicator_cols) for row in rows}
        polarities: dict[int, RowPolarity] = {}

        def polarity_of(row: int, names=names, target_col=target_col) -> RowPolarity:
            if row not in polarities:
                polarities[row] = _row_polarity(names[row], _row_texts(layout, row, target_col)
                                                + [layout.table.caption or ""], facts)
            return polarities[row]

        candidates = achievement_candidates(layout, percent_col, target_col, vocabulary,
                                            lambda part, whole: Capaian(part, whole, polarity_of))
        reading = choose(layout, percent_col, candidates, rows, tolerance)
        by_row = {r.row: r for r in reading.rows} if reading else {}
        if reading is not None:
            part_operand = reading.formula.operands[0]
        else:
            default = _default_realisation(layout, target_col, percent_col)
            if default is None:
                continue
            part_operand = Operand((default,), layout.column_label(default))
        for row in rows:
            target = read_cell(layout.cell(row, target_col), layout.column_styles.get(target_col))
            realisation = _as_cell_value(part_operand.read(layout, row), layout.cell(row, part_operand.columns[-1]))
            if target is None or realisation is None:
                continue
            printed = read_cell(layout.cell(row, percent_col), layout.column_styles.get(percent_col))
            row_reading = by_row.get(row)
            row_polarity = polarity_of(row)
            polarity = row_polarity.primary
            if row_reading is not None and row_reading.fits and isinstance(row_reading.fitted, Capaian):
                polarity = _fitted_polarity(layout, row_reading, row_polarity, tolerance) or polarity
            found.append(Measurement(
                info=info, row=row, indicator=names[row], target=target, realisation=realisation,
                printed=printed, percent_col=percent_col, polarity=polarity,
                units_agree=_units_agree(target, realisation), this_year=this_year, reading=reading,
                fits=row_reading.fits if row_reading is not None else None,
                stated_polarity=row_polarity.primary,
            ))
    return found


def _fitted_polarity(layout: TableLayout, row_reading, row_polarity: RowPolarity, tolerance: Decimal) -> str | None:
    """The polarity whose form the printed capaian follows (the first allowed one that fits)."""
    formula = row_reading.fitted
    for polarity in row_polarity.allowed:
        single = Capaian(formula.operands[0], formula.operands[1], lambda _row, p=polarity: RowPolarity(p, (p,)))
        expected = single.expectations(layout, row_reading.row)
        if expected and holds(row_reading.printed, expected[0], tolerance):
            return polarity
    return None


def read_measurements(facts) -> list[Measurement]:
    """Every achievement row of the report's tables, in document order."""
    def compute():
        rows = []
        for info in facts.tables:
            if info.document is facts.report:
                rows.extend(_measurements_of(info, facts))
        return rows
    return compute()


def read_indicators(facts) -> list[Measurement]:
    """The report year's indicators (measurement tables, not evaluation outputs or
    end-of-Renstra comparisons), one per indicator name: the first table that measures it."""
    def compute():
        settings = facts.identity
        chosen: list[Measurement] = []
        for measurement in facts.measurements:
            if not measurement.this_year:
                continue
            if any(same_name(measurement.indicator, other.indicator, settings).same for other in chosen):
                continue
            chosen.append(measurement)
        return chosen
    return compute()


def indicator_named_in(text: str, indicators: list[Measurement], settings: IdentitySettings,
                       min_share: float = 0.5) -> Measurement | None:
    """The one indicator a sentence names: most of its content words appear in the
    sentence (at least ``min_share`` of them, and no fewer than the identity minimum),
    and no other indicator comes close."""
    sentence_words = content_words(text, settings)
    scored = []
    for measurement in indicators:
        words = content_words(measurement.indicator, settings)
        if not words:
            continue
        matched = len(compare_words(words, sentence_words, settings).pairs)
        scored.append((matched / len(words), matched, measurement))
    named = [s for s in scored if s[0] >= min_share and s[1] >= settings.min_shared_words]
    if len(named) != 1:
        return None
    return named[0][2]
