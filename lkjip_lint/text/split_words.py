"""Words a PDF cell split in two: "Targ et", "Reali sasi", "CAPAIA N", "penyelenggaraa n".

A narrow cell wraps a word where it runs out of room, and the text layer may hold a
space inside the word (a stray gap between two glyph runs) or put its last letter on
the next line. Two neighbouring pieces are one word again when:

- together they make a known word (one the document prints whole elsewhere, or a
  header word of the vocabulary), and
- one piece is no word at all: a single letter that is no list mark ("a." / "b)"), or
  a piece that is neither a word of the document's running text nor of the vocabulary
  (a split happens in a narrow cell, not in running text), and
- the first piece has two letters at least and the word four, and
- their letters agree in case (a lower-case piece after a lower-case ending, or two
  capitalised pieces), so "Paket A" or "Golongan I" stay apart.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

# A word and the space after it, when another word follows: the second word is left for
# the next match, so "Target Reali sasi" tries "Reali sasi" too.
_PAIR = re.compile(r"(?<![\w-])([^\W\d_]+) (?=([^\W\d_]+)(?![\w-]))")
_WORD = re.compile(r"[^\W\d_]+")
_MARK_AFTER = re.compile(r"[.)]")
_MAX_PASSES = 3  # "Rea li sasi": each pass joins one gap
_MIN_WORD = 4  # "a n", "g a": letters strewn by rotated text make no word


def word_counts(texts: Iterable[str]) -> Counter:
    """How often each word (lower-cased) is printed in ``texts``."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(word.lower() for word in _WORD.findall(text))
    return counts


def _cases_agree(first: str, second: str) -> bool:
    if second.islower():
        return first[-1].islower()
    return second.isupper() and first.isupper() and len(first) >= 2


def rejoin(text: str, printed: Counter, words: frozenset[str] = frozenset()) -> str:
    """``text`` with each word split in two joined again.

    ``printed``: the words the document prints and how often (``word_counts``), which
    a join must make; ``words``: the pieces that are words of their own (lower-case:
    the words of the document's running text and of the vocabulary), which two
    neighbouring words must not both be.
    """

    def joins(first: str, second: str, after: int, text: str) -> bool:
        whole = (first + second).lower()
        if len(first) < 2 or len(whole) < _MIN_WORD or not _cases_agree(first, second) or not (printed[whole] or whole in words):
            return False
        if len(second) == 1:
            return not _MARK_AFTER.match(text, after)
        return not (first.lower() in words and second.lower() in words)

    def one_pass(text: str) -> str:
        joined_up_to = -1  # a word just joined to the one before it starts no pair itself

        def join(match: re.Match) -> str:
            nonlocal joined_up_to
            first, second = match.group(1), match.group(2)
            if match.start() == joined_up_to or not joins(first, second, match.end() + len(second), text):
                return match.group()
            joined_up_to = match.end()
            return first

        return _PAIR.sub(join, text)

    for _ in range(_MAX_PASSES):
        joined = one_pass(text)
        if joined == text:
            break
        text = joined
    return text
