"""SKM (Survei Kepuasan Masyarakat) grades: a letter with its index, "B (80%)".

Permenpan RB 14/2017 converts the survey index (25–100) to a quality letter; the bands
live in ``rules/scales.toml``. A letter with a value is read as an SKM grade only
where the text around it speaks of the survey, so an unrelated "A (…)" is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import Number, find_numbers, parse_number
from ..textutil import matches_any

_GRADE_FORM = re.compile(r"(?<![\w(])([A-D])\s*\(\s*(\d{1,3}(?:[.,]\d{1,4})?\s*%?)\s*\)")


@dataclass(frozen=True)
class SkmBand:
    grade: str
    low: Decimal
    high: Decimal


@dataclass(frozen=True)
class GradeForm:
    """One "X (nn%)" in a text."""

    text: str  # as printed
    grade: str
    number: Number
    start: int
    end: int


def skm_bands(packs: dict) -> list[SkmBand]:
    bands = packs.get("scales", {}).get("skm", {}).get("bands", [])
    parsed = [SkmBand(b["grade"], Decimal(str(b["from"])), Decimal(str(b["to"]))) for b in bands]
    return sorted(parsed, key=lambda b: b.low)


def grade_of(value: Decimal, bands: list[SkmBand]) -> SkmBand | None:
    """The band of an index: from its lower bound up to the next band's, the last up to
    its upper bound; None outside 25–100."""
    for band, following in zip(bands, bands[1:] + [None]):
        upper_ok = value < following.low if following else value <= band.high
        if band.low <= value and upper_ok:
            return band
    return None


def mentions_skm(text: str, packs: dict) -> bool:
    return matches_any(text, packs.get("scales", {}).get("skm", {}).get("terms", []))


def grade_forms(text: str) -> list[GradeForm]:
    forms = []
    for match in _GRADE_FORM.finditer(text):
        number = parse_number(match.group(2))
        if number is None or number.value is None:
            continue
        forms.append(GradeForm(match.group(0), match.group(1), number, match.start(), match.end()))
    return forms


# --- the index computed from its unsur ----------------------------------------------------------

_UNSUR_MIN_ROWS = 5
_NRR_LOW, _NRR_HIGH = Decimal(1), Decimal(4)
_INDEX_LOW, _INDEX_HIGH = Decimal(25), Decimal(100)
_CONVERSION = Decimal(25)


@dataclass(frozen=True)
class UnsurTable:
    """A table of the survey's service elements (unsur) with their mean scores (1–4) and,
    when printed, their weighted scores."""

    layout: object
    means: tuple[Number, ...]
    weighted: tuple[Number, ...] | None
    mean_col: int
    weighted_col: int | None

    def readings(self) -> list[tuple[Decimal, Decimal, str]]:
        """(index, how far rounding of the printed scores lets it lie, how it is computed)."""
        found = []
        n = len(self.means)
        mean = sum((m.value for m in self.means), Decimal(0)) / n
        slack = max(Decimal(1).scaleb(m.exponent) / 2 for m in self.means) * _CONVERSION
        found.append((mean * _CONVERSION, slack, f"mean of {n} unsur × 25"))
        if self.weighted:
            total = sum((w.value for w in self.weighted), Decimal(0))
            slack = sum((Decimal(1).scaleb(w.exponent) / 2 for w in self.weighted), Decimal(0)) * _CONVERSION
            found.append((total * _CONVERSION, slack, f"sum of {n} weighted unsur × 25"))
        return found


def _column(layout, terms: list[str], not_terms: list[str] = ()) -> int | None:
    columns = [c.index for c in layout.columns if matches_any(c.label, terms) and not matches_any(c.label, not_terms)]
    return columns[0] if len(columns) == 1 else None


def _scores(layout, col: int, low: Decimal, high: Decimal) -> list[Number] | None:
    values = []
    for row in layout.data_rows:
        cell = layout.cell(row, col)
        if cell is None or not cell.text.strip():
            continue
        number = parse_number(cell.text, layout.document_style)
        if number is None or number.value is None or not low <= number.value <= high:
            return None
        values.append(number)
    return values


def read_unsur_tables(facts) -> list[UnsurTable]:
    section = facts.packs.get("scales", {}).get("skm", {})
    found = []
    for info in facts.tables:
        if info.document is not facts.report:
            continue
        layout = info.layout
        heads = " ".join([layout.table.caption or "", *info.context[-1:], *(c.label for c in layout.columns)])
        if not matches_any(heads, section.get("unsur_terms", [])):
            continue
        weighted_col = _column(layout, section.get("weighted_columns", []))
        mean_col = _column(layout, section.get("mean_columns", []), section.get("weighted_columns", []))
        if mean_col is None:
            continue
        means = _scores(layout, mean_col, _NRR_LOW, _NRR_HIGH)
        if not means or len(means) < _UNSUR_MIN_ROWS:
            continue
        weighted = _scores(layout, weighted_col, Decimal(0), _NRR_HIGH) if weighted_col is not None else None
        if weighted is not None and len(weighted) != len(means):
            weighted = None
        found.append(UnsurTable(layout, tuple(means), tuple(weighted) if weighted else None, mean_col,
                                weighted_col if weighted else None))
    return found


@dataclass(frozen=True)
class IndexClaim:
    """"skor Indeks Kepuasan Masyarakat (IKM) sebesar 81,71": the survey's index as stated."""

    text: str
    number: Number
    location: object


_INDEX_CUE = re.compile(r"(?:sebesar|adalah|yaitu|senilai|mencapai|=|:)\s*$", re.I)


def read_index_claims(facts) -> list[IndexClaim]:
    from .sentences import sentences
    from ..text.ranges import is_bound

    found = []
    style = facts.document_styles.get(facts.report.path)
    bounds = facts.packs.get("scales", {}).get("bounds", {})
    for paragraph in facts.prose_paragraphs:
        for sentence in sentences(paragraph, facts.packs):
            text = sentence.text
            if not mentions_skm(text, facts.packs):
                continue
            for number in find_numbers(text, style):
                if number.value is None or number.percent or number.currency \
                        or not _INDEX_LOW <= number.value <= _INDEX_HIGH or number.decimals == 0:
                    continue
                if not _INDEX_CUE.search(text[max(0, number.start - 12):number.start]) \
                        or not mentions_skm(text[:number.start], facts.packs) or is_bound(text, number, bounds):
                    continue
                found.append(IndexClaim(text, number, paragraph.location))
                break
    return found
