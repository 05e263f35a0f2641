"""List markers ("I.", "1.", "a.", "1)", "(iv)", "3.2", "-") and roman numerals.

A list label is read from the start of a paragraph (or from a table's "No" cell with
``bare``); each label has one or more readings: "I." is the letter I (9th) or the
roman numeral 1, "c." the letter c or the roman 100 … A label with several readings is
settled by the list it continues (see ``understand.lists.ListTracker``).

Row markers are the narrower "No" cells of amount tables: an upper-case roman numeral,
an arabic number, a dotted number ("1.2") or a lower-case letter, with an optional "."
or ")"; their class orders a table's hierarchy (roman above arabic above letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^\s*(?:[-–—*]\s+|[•●▪■◦○➤►▶❖✓✔·]\s*)")
_ENCLOSED = re.compile(r"^\s*\(([0-9]{1,3}|[A-Za-z]{1,4})\)(?=\s|$)")
_CLOSED = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\)(?=\s|$)")
# "3.1.4" also before a capital with no space: "3.1.4.Perbandingan".
_DOTTED = re.compile(r"^\s*([0-9]{1,2}(?:\.[0-9]{1,2})+)\.?(?=\s|$|[A-Z])")
_DOT = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\.(?=\s|$|[A-Z])")
_BARE = re.compile(r"^\s*([0-9]{1,3}|[A-Za-z]{1,4})\s*$")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
MAX_ROMAN_LABEL = 39  # "CV.", "DI." and "MM." start names, not lists

ARABIC, LOWER, UPPER, LOWER_ROMAN, UPPER_ROMAN, BULLET, DOTTED = (
    "arabic", "lower", "upper", "lower-roman", "upper-roman", "bullet", "dotted",
)
# Usual Indonesian outline order, outermost first: BAB I / A. / 1. / a. / 1) / a) / -.
STYLE_RANK = {UPPER_ROMAN: 0, UPPER: 1, ARABIC: 2, DOTTED: 2, LOWER: 3, LOWER_ROMAN: 4, BULLET: 5}


def roman_value(text: str) -> int | None:
    """The value of a roman numeral in either case ("IV" -> 4, "xii" -> 12), else None."""
    upper = text.upper()
    if not _ROMAN.match(upper):
        return None
    total = 0
    for char, following in zip(upper, upper[1:] + " "):
        value = _ROMAN_VALUES[char]
        total += -value if _ROMAN_VALUES.get(following, 0) > value else value
    return total


def to_roman(n: int) -> str:
    parts = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        parts.append(numeral * count)
    return "".join(parts)


def numeral_value(text: str) -> int | None:
    """1, 2 … from "1", "2.", "I", "II)" (a number or an upper-case roman); None otherwise."""
    text = text.strip().rstrip(".)")
    if text.isdigit():
        return int(text)
    return roman_value(text) if text.isupper() else None


@dataclass(frozen=True)
class Reading:
    kind: str
    value: int
    prefix: str = ""  # "3" for the dotted label "3.2"


@dataclass(frozen=True)
class Label:
    raw: str  # as printed: "2.", "(a)", "-"
    core: str  # "2", "a", "3.2", ""
    form: str  # "x." | "x)" | "(x)" | "x" | "bullet"
    readings: tuple[Reading, ...]

    @property
    def is_bullet(self) -> bool:
        return self.form == "bullet"

    @property
    def rank(self) -> int:
        """Outline rank of the label's likeliest style: 0 for "I.", 5 for a bullet."""
        if self.is_bullet:
            return STYLE_RANK[BULLET]
        return min(STYLE_RANK[r.kind] for r in self.readings)

    @property
    def family(self) -> str:
        """"letter", "roman", "arabic" or "bullet": the label's likeliest style, coarsely."""
        if self.is_bullet:
            return "bullet"
        kind = self.readings[0].kind
        return {LOWER: "letter", UPPER: "letter", LOWER_ROMAN: "roman", UPPER_ROMAN: "roman"}.get(kind, "arabic")


def _readings(core: str) -> tuple[Reading, ...]:
    if core.isdigit():
        return (Reading(ARABIC, int(core)),)
    if "." in core:
        head, _, last = core.rpartition(".")
        return (Reading(DOTTED, int(last), head),)
    readings = []
    roman = roman_value(core)
    if len(core) == 1:
        readings.append(Reading(LOWER if core.islower() else UPPER, ord(core.lower()) - ord("a") + 1))
    if roman is not None and roman <= MAX_ROMAN_LABEL and (core.isupper() or core.islower()):
        readings.append(Reading(LOWER_ROMAN if core.islower() else UPPER_ROMAN, roman))
    return tuple(readings)


def parse_label(text: str, bare: bool = False) -> tuple[Label, str] | None:
    """The label at the start of ``text`` and the text after it, or None.

    ``bare`` also accepts a label without punctuation filling the whole text, as in a
    table's "No" column ("1", "II").
    """
    bullet = _BULLET.match(text)
    if bullet:
        rest = text[bullet.end():]
        inner = parse_label(rest)  # "- (1) Kecamatan …": the bullet is conversion noise
        if inner is not None:
            return inner
        return Label(bullet.group().strip(), "", "bullet", ()), rest.strip()
    patterns = [(_ENCLOSED, "(x)"), (_CLOSED, "x)"), (_DOTTED, "x."), (_DOT, "x.")]
    if bare:
        patterns.append((_BARE, "x"))
    for pattern, form in patterns:
        match = pattern.match(text)
        if not match:
            continue
        core = match.group(1)
        readings = _readings(core)
        if readings:
            return Label(match.group().strip(), core, form, readings), text[match.end():].strip()
    return None


_BARE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\s+(?=\S)")


def strip_label(text: str, bare_numbers: bool = False) -> str:
    """``text`` without the list label (or bullet) it starts with; with ``bare_numbers``
    also without a number standing alone before it, as in a table cell
    ("1 Prosentase rekomendasi …")."""
    parsed = parse_label(text)
    if parsed is not None:
        return parsed[1]
    if bare_numbers and (number := _BARE_NUMBER.match(text)):
        return text[number.end():].strip()
    return text.strip()


def label_family(text: str) -> str | None:
    """"letter", "roman", "arabic" or "bullet" for the label ``text`` starts with, else None."""
    parsed = parse_label(text)
    return parsed[0].family if parsed is not None else None


def label_text(kind: str, value: int, prefix: str = "") -> str:
    """The printed core of a label of ``kind`` with ``value``: 3 -> "3", "c", "iii", "III", "2.3"."""
    if kind == LOWER:
        return chr(ord("a") + value - 1) if 1 <= value <= 26 else str(value)
    if kind == UPPER:
        return chr(ord("A") + value - 1) if 1 <= value <= 26 else str(value)
    if kind == LOWER_ROMAN:
        return to_roman(value).lower()
    if kind == UPPER_ROMAN:
        return to_roman(value)
    if kind == DOTTED:
        return f"{prefix}.{value}"
    return str(value)


# --- column numbers under a table header: "(1) (2) (3)" ---------------------------------

_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?\.?$")
MIN_NUMBERED_COLUMNS = 3


def is_column_numbers(texts) -> bool:
    """A row (its cell texts) or a line (one text) that numbers a table's columns:
    "(1) (2) (3)", "1 2 3 4": small integers, strictly increasing from 1 or 2, at least
    three of them; blank cells are passed over."""
    if isinstance(texts, str):
        texts = texts.split()
    numbers = []
    for text in texts:
        text = text.strip()
        if not text:
            continue
        match = _COLUMN_NUMBER.match(text)
        if not match:
            return False
        numbers.append(int(match.group(1)))
    return (len(numbers) >= MIN_NUMBERED_COLUMNS and numbers[0] <= 2
            and all(b > a for a, b in zip(numbers, numbers[1:])))


# --- row markers of amount tables -----------------------------------------------------

_ROW_MARKER = re.compile(r"^(?:(?P<roman>[IVXLC]+)|(?P<dotted>\d+(?:\.\d+)+)|(?P<arabic>\d+)|(?P<letter>[a-z]))[.)]?$")
_LEADING_ROW_MARKER = re.compile(r"^((?:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|\d{1,3})[.)]?)\s+(?=\S)")


def row_marker_class(text: str | None) -> str | None:
    """"roman", "arabic", "dotted1", "dotted2" … or "letter" for a "No" cell; None otherwise.
    A dotted marker's class counts its dots: "1.1" sits below "1"."""
    match = _ROW_MARKER.match((text or "").strip())
    if not match:
        return None
    if match.group("dotted"):
        return f"dotted{match.group('dotted').count('.')}"
    return next(kind for kind in ("roman", "arabic", "letter") if match.group(kind))


def is_row_marker(text: str | None) -> bool:
    return row_marker_class(text) is not None


def split_row_marker(text: str) -> tuple[str | None, str]:
    """(marker, rest) of a flattened table row that starts with a roman numeral or a
    number of up to three digits ("II Program …", "1. Koordinasi …"); (None, text) else."""
    match = _LEADING_ROW_MARKER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]
