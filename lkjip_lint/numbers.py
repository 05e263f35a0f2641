"""Numbers as printed in Indonesian reports: parsing, style inference, consistency.

Reports mix two conventions, often in one table:

    Indonesian ("id"): 1.234.567,89   thousands ".", decimal ","
    English    ("en"): 1,234,567.89   thousands ",", decimal "."

A parsed ``Number`` keeps the precision it was printed with (``exponent``), so a
check can ask whether a computed value could have been printed that way.

How a digit string is read (``style`` only breaks ties; it never overrides an
unambiguous string):

    printed               style   value            exponent  why
    14.463.930.781        any     14463930781      0         several "." groups: thousands
    1,004,422,800         any     1004422800       0         several "," groups: thousands
    12.245,50             any     12245.50         -2        mixed: the last separator is the decimal
    1,234.5               any     1234.5           -1        mixed: the last separator is the decimal
    72,1 / 99.92 / 0.5    any     72.1 / 99.92     -1 / -2   1, 2 or 4+ digits after one separator
    0,500 / 0.500         any     0.500            -3        a zero integer part is never a thousands group
    13.000                None    13000            0         one "." + 3 digits: Indonesian thousands
    13.000                "id"    13000            0
    13.000                "en"    13.000           -3
    3,200                 None    None (3.2|3200)  -3        ambiguous: alternatives=(3.200, 3200)
    3,200                 "id"    3.200            -3
    3,200                 "en"    3200             0
    106.439.453.000,00    any     106439453000.00  -2        value exact, trailing zeros kept
    1.234.56 / 14.01.2022 any     (not one number) -         find_numbers yields each digit run

Around the digits:

    Rp 100.000 / Rp. 1 / Rp17   currency=True (prefix)
    2.592.320.000,-             currency=True (suffix)
    72,1% / 99.92 % / 5 persen  percent=True; the value stays 72.1, not 0.721
    Rp 1,2 miliar               value 1.2E+9, exponent 8 (ribu, rb, juta, jt, miliar,
                                milyar, triliun, trilyun)
    13.000 Berkas / 742 org     unit="berkas" / "org"
    -5,5 / −5,5                 negative, only when the sign is not glued to a word or
                                number: "2016-2021" is 2016 and 2021, "(n-1)" is 1
    - 28,39% / – 5,2            a whole value (parse_number) that starts with a minus, hyphen
                                or en dash set apart from its digits is negative; a lone
                                "-" (an empty cell) is no number, and a dash before a
                                counted thing ("- 5 Dokumen") is a list mark, not a sign
    (1.234)                     the parentheses are not part of the number: 1234
    PP53 / 5th                  nothing: digits glued to letters form an identifier
    19640101 199302 1 004       four numbers: spaces never join digit groups

Number words ("tiga ratus") are not read here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .text.units import SCALE_EXPONENTS, SCALE_PATTERN, UNIT_WORDS
from .text.years import MONTH_WORDS

# Enough digits that sums and differences of any printed amount stay exact.
_WORKING_PRECISION = 200
# Digits percent_of carries beyond the display precision asked for.
_GUARD_DIGITS = 20

_SWAP_SEPARATORS = str.maketrans(",.", ".,")

_BODY = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_DIGIT_RUN = re.compile(r"[0-9]+")
_MINUS_SIGNS = "-\u2212"
_SIGN_MAY_FOLLOW = "([{=:;<>\"'\u201c\u2018"
# A sign standing apart at the start of a whole value: hyphen, minus or en dash, then space.
_DETACHED_SIGN = re.compile(r"[-\u2212\u2013][ \t\u00a0]+(?=[0-9])")

_HSPACE = r"[ \t\u00a0]"
_CURRENCY_BEFORE = re.compile(rf"(?<![^\W\d_])Rp\.?{_HSPACE}*\Z", re.I)
_CURRENCY_DASH_AFTER = re.compile(r",-(?![-0-9])")
_PERCENT_AFTER = re.compile(rf"{_HSPACE}*%|{_HSPACE}+persen\b", re.I)
_SCALE_AFTER = re.compile(rf"{_HSPACE}+({SCALE_PATTERN})\b", re.I)
_WORD_AFTER = re.compile(rf"{_HSPACE}+([^\W\d_]+)\b")
# In a whole cell, up to three words after the number may be its unit: "13 Sub Kegiatan",
# "742 org."; a longer text ("1 Hasil Survei Kepuasan Masyarakat") is a numbered label.
_LABEL_TO_END = re.compile(rf"{_HSPACE}+([^\W\d_]+(?:{_HSPACE}+[^\W\d_]+){{0,2}})\.?\s*\Z")

@dataclass(frozen=True)
class Number:
    """One printed number.

    ``exponent`` is the power of ten of the last printed digit, after any scale
    word. For an ambiguous number ``value`` is None, ``alternatives`` holds its
    readings (Indonesian reading first) and ``exponent`` is that of the first
    reading; ``readings()`` gives each reading as a decided Number.
    """

    value: Decimal | None
    exponent: int
    raw: str
    start: int = 0
    end: int = 0
    percent: bool = False
    currency: bool = False
    unit: str | None = None
    ambiguous: bool = False
    alternatives: tuple[Decimal, ...] = ()

    @property
    def decimals(self) -> int:
        return max(0, -self.exponent)

    def readings(self) -> tuple[Number, ...]:
        """This number as decided Numbers: itself, or one per alternative reading."""
        if not self.ambiguous:
            return (self,)
        return tuple(
            replace(self, value=alternative, exponent=alternative.as_tuple().exponent,
                    ambiguous=False, alternatives=())
            for alternative in self.alternatives
        )


# --- reading the digits ------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    value: Decimal
    exponent: int
    style: str | None  # the convention this reading assumes; None for bare digits


_CONVENTIONS = (("id", ".", ","), ("en", ",", "."))  # (style, thousands, decimal)


def _is_thousands_grouping(integer_part: str, thousands: str) -> bool:
    """"1.234.567" with thousands "." -> True; "12.34", "0.500", "1234.567" -> False."""
    groups = integer_part.split(thousands)
    first, rest = groups[0], groups[1:]
    return (
        1 <= len(first) <= 3
        and not first.startswith("0")
        and all(len(group) == 3 for group in rest)
    )


def _read_as(body: str, style: str, thousands: str, decimal: str) -> _Reading | None:
    """The reading of ``body`` under one convention, or None if it does not fit."""
    integer_part, _, fraction = body.rpartition(decimal) if decimal in body else (body, "", "")
    if decimal in integer_part or thousands in fraction:
        return None
    if thousands in integer_part and not _is_thousands_grouping(integer_part, thousands):
        return None
    digits = integer_part.replace(thousands, "")
    if fraction:
        return _Reading(Decimal(f"{digits}.{fraction}"), -len(fraction), style)
    return _Reading(Decimal(digits), 0, style)


def _all_readings(body: str) -> tuple[_Reading, ...]:
    """Every reading of an unsigned digit string, Indonesian first; () if none fits."""
    if body.isdigit():
        return (_Reading(Decimal(body), 0, None),)
    readings = (_read_as(body, *convention) for convention in _CONVENTIONS)
    return tuple(reading for reading in readings if reading is not None)


def _decide(body: str, style: str | None) -> tuple[_Reading, ...]:
    """The readings left after the tie-break rules: one when decided, two when ambiguous."""
    readings = _all_readings(body)
    if len(readings) < 2:
        return readings
    if style in ("id", "en"):
        return tuple(r for r in readings if r.style == style)
    if "." in body:
        return tuple(r for r in readings if r.style == "id")
    return readings


def _style_evidence(body: str) -> str | None:
    """The convention a digit string proves, if any.

    A lone decimal point ("99.92", "72.1 %", "Tabel 3.1") proves nothing: Indonesian
    reports print percentages and section numbers that way next to "1.234.567".
    """
    readings = _all_readings(body)
    if len(readings) != 1 or readings[0].style is None:
        return None
    if body.count(".") == 1 and "," not in body:
        return None
    return readings[0].style


# --- reading around the digits -----------------------------------------------------

@dataclass(frozen=True)
class _Prefix:
    start: int
    negative: bool
    currency: bool


@dataclass(frozen=True)
class _Suffix:
    end: int
    currency: bool = False
    percent: bool = False
    scale: int = 0
    unit: str | None = None


# Finds a unit after position ``pos``: (unit, end) or None.
_UnitReader = Callable[[str, int], "tuple[str, int] | None"]


def _is_letter(char: str) -> bool:
    return char.isalpha() or char == "_"


def _sign_may_follow(text: str, sign_at: int) -> bool:
    return sign_at == 0 or text[sign_at - 1].isspace() or text[sign_at - 1] in _SIGN_MAY_FOLLOW


def _read_prefix(text: str, body_start: int) -> _Prefix | None:
    """Sign and currency before the digits; None when the digits are glued to a word."""
    has_sign = body_start > 0 and text[body_start - 1] in _MINUS_SIGNS
    before_sign = body_start - 1 if has_sign else body_start
    currency = _CURRENCY_BEFORE.search(text, max(0, before_sign - 16), before_sign)
    if currency:
        return _Prefix(currency.start(), has_sign, True)
    if has_sign and _sign_may_follow(text, before_sign):
        return _Prefix(before_sign, True, False)
    if body_start > 0 and _is_letter(text[body_start - 1]):
        return None
    return _Prefix(body_start, False, False)


def _known_unit_word(text: str, pos: int) -> tuple[str, int] | None:
    match = _WORD_AFTER.match(text, pos)
    if match and match.group(1).lower() in UNIT_WORDS:
        return match.group(1).lower(), match.end()
    return None


def _label_to_end(text: str, pos: int) -> tuple[str, int] | None:
    match = _LABEL_TO_END.match(text, pos)
    if not match:
        return None
    words = match.group(1).lower().split()
    if words[0] in MONTH_WORDS:
        return None
    return " ".join(words), match.end()


def _read_suffix(text: str, body_end: int, read_unit: _UnitReader) -> _Suffix | None:
    """Currency dash, percent sign, scale word and unit after the digits; None when glued to a word."""
    pos = body_end
    dash = _CURRENCY_DASH_AFTER.match(text, pos)
    if dash:
        pos = dash.end()
    if pos < len(text) and _is_letter(text[pos]):
        return None
    percent = _PERCENT_AFTER.match(text, pos)
    if percent:
        return _Suffix(percent.end(), currency=bool(dash), percent=True)
    scale = _SCALE_AFTER.match(text, pos)
    if scale:
        pos = scale.end()
    unit = read_unit(text, pos)
    return _Suffix(
        unit[1] if unit else pos,
        currency=bool(dash),
        scale=SCALE_EXPONENTS[scale.group(1).lower()] if scale else 0,
        unit=unit[0] if unit else None,
    )


# --- assembling Numbers --------------------------------------------------------------

def _body_spans(match: re.Match) -> Iterator[tuple[int, int]]:
    """The span of a digit string, or of each digit run when no convention fits it."""
    if _all_readings(match.group()):
        yield match.span()
    else:
        for run in _DIGIT_RUN.finditer(match.string, match.start(), match.end()):
            yield run.span()


def _adjusted(reading: _Reading, negative: bool, scale: int) -> tuple[Decimal, int]:
    value = reading.value.scaleb(scale)
    return (-value if negative else value), reading.exponent + scale


# No amount in a report has more digits than this; a longer run is an identifier or noise.
MAX_DIGITS = 28  # also the precision of decimal arithmetic here


def _number_at(text: str, start: int, end: int, style: str | None, read_unit: _UnitReader) -> Number | None:
    if sum(ch.isdigit() for ch in text[start:end]) > MAX_DIGITS:
        return None
    readings = _decide(text[start:end], style)
    prefix = _read_prefix(text, start)
    suffix = _read_suffix(text, end, read_unit)
    if not readings or prefix is None or suffix is None:
        return None
    values = [_adjusted(r, prefix.negative, suffix.scale) for r in readings]
    ambiguous = len(values) > 1
    return Number(
        value=None if ambiguous else values[0][0],
        exponent=values[0][1],
        raw=text[prefix.start:suffix.end],
        start=prefix.start,
        end=suffix.end,
        percent=suffix.percent,
        currency=prefix.currency or suffix.currency,
        unit=suffix.unit,
        ambiguous=ambiguous,
        alternatives=tuple(value for value, _ in values) if ambiguous else (),
    )


def _scan(text: str, style: str | None, read_unit: _UnitReader) -> Iterator[Number]:
    for match in _BODY.finditer(text):
        for start, end in _body_spans(match):
            number = _number_at(text, start, end, style, read_unit)
            if number is not None:
                yield number


def find_numbers(text: str, style: str | None = None) -> list[Number]:
    """Every number in free text, left to right, with its span in ``text``.

    Only words in ``UNIT_WORDS`` become units here; years, regulation numbers and
    caption numbers are returned like any other number.
    """
    return list(_scan(text, style, _known_unit_word))


def parse_number(text: str, style: str | None = None) -> Number | None:
    """The number that ``text`` (stripped) consists of, or None.

    Unlike ``find_numbers``, any trailing words (other than a month name) are taken
    as the unit, because a table cell holds nothing else: "5 Dokumen Perencanaan".
    A leading minus set apart from the digits ("- 28,39%") makes it negative.
    Spans are positions in ``text``.
    """
    return _parse_number(text, style)


@lru_cache(maxsize=65536)
def _parse_number(text: str, style: str | None) -> Number | None:
    """``parse_number``, once per cell text and style: a table's cells are read by many rules."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    detached = _DETACHED_SIGN.match(stripped)
    body = stripped[detached.end():] if detached else stripped
    numbers = list(_scan(body, style, _label_to_end))
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(body):
        return None
    number = numbers[0]
    if detached:
        if number.unit is not None:
            return None
        number = replace(number, value=None if number.value is None else -number.value,
                         alternatives=tuple(-a for a in number.alternatives))
    return replace(number, raw=stripped, start=offset, end=offset + len(stripped))


def infer_style(texts: Iterable[str]) -> str | None:
    """"id" or "en" by majority of the strings that prove a convention; None on a tie."""
    if isinstance(texts, str):
        texts = [texts]
    votes = Counter(_style_evidence(body) for text in texts for body in _BODY.findall(text))
    if votes["id"] > votes["en"]:
        return "id"
    if votes["en"] > votes["id"]:
        return "en"
    return None


# --- arithmetic ----------------------------------------------------------------------

def _to_decimal(value: Decimal | float | int) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    raise TypeError(f"expected Decimal, float or int, got {type(value).__name__}")


def _printed_interval(value: Decimal, exponent: int) -> tuple[Decimal, Decimal, bool, bool]:
    """(low, high, low_closed, high_closed): the values that round half-up or truncate to ``value``."""
    unit = Decimal(1).scaleb(exponent)
    half = unit / 2
    if value > 0:
        return value - half, value + unit, True, False
    if value < 0:
        return value - unit, value + half, False, True
    return -unit, unit, False, False


def consistent(stated: Number, computed: Decimal | float | int, slack: Decimal | float = 0) -> bool:
    """Whether ``computed`` (give or take ``slack``) could have been printed as ``stated``.

    True when it rounds half-up or truncates toward zero to the printed value at the
    printed precision. An ambiguous ``stated`` is consistent when any reading is.
    Percentages compare as printed: 72,1% is 72.1.
    """
    if stated.ambiguous:
        return any(consistent(reading, computed, slack) for reading in stated.readings())
    if stated.value is None:
        raise ValueError(f"{stated.raw!r} has no value")
    computed_value, slack_value = _to_decimal(computed), _to_decimal(slack)
    if not computed_value.is_finite():
        return False
    if slack_value < 0:
        raise ValueError("slack must not be negative")
    with localcontext() as context:
        context.prec = _WORKING_PRECISION
        low, high, low_closed, high_closed = _printed_interval(stated.value, stated.exponent)
        computed_low, computed_high = computed_value - slack_value, computed_value + slack_value
        reaches_low = computed_high > low or (low_closed and computed_high == low)
        reaches_high = computed_low < high or (high_closed and computed_low == high)
    return reaches_low and reaches_high


def format_number(value: Decimal | float, decimals: int = 0, style: str = "id") -> str:
    """``value`` rounded half-up to ``decimals`` places with grouped thousands.

    ("3.094.283.480", "100,74") for "id"; ("3,094,283,480", "100.74") for "en".
    """
    if style not in ("id", "en"):
        raise ValueError(f"unknown style {style!r}")
    if decimals < 0:
        raise ValueError("decimals must not be negative")
    number = _to_decimal(value)
    if not number.is_finite():
        raise ValueError(f"cannot format {number}")
    with localcontext() as context:
        context.prec = _WORKING_PRECISION
        rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = rounded.copy_abs()  # no "-0,00"
    text = f"{rounded:,.{decimals}f}"
    return text.translate(_SWAP_SEPARATORS) if style == "id" else text


def percent_of(part: Decimal | float | int, whole: Decimal | float | int, decimals: int = 2) -> Decimal:
    """``part / whole * 100``, unrounded.

    Exact when the quotient terminates; otherwise it carries at least
    ``decimals`` + 20 fractional digits, so rounding or truncating it to
    ``decimals`` places (as ``consistent`` does) is decided correctly.
    Raises ZeroDivisionError when ``whole`` is zero.
    """
    part_value, whole_value = _to_decimal(part), _to_decimal(whole)
    if whole_value.is_zero():
        raise ZeroDivisionError("percent of a zero whole")
    integer_digits = max(0, part_value.adjusted() - whole_value.adjusted() + 3)
    product_digits = len(part_value.as_tuple().digits) + 3
    with localcontext() as context:
        context.prec = max(28, product_digits, integer_digits + decimals + _GUARD_DIGITS)
        return part_value * 100 / whole_value


def display_style(stated: Number, fallback: str | None) -> str:
    """The style a percentage is printed in, to print a computed one the same way."""
    if "," in stated.raw and "." not in stated.raw:
        return "id"
    if "." in stated.raw and "," not in stated.raw:
        return "en"
    return fallback or "id"


def format_percent(value: Decimal, stated: Number, fallback_style: str | None) -> str:
    """``value`` as a percentage printed like ``stated``: at least two decimals, its style, " %"."""
    decimals = max(stated.decimals, 2)
    return format_number(value, decimals, display_style(stated, fallback_style)) + " %"
