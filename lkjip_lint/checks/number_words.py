"""Digits and the number words next to them must agree: "742 (tujuh ratus empat puluh dua)"."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Iterator

from ..catalog.number_words import NUMBER_WORDS_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import format_number, parse_number
from ..numwords import number_to_words, words_to_number
from ..text.sentences import sentence_at
from ..understand.places import TextPlace, text_places
from ..understand.sentences import prose_blocks


_AMOUNT = r"\d{1,3}(?:[.,]\d{3})+|\d+"
_DIGITS_THEN_WORDS = re.compile(
    rf"(?<![\w.,/-])(?P<currency>Rp\.?\s*)?(?P<digits>{_AMOUNT})(?:,-|,00)?(?P<percent>\s*%)?"
    r"\s*\(\s*(?P<words>[^()\d]{2,250}?)\s*\)"
)
# "tujuh ratus empat puluh dua (742)": the digits in parentheses are found first, then
# up to this many words right before them, so a long run of letters is read once.
_DIGITS_IN_PARENTHESES = re.compile(rf"\(\s*(?P<digits>{_AMOUNT})\s*\)")
_MAX_WORDS_BEFORE = 16
_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_GAP = re.compile(r"[ \t-]+")


def _integer_readings(digits: str) -> list[int]:
    number = parse_number(digits)
    if number is None:
        return []
    values = number.alternatives if number.ambiguous else (number.value,)
    return [int(v) for v in values if v is not None and v == v.to_integral_value()]


def _display(value: int, style: str) -> str:
    return format_number(Decimal(value), 0, style)


def _finding(place: TextPlace, start: int, end: int, digits: str, digit_value: int,
             words_value: int, expected: str, style: str) -> Finding:
    found = place.text[start:end].strip()
    return make_finding(
        NUMBER_WORDS_MISMATCH.code,
        place.location,
        "number-words-mismatch",
        found=found,
        expected=expected,
        evidence=f"{digits} = {number_to_words(digit_value)}",
        snippet=sentence_at(place.text, start, end),
        digits_value=_display(digit_value, style),
        words_value=_display(words_value, style),
    )


def _digits_then_words(place: TextPlace, style: str) -> Iterator[Finding]:
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
                       words_value, expected, style)


def _longest_number_suffix(words: str) -> tuple[int, int] | None:
    """(offset in ``words``, value) of the longest run of number words ending ``words``."""
    tokens = list(re.finditer(r"[A-Za-z]+", words))
    for i in range(len(tokens)):
        value = words_to_number(words[tokens[i].start():])
        if value is not None:
            return tokens[i].start(), value
    return None


def _words_before(text: str, start: int, end: int) -> int | None:
    """Where the run of at most ``_MAX_WORDS_BEFORE`` words ending ``text[start:end]``
    (before optional spaces) begins, the words joined by spaces, tabs or hyphens; None
    when no word ends there."""
    stop = len(text[start:end].rstrip()) + start
    words = [m for m in _LETTERS.finditer(text, start, stop)]
    if not words or words[-1].end() != stop:
        return None
    first = len(words) - 1
    while first > 0 and len(words) - first < _MAX_WORDS_BEFORE \
            and _WORD_GAP.fullmatch(text, words[first - 1].end(), words[first].start()):
        first -= 1
    return words[first].start()


def _words_then_digits(place: TextPlace, style: str) -> Iterator[Finding]:
    text = place.text
    previous_end = 0
    for match in _DIGITS_IN_PARENTHESES.finditer(text):
        words_start = _words_before(text, previous_end, match.start())
        previous_end = match.end()
        if words_start is None:
            continue
        words = text[words_start:len(text[:match.start()].rstrip())]
        suffix = _longest_number_suffix(words)
        readings = _integer_readings(match.group("digits"))
        if suffix is None or not readings:
            continue
        offset, words_value = suffix
        if words_value in readings:
            continue
        digit_value = readings[0]
        expected = f"{number_to_words(digit_value)} ({match.group('digits')})"
        yield _finding(place, words_start + offset, match.end(), match.group("digits"), digit_value, words_value,
                       expected, style)


def check(facts, config) -> Iterator[Finding]:
    for document in facts.documents:
        # A PDF's printed lines joined into paragraphs: words wrapped onto the next line
        # ("… tujuh ratus enam puluh" / "ribu rupiah)") are read as one.
        joined = replace(document, blocks=prose_blocks(document))
        style = facts.document_styles.get(document.path) or "id"
        for place in text_places(joined, facts.layouts):
            yield from _digits_then_words(place, style)
            yield from _words_then_digits(place, style)
