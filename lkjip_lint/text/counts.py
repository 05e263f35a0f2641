"""Counts written as digits, optionally with their number words, before a noun:
"4 (empat) kegiatan", "2 (dua) indikator", "6 indikator".

``count_pattern`` builds the one pattern for a set of nouns; its groups are ``count``
(the digits), ``words`` (the number words in parentheses, when printed) and ``noun``.
``CountedNoun.words_agree`` says whether the words, when printed, spell a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numwords import words_to_number

COUNT = r"(?<![\w.,])(?P<count>\d{1,3})(?:\s*\(\s*(?P<words>[a-z][a-z\s-]*?)\s*\))?"


def noun_alternatives(nouns) -> str:
    """A regex alternation of nouns, longest first, any spacing between their words."""
    ordered = sorted({" ".join(n.split()) for n in nouns if n.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, n.split())) for n in ordered)


def count_pattern(nouns, *, before: str = "", after: str = r"(?![\w-])") -> re.Pattern | None:
    """"N (words) <noun>" for any of ``nouns``; ``before`` / ``after`` add context."""
    alternatives = noun_alternatives(nouns)
    if not alternatives:
        return None
    return re.compile(rf"{before}{COUNT}\s*(?P<noun>{alternatives}){after}", re.I)


@dataclass(frozen=True)
class CountedNoun:
    count: int
    words: str | None
    noun: str
    start: int
    end: int

    @property
    def words_agree(self) -> bool:
        """True when no words are printed or they spell a number (any number)."""
        return self.words is None or words_to_number(self.words) is not None

    @property
    def printed_count(self) -> str:
        """"4 (empat)" as it reads, spaces folded."""
        return f"{self.count} ({' '.join(self.words.split())})" if self.words else str(self.count)


def read_count(match: re.Match) -> CountedNoun:
    return CountedNoun(int(match.group("count")), match.group("words"), match.group("noun"),
                       match.start(), match.end())


def find_counts(text: str, pattern: re.Pattern | None, start: int = 0) -> list[CountedNoun]:
    if pattern is None:
        return []
    return [read_count(m) for m in pattern.finditer(text, start)]
