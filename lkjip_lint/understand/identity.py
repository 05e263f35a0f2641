"""Is this the same indicator (or program, or activity) written another way?

Names are compared on their content words. A word matches another when they are
similar enough (a typo: "pembantuan" / "pembangunan", "Survei" / "Survey"). Two names
are the same when every content word of the shorter one is matched and the longer
one only adds words: replacing a word ("koordinasi" by "pengawasan") makes a
different indicator however much else is shared. A short name (fewer content words
than ``min_shared_words``) is the same only as a name with the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..textutil import fold

# A word, a "desa/kelurahan" pair, or a dotted number kept whole ("1.2" is not "2.1").
_TOKEN = re.compile(r"[\w/]+(?:\.\d+)*")


@dataclass(frozen=True)
class IdentitySettings:
    word_similarity: float
    min_shared_words: int
    stopwords: frozenset[str]
    place_markers: frozenset[str]

    @classmethod
    def from_vocabulary(cls, vocabulary: dict) -> "IdentitySettings":
        section = vocabulary.get("identity", {})
        return cls(
            word_similarity=float(section.get("word_similarity", 80)),
            min_shared_words=int(section.get("min_shared_words", 3)),
            stopwords=frozenset(fold(w) for w in section.get("stopwords", [])),
            place_markers=frozenset(fold(w) for w in section.get("place_markers", [])),
        )


def content_words(name: str, settings: IdentitySettings) -> tuple[str, ...]:
    """Content words in order; the proper name after a place marker ("Kecamatan X") is dropped."""
    raw = [t.strip("/") for t in _TOKEN.findall(fold(name).replace("_", " "))]
    raw = [t for t in raw if t]
    kept: list[str] = []
    skip_next = False
    for word in raw:
        if skip_next:
            skip_next = False
            if word not in settings.stopwords and word not in settings.place_markers:
                continue
        if word in settings.place_markers:
            skip_next = True
        if word in settings.stopwords:
            continue
        if word not in kept:
            kept.append(word)
    return tuple(kept)


@dataclass(frozen=True)
class Comparison:
    same: bool
    pairs: tuple[tuple[str, str], ...]  # matched (word of a, word of b)
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]

    @property
    def spelling_differences(self) -> tuple[tuple[str, str], ...]:
        """Matched words that are written differently: the same word, misspelt."""
        return tuple((a, b) for a, b in self.pairs if a != b)


@lru_cache(maxsize=65536)
def _word_score(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if a.isdigit() or b.isdigit():
        return 0.0
    if min(len(a), len(b)) < 5:
        return 0.0
    return fuzz.ratio(a, b)


def compare_words(a: tuple[str, ...], b: tuple[str, ...], settings: IdentitySettings) -> Comparison:
    candidates = sorted(
        ((score, i, j) for i, wa in enumerate(a) for j, wb in enumerate(b)
         if (score := _word_score(wa, wb)) >= settings.word_similarity),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((a[i], b[j]))
    only_a = tuple(w for i, w in enumerate(a) if i not in used_a)
    only_b = tuple(w for j, w in enumerate(b) if j not in used_b)
    shorter = min(len(a), len(b))
    identical = not only_a and not only_b
    same = (bool(pairs) and not (only_a and only_b) and len(pairs) == shorter
            and (shorter >= settings.min_shared_words or identical))
    return Comparison(same=same, pairs=tuple(pairs), only_a=only_a, only_b=only_b)


def same_name(a: str, b: str, settings: IdentitySettings) -> Comparison:
    return compare_words(content_words(a, settings), content_words(b, settings), settings)


def best_matches(names: list[str], candidates: list[str], settings: IdentitySettings) -> dict[int, int]:
    """For each name, the index of the one candidate it is the same as (when exactly one is
    the best: the one sharing most words)."""
    result: dict[int, int] = {}
    cand_words = [content_words(c, settings) for c in candidates]
    for i, name in enumerate(names):
        words = content_words(name, settings)
        scored = []
        for j, other in enumerate(cand_words):
            comparison = compare_words(words, other, settings)
            if comparison.same:
                scored.append((len(comparison.pairs) - len(comparison.only_a) - len(comparison.only_b), j))
        scored.sort(reverse=True)
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            result[i] = scored[0][1]
    return result
