"""Ranges and inequalities of values: "76 % s/d 100 %", "≥ 91", "76 – 90", "> 100",
"< 55", "x ≤ 50", "90 < x ≤ 100", "91 ≤ x", "76 ≤ x < 91", "antara 76 dan 90",
"lebih dari 100 %", "85 % ke atas", "min. 80", "maks 5".

A range text is read as tokens: its numbers become N, and each word or sign of the
``[bounds]`` lists of ``rules/scales.toml`` becomes the token of its list (longer phrases
win over their beginnings). The same lists say which words before or after a number
make it a bound rather than a value ("lebih dari 100 %").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..numbers import Number, find_numbers
from ..textutil import fold

_TOKENS = {"value": "X", "at_least": "GE", "above": "GT", "at_most": "LE", "below": "LT",
           "through": "TO", "between": "BETWEEN", "between_and": "AND", "and_above": "UP", "and_below": "DOWN"}
_FLIPPED = {"GE": "LE", "LE": "GE", "GT": "LT", "LT": "GT"}
_RISING, _FALLING = ("LT", "LE"), ("GT", "GE")


@dataclass(frozen=True)
class Range:
    """A range of values; None is unbounded. ``decimals`` is the finest precision its
    bounds were printed with; ``numbers`` are the numbers as read (units, percent)."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False
    decimals: int = 0
    numbers: tuple[Number, ...] = field(default=(), compare=False)

    @property
    def step(self) -> Decimal:
        """The smallest difference the bounds' precision can express (1 for whole numbers)."""
        return Decimal(1).scaleb(-self.decimals)

    @property
    def percent(self) -> bool:
        return any(n.percent for n in self.numbers)

    @property
    def unit(self) -> str | None:
        return next((n.unit for n in reversed(self.numbers) if n.unit), None)

    def contains(self, value: Decimal) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        if self.high is not None and (value > self.high or (self.high_open and value == self.high)):
            return False
        return True

    def sort_key(self) -> tuple:
        low = self.low if self.low is not None else Decimal("-Infinity")
        high = self.high if self.high is not None else Decimal("Infinity")
        return (low, self.low_open, high)


def bundled_words() -> dict:
    from ..vocab import load_packs
    return load_packs().get("scales", {}).get("bounds", {})


def _phrases(words: dict) -> tuple[tuple[str, str], ...]:
    return tuple((phrase, token) for kind, token in _TOKENS.items() for phrase in words.get(kind, []) if phrase)


@lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple[tuple[str, str], ...]) -> re.Pattern:
    """One pattern for all (phrase, token) pairs, longest phrase first; a phrase that
    starts or ends with a letter must stand as a whole word there."""
    parts = []
    for phrase, token in sorted(phrases, key=lambda p: len(p[0]), reverse=True):
        parts.append(f"(?P<{token}_{len(parts)}>{_phrase_body(phrase)})")
    return re.compile("|".join(parts))


def _phrase_body(phrase: str) -> str:
    body = r"\s*".join(map(re.escape, fold(phrase).split()))
    before = r"(?<!\w)" if phrase[0].isalnum() else ""
    after = r"(?!\w)" if phrase[-1].isalnum() else ""
    return before + body + after


def _tokens(pattern: str, words: dict) -> list[str]:
    """"N ≤ x < N" -> ["N", "LE", "X", "LT", "N"]; a word outside the vocabulary stays as it is."""
    phrases = _phrases(words)
    if not phrases:
        return pattern.split()
    pattern = _phrase_pattern(phrases).sub(lambda m: f" {m.lastgroup.split('_')[0]} ", pattern)
    return pattern.split()


def _comparison(tokens: list[str]) -> str | None:
    """The comparison of "x <op> N" that a range with one number states."""
    if tokens in (["N", "UP"], ["N", "DOWN"]):
        return "GE" if tokens[1] == "UP" else "LE"
    if len(tokens) == 2 and tokens[0] in _FLIPPED and tokens[1] == "N":
        return tokens[0]
    if len(tokens) == 3 and tokens[0] == "X" and tokens[1] in _FLIPPED and tokens[2] == "N":
        return tokens[1]
    if len(tokens) == 3 and tokens[0] == "N" and tokens[1] in _FLIPPED and tokens[2] == "X":
        return _FLIPPED[tokens[1]]  # "91 ≤ x" is "x ≥ 91"
    return None


def _one_sided(comparison: str, number: Number, decimals: int) -> Range:
    if comparison in ("GE", "GT"):
        return Range(number.value, None, low_open=comparison == "GT", decimals=decimals, numbers=(number,))
    return Range(None, number.value, high_open=comparison == "LT", decimals=decimals, numbers=(number,))


def _two_sided(tokens: list[str], first: Number, second: Number, decimals: int) -> Range | None:
    """"N – N", "antara N dan N", "N ≤ x < N" or, falling, "N > x ≥ N"."""
    numbers = (first, second)
    if tokens in (["N", "TO", "N"], ["BETWEEN", "N", "TO", "N"], ["BETWEEN", "N", "AND", "N"]):
        found = Range(first.value, second.value, decimals=decimals, numbers=numbers)
    elif len(tokens) == 5 and tokens[0::2] == ["N", "X", "N"]:
        left, right = tokens[1], tokens[3]
        if left in _RISING and right in _RISING:
            found = Range(first.value, second.value, low_open=left == "LT", high_open=right == "LT",
                          decimals=decimals, numbers=numbers)
        elif left in _FALLING and right in _FALLING:
            found = Range(second.value, first.value, low_open=right == "GT", high_open=left == "GT",
                          decimals=decimals, numbers=numbers)
        else:
            return None
    else:
        return None
    return found if found.low <= found.high else None


def read_range(text: str, words: dict | None = None) -> Range | None:
    """The range ``text`` describes, or None when it is not a range. ``words`` is the
    [bounds] vocabulary of the scales pack (the bundled one by default)."""
    folded = fold(text).replace("persen", "%")
    numbers = [n for n in find_numbers(folded) if n.value is not None]
    if not numbers or len(numbers) > 2:
        return None
    pattern = ""
    last = 0
    for number in numbers:
        pattern += folded[last:number.start] + " N "
        last = number.end
    pattern += folded[last:]
    pattern = re.sub(r"\s+", " ", pattern.replace("%", " ")).strip(" .:")
    tokens = _tokens(pattern, bundled_words() if words is None else words)
    decimals = max(n.decimals for n in numbers)
    if len(numbers) == 1:
        comparison = _comparison(tokens)
        return _one_sided(comparison, numbers[0], decimals) if comparison else None
    return _two_sided(tokens, numbers[0], numbers[1], decimals)


@lru_cache(maxsize=8)
def _bound_patterns(phrases: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, re.Pattern]:
    before_kinds = {"GE", "GT", "LE", "LT", "TO", "BETWEEN"}
    after_kinds = {"TO", "UP", "DOWN"}
    before = "|".join(_phrase_body(p) for p, token in phrases if token in before_kinds)
    after_to = "|".join(_phrase_body(p) for p, token in phrases if token == "TO")
    after_open = "|".join(_phrase_body(p) for p, token in phrases if token in after_kinds - {"TO"})
    before_pattern = re.compile(rf"(?:{before}|=)\s*(?:dari|dengan)?\s*$" if before else r"=\s*$")
    after_parts = [f"(?:{after_to})\\s*\\d" if after_to else "", after_open]
    after = "|".join(p for p in after_parts if p)
    after_pattern = re.compile(rf"^\s*%?\s*(?:{after})" if after else r"(?!)")
    return before_pattern, after_pattern


def is_bound(text: str, number: Number, words: dict | None = None) -> bool:
    """Whether the words around ``number`` in ``text`` make it the bound of a range
    ("lebih dari 100 %", "76 % s/d 100 %", "85 % ke atas") rather than a value."""
    before, after = _bound_patterns(_phrases(bundled_words() if words is None else words))
    return bool(before.search(fold(text[:number.start])) or after.match(fold(text[number.end:])))
