"""Achievement (capaian) rows: target, realisation and printed capaian of one indicator.

Read from every table with target, realisation and percentage (Capaian, %, Tingkat
Kemajuan) columns: the measurement tables of Bab III ("Tabel 3.1 … TARGET | REALISASI |
CAPAIAN") and the output rows of evaluation tables ("Keluaran/Output: … 13.000 Berkas
| 12.000 Berkas | 100%"). Budget rows ("Anggaran", "Pagu") are the budget checks'
business and are left out, as are columns that hold budgets.

Cells may hold a letter grade with a value ("B (80%)"), a percentage ("98 %"), a bare
number ("100") or a count with its unit ("13.000 Berkas"). The expected capaian is
realisasi / target × 100 for a positive indicator and (2 − realisasi / target) × 100
for a negative one; it is None when the polarity is unknown or the values cannot be
compared (different units, a zero target, a range).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Cell
from ..numbers import Number, format_number, parse_number, percent_of
from ..text.units import canonical_unit
from ..textutil import matches_any
from .identity import IdentitySettings, compare_words, content_words, same_name
from .layout import TableLayout
from .plans import clean_name
from .polarity import NEGATIVE, POSITIVE, indicator_polarity
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
class Measurement:
    info: TableInfo
    row: int
    indicator: str
    target: CellValue
    realisation: CellValue
    printed: CellValue | None  # the capaian as printed
    percent_col: int
    polarity: str | None
    units_agree: bool
    this_year: bool  # a measurement table of the report year (not an end-of-Renstra target)

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


def _triples(layout: TableLayout) -> list[tuple[int, int, int]]:
    """(target, realisation, percent) columns: each percent column with the nearest target
    column to its left (no budget column nearer) and the nearest realisation column between."""
    triples = []
    for column in layout.columns:
        if "percent" not in column.roles:
            continue
        anchors = [c for c in layout.columns[:column.index] if {"target", "budget"} & c.roles]
        if not anchors or "target" not in anchors[-1].roles or "budget" in anchors[-1].roles:
            continue
        target = anchors[-1].index
        realisations = [c.index for c in layout.columns[target + 1:column.index]
                        if "realisation" in c.roles and "budget" not in c.roles]
        if realisations:
            triples.append((target, realisations[-1], column.index))
    return triples


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


def _measurements_of(info: TableInfo, facts) -> list[Measurement]:
    layout = info.layout
    vocabulary = facts.vocabulary
    indicator_cols = [c.index for c in layout.columns
                      if matches_any(c.label, vocabulary.get("tables", {}).get("indicator", []))]
    end_terms = vocabulary.get("tables", {}).get("end_target", [])
    found = []
    for target_col, realisation_col, percent_col in _triples(layout):
        this_year = (info.kind == MEASUREMENT and bool(indicator_cols)
                     and not matches_any(layout.column_label(target_col), end_terms))
        for row in layout.data_rows:
            if layout.is_budget_row(row, target_col):
                continue
            target = read_cell(layout.cell(row, target_col), layout.column_styles.get(target_col))
            realisation = read_cell(layout.cell(row, realisation_col), layout.column_styles.get(realisation_col))
            if target is None or realisation is None:
                continue
            printed = read_cell(layout.cell(row, percent_col), layout.column_styles.get(percent_col))
            indicator = _indicator_name(layout, row, target_col, indicator_cols)
            found.append(Measurement(
                info=info, row=row, indicator=indicator, target=target, realisation=realisation,
                printed=printed, percent_col=percent_col, polarity=indicator_polarity(indicator, facts),
                units_agree=_units_agree(target, realisation), this_year=this_year,
            ))
    return found


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
