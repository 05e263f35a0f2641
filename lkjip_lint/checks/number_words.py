"""Digits and the number words next to them must agree: "742 (tujuh ratus empat puluh dua)"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..findings import Finding, Severity, make_finding
from ..numbers import format_number, parse_number
from ..numwords import number_to_words, words_to_number
from ..rule import Rule
from ..text.sentences import sentence_at
from ..understand.places import TextPlace, text_places

NUMBER_WORDS_MISMATCH = Rule(
    code="LKJ411",
    name="number-words-mismatch",
    category="number-words",
    severity=Severity.ERROR,
    summary="A number and the number words in parentheses beside it differ.",
    doc="""
    Official Indonesian text writes important numbers twice: in digits and, in
    parentheses, in words ("2 (dua) program", "Rp 440.768.000 (empat ratus empat puluh
    juta tujuh ratus enam puluh delapan ribu rupiah)"); the reverse order "dua (2)" is
    read too. Both must name the same number. Only parentheses that hold number words
    and nothing else are read: "(SKM)", "(n-1)", "(1)" and "(dua koma lima)" are not
    claims. A trailing "rupiah" or "persen" inside the parentheses is allowed.

    Example: "sebanyak 4 (tiga) kegiatan": the digits say 4, the words say 3.
    """,
)

RULES = (NUMBER_WORDS_MISMATCH,)

_AMOUNT = r"\d{1,3}(?:[.,]\d{3})+|\d+"
_DIGITS_THEN_WORDS = re.compile(
    rf"(?<![\w.,/-])(?P<currency>Rp\.?\s*)?(?P<digits>{_AMOUNT})(?:,-|,00)?(?P<percent>\s*%)?"
    r"\s*\(\s*(?P<words>[^()\d]{2,250}?)\s*\)"
)
_WORDS_THEN_DIGITS = re.compile(
    rf"(?P<words>(?:[A-Za-z]+[ \t-]+){{0,15}}[A-Za-z]+)\s*\(\s*(?P<digits>{_AMOUNT})\s*\)"
)


def _integer_readings(digits: str) -> list[int]:
    number = parse_number(digits)
    if number is None:
        return []
    values = number.alternatives if number.ambiguous else (number.value,)
    return [int(v) for v in values if v is not None and v == v.to_integral_value()]


def _display(value: int) -> str:
    return format_number(Decimal(value), 0, "id")


def _finding(place: TextPlace, start: int, end: int, digits: str, digit_value: int,
             words_value: int, expected: str) -> Finding:
    found = place.text[start:end].strip()
    return make_finding(
        NUMBER_WORDS_MISMATCH.code,
        place.location,
        "number-words-mismatch",
        found=found,
        expected=expected,
        evidence=f"{digits} = {number_to_words(digit_value)}",
        snippet=sentence_at(place.text, start, end),
        digits_value=_display(digit_value),
        words_value=_display(words_value),
    )


def _digits_then_words(place: TextPlace) -> Iterator[Finding]:
    for match in _DIGITS_THEN_WORDS.finditer(place.text):
        words_value = words_to_number(match.group("words"))
        readings = _integer_readings(match.group("digits"))
        if words_value is None or not readings or words_value in readings:
            continue
        digit_value = readings[0]
        suffix = " rupiah" if "rupiah" in match.group("words").lower() else ""
        if match.group("percent") and "persen" in match.group("words").lower():
            suffix = " persen"
        head = place.text[match.start():match.start("words")].rstrip(" (\t")
        expected = f"{head} ({number_to_words(digit_value)}{suffix})"
        yield _finding(place, match.start(), match.end(), match.group("digits"), digit_value,
                       words_value, expected)


def _longest_number_suffix(words: str) -> tuple[int, int] | None:
    """(offset in ``words``, value) of the longest run of number words ending ``words``."""
    tokens = list(re.finditer(r"[A-Za-z]+", words))
    for i in range(len(tokens)):
        value = words_to_number(words[tokens[i].start():])
        if value is not None:
            return tokens[i].start(), value
    return None


def _words_then_digits(place: TextPlace) -> Iterator[Finding]:
    for match in _WORDS_THEN_DIGITS.finditer(place.text):
        suffix = _longest_number_suffix(match.group("words"))
        readings = _integer_readings(match.group("digits"))
        if suffix is None or not readings:
            continue
        offset, words_value = suffix
        if words_value in readings:
            continue
        digit_value = readings[0]
        start = match.start("words") + offset
        expected = f"{number_to_words(digit_value)} ({match.group('digits')})"
        yield _finding(place, start, match.end(), match.group("digits"), digit_value, words_value, expected)


def check(facts, config) -> Iterator[Finding]:
    for document in facts.documents:
        for place in text_places(document, facts.layouts):
            yield from _digits_then_words(place)
            yield from _words_then_digits(place)
