"""SKM (Survei Kepuasan Masyarakat) grades: a letter with its index, "B (80%)".

Permenpan RB 14/2017 converts the survey index (25–100) to a quality letter; the bands
live in ``rules/scales.toml``. A letter with a value is read as an SKM grade only
where the text around it speaks of the survey, so an unrelated "A (…)" is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import Number, parse_number
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
