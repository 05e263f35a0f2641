"""Target values as written in plans and reports, normalised for comparison.

"B (80%)", "B", "98%", "98 %", "100", "13.000 Berkas", "742 org", "≥ 80", "80 - 90"
(ranges and bounds are read by ``text.ranges``). "B (80%)" and "B" agree (the letter is
the same, one gives no value); "B (80%)" and "90 %" do not. Units are compared through
their synonyms ("org" = "orang", ``text.units``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import parse_number
from ..text.ranges import read_range
from ..text.units import canonical_unit

# A letter grade with its value: "B (80%)", "B(72,1%)".
GRADE_WITH_VALUE = re.compile(r"^\s*([A-E][+-]?)\s*\(\s*([^()]+?)\s*\)\s*$")
_GRADE = re.compile(r"^\s*([A-E][+-]?)\s*$")


@dataclass(frozen=True)
class TargetValue:
    raw: str
    grade: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    percent: bool = False
    unit: str | None = None

    @property
    def has_value(self) -> bool:
        return self.low is not None

    @property
    def value(self) -> Decimal | None:
        return self.low if self.low == self.high else None


def _number_value(text: str) -> tuple[Decimal, bool, str | None] | None:
    number = parse_number(text)
    if number is None or number.value is None:
        return None
    return number.value, number.percent, canonical_unit(number.unit)


def parse_target(text: str | None) -> TargetValue | None:
    """A target cell's value, or None when it is not a recognisable target (text, blank, "-")."""
    if not text:
        return None
    raw = " ".join(text.split())
    if not raw or raw in {"-", "–", "—"}:
        return None
    match = GRADE_WITH_VALUE.match(raw)
    if match:
        inner = _number_value(match.group(2))
        if inner is None:
            return TargetValue(raw=raw, grade=match.group(1).upper())
        value, percent, unit = inner
        return TargetValue(raw=raw, grade=match.group(1).upper(), low=value, high=value, percent=percent, unit=unit)
    match = _GRADE.match(raw)
    if match:
        return TargetValue(raw=raw, grade=match.group(1).upper())
    bounds = read_range(raw)
    if bounds is not None:
        return TargetValue(raw=raw, low=bounds.low, high=bounds.high, percent=bounds.percent,
                           unit=canonical_unit(bounds.unit))
    inner = _number_value(raw)
    if inner:
        value, percent, unit = inner
        return TargetValue(raw=raw, low=value, high=value, percent=percent, unit=unit)
    return None


def targets_agree(a: TargetValue, b: TargetValue) -> bool:
    """Whether two written targets say the same thing (missing parts do not disagree)."""
    if a.grade and b.grade and a.grade != b.grade:
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.has_value and b.has_value:
        return a.low == b.low and a.high == b.high
    if a.high is not None and b.high is not None and (a.low is None or b.low is None):
        return a.high == b.high and a.low == b.low
    return True
