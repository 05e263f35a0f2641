"""Periods a figure belongs to: a year after its head word, a quarter, a semester, a
cumulative "until" year.

    Tahun Anggaran 2021 / TA 2021 / T.A. 2021     year 2021, budget year
    Th. 2017 / tahun 2021                          year
    Januari 2022                                   a month's year
    Triwulan II / Trw 2 / TW IV                    quarter 2 / 2 / 4
    Semester I                                     semester 1
    s.d. 2016 / sampai dengan 2016                 cumulative to 2016

``headed_numbers`` is the lower-level reading: every run of 4 to 6 digits printed where
a year belongs (after a head word), so a check can tell a year that cannot be right
("tahun 20121") from one that can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markers import numeral_value
from .years import MONTH_PATTERN, YEAR

# Head words after which a year is printed. "TA" only in capitals: "ta" is no word here.
YEAR_HEAD = (
    r"(?:[Tt]ahun|TAHUN)(?:\s+(?:[Aa]nggaran|ANGGARAN))?|[Tt][Hh]\.?|TA\.?|T\.A\.?"
    rf"|(?i:{MONTH_PATTERN})"
)
_HEADED = re.compile(rf"(?P<head>\b(?:{YEAR_HEAD})\s*)(?P<digits>\d{{4,6}})(?![\d.,]\d|\d)")
# After these heads a year is a budget year: it must lie close to the report year.
_STRICT_HEAD = re.compile(r"anggaran$|^(?:th|ta|t\.a)\.?$", re.I)
_MONTH_HEAD = re.compile(rf"^(?:{MONTH_PATTERN})$", re.I)
_QUARTER = re.compile(r"\b(?:triwulan|trw|tw|kuartal)\s*[-.]?\s*(?P<n>[1-4]|I{1,3}|IV)\b", re.I)
_SEMESTER = re.compile(r"\b(?:semester|smt)\s*[-.]?\s*(?P<n>[12]|I{1,2})\b", re.I)
_UNTIL = re.compile(rf"\b(?:s\.?\s?d\.?|s/d|sampai\s+dengan)\s*(?:tahun\s+|th\.?\s*)?(?P<year>{YEAR})(?!\d)", re.I)

YEAR_KIND, BUDGET_YEAR, MONTH, QUARTER, SEMESTER, CUMULATIVE = (
    "year", "budget-year", "month", "quarter", "semester", "cumulative")


@dataclass(frozen=True)
class HeadedNumber:
    """Digits printed where a year belongs: ``head`` as printed ("Tahun Anggaran ")."""

    head: str
    digits: str
    start: int
    end: int

    @property
    def strict(self) -> bool:
        """A budget-year head ("Tahun Anggaran", "TA", "Th."), not a plain "tahun"."""
        return bool(_STRICT_HEAD.search(self.head.strip()))

    @property
    def after_month(self) -> bool:
        return bool(_MONTH_HEAD.match(self.head.strip()))


@dataclass(frozen=True)
class Period:
    kind: str
    year: int | None
    index: int | None  # the quarter or semester, 1-based
    start: int
    end: int


_FOUR_DIGITS = re.compile(r"\d{4}")


def headed_numbers(text: str) -> list[HeadedNumber]:
    """Every run of 4-6 digits after a year head word, left to right."""
    if not _FOUR_DIGITS.search(text):  # most texts: no need to try every head word at every place
        return []
    return [HeadedNumber(m.group("head"), m.group("digits"), m.start(), m.end()) for m in _HEADED.finditer(text)]


def _year_kind(number: HeadedNumber) -> str:
    if number.after_month:
        return MONTH
    return BUDGET_YEAR if number.strict else YEAR_KIND


def _headed_years(text: str) -> list[tuple[HeadedNumber, str]]:
    """The headed numbers that are years, each with its kind (year, budget year, month)."""
    return [(number, _year_kind(number)) for number in headed_numbers(text)
            if len(number.digits) == 4 and re.fullmatch(YEAR, number.digits)]


def find_periods(text: str) -> list[Period]:
    """Every period ``text`` names, left to right."""
    found = [Period(kind, int(number.digits), None, number.start, number.end) for number, kind in _headed_years(text)]
    for pattern, kind in ((_QUARTER, QUARTER), (_SEMESTER, SEMESTER)):
        for match in pattern.finditer(text):
            found.append(Period(kind, None, numeral_value(match.group("n")), match.start(), match.end()))
    for match in _UNTIL.finditer(text):
        found.append(Period(CUMULATIVE, int(match.group("year")), None, match.start(), match.end()))
    return sorted(found, key=lambda p: (p.start, p.end))


def budget_years(text: str) -> list[int]:
    """The years printed as budget years: "Tahun Anggaran 2021", "TA 2021", "T.A. 2021"."""
    return [int(number.digits) for number, kind in _headed_years(text)
            if kind == BUDGET_YEAR and not number.head.strip().lower().startswith("th")]
