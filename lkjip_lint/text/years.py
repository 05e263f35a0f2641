"""Years, year ranges and month names as reports print them.

A year is four digits from 1900 to 2099 standing alone: not glued to other digits and
not part of a decimal or grouped number ("1.2021", "2021,5"). "2020/2021" holds two
years. A year range is two years joined by a range connector ("2016-2021",
"2016 – 2021", "2016 s.d. 2021", "2016 s/d 2021", "2016 sampai dengan 2021",
"2016 hingga 2021").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

YEAR = r"(?:19|20)\d\d"
_BEFORE = r"(?<!\d)(?<!\d[.,])"
_AFTER = r"(?!\d)(?![.,]\d)"
_YEAR_TOKEN = re.compile(rf"{_BEFORE}({YEAR}){_AFTER}")
_WHOLE_YEAR = re.compile(rf"\s*{YEAR}\s*")

# The words and signs that join the two ends of a range of years or values.
RANGE_CONNECTOR = r"(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
_YEAR_RANGE = re.compile(rf"{_BEFORE}({YEAR})\s*{RANGE_CONNECTOR}\s*({YEAR}){_AFTER}", re.I)

MONTHS = (
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "november", "nopember", "desember",
)
MONTH_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust",
    "sep", "sept", "okt", "nov", "nop", "des",
)
MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)
_MONTH_NUMBER = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
}
MONTH_PATTERN = "|".join(MONTHS)


def month_number(word: str) -> int | None:
    """1 for "Januari", 11 for "Nopember"; None for anything else."""
    return _MONTH_NUMBER.get(word.strip().lower())


@dataclass(frozen=True)
class YearToken:
    year: int
    start: int
    end: int


@dataclass(frozen=True)
class YearRange:
    first: int
    last: int
    start: int
    end: int

    @property
    def span(self) -> int:
        return self.last - self.first


def find_years(text: str, start: int = 0, end: int | None = None) -> list[YearToken]:
    """Every year in ``text`` (between ``start`` and ``end``), left to right."""
    end = len(text) if end is None else end
    return [YearToken(int(m.group(1)), m.start(1), m.end(1)) for m in _YEAR_TOKEN.finditer(text, start, end)]


def years_in(text: str) -> list[int]:
    return [token.year for token in find_years(text)]


def first_year(text: str) -> int | None:
    found = find_years(text)
    return found[0].year if found else None


def is_year(text: str) -> bool:
    """A text that is one year and nothing else ("2021", " 2016 ")."""
    return bool(_WHOLE_YEAR.fullmatch(text or ""))


def find_year_ranges(text: str) -> list[YearRange]:
    """Every range of years in ``text`` ("2016-2021", "2016 s.d. 2021"), left to right."""
    return [YearRange(int(m.group(1)), int(m.group(2)), m.start(), m.end()) for m in _YEAR_RANGE.finditer(text)]


def has_year_range(text: str) -> bool:
    return bool(_YEAR_RANGE.search(text))
