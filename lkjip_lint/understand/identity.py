"""Is this the same indicator (or program, or activity) written another way?

Names are compared on their content words. Two words are the same word when they share
an Indonesian root (``text.stems``: "pemerintah" / "pemerintahan", "peningkatan" /
"meningkatnya"). Different words that merely look alike ("perumahan" / "perubahan",
"pendapatan" / "pendataan") are different words; a look-alike can only be a typing slip
("pembantuan" / "pembangunan", "Survei" / "Survey") inside a name that is otherwise the
same, when at least ``slip_context`` other words are the same and no fewer than the
slips. Two letters swapped or one letter doubled or dropped beside its twin
("Perangakt" / "Perangkat", "Kordinasi" / "Koordinasi") is the typing slip itself, not
another word: ``min_shared_words`` other words are enough around it ("Kordinasi Penerapan dan Penegakan Qonun dan Peraturan Kepala Daerah" is
"Koordinasi penerapatan dan penegakan Qanun dan peraturan kepala daerah").

Two names are the same when every content word of the shorter one is matched and the
longer one only adds words: replacing a word ("koordinasi" by "pengawasan") makes a
different indicator however much else is shared. A short name (fewer content words
than ``min_shared_words``) is the same only as a name with the same words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from ..catalog import options
from ..text.stems import roots, same_root
from ..textutil import fold

# A word, a "desa/kelurahan" pair, or a dotted number kept whole ("1.2" is not "2.1").
_TOKEN = re.compile(r"[\w/]+(?:\.\d+)*")
SAME, LOOKALIKE, DIFFERENT = "same", "lookalike", "different"
# Words shorter than this are never taken for a slip of another: too many short words
# are one letter apart.
_MIN_SLIP_LENGTH = 5


@dataclass(frozen=True)
class IdentitySettings:
    word_similarity: float
    min_shared_words: int
    slip_context: int
    stopwords: frozenset[str]
    place_markers: frozenset[str]
    # Known non-standard spellings and their standard form ("prosentase" -> "persentase",
    # rules/misspellings.toml): one word however it is spelt.
    spellings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_packs(cls, packs: dict) -> "IdentitySettings":
        section = packs.get("vocabulary", {}).get("identity", {})
        words = packs.get("misspellings", {}).get("words", {})
        return cls(
            word_similarity=options.WORD_SIMILARITY.value(packs),
            min_shared_words=options.MIN_SHARED_WORDS.value(packs),
            slip_context=options.SLIP_CONTEXT.value(packs),
            stopwords=frozenset(fold(w) for w in section.get("stopwords", [])),
            place_markers=frozenset(fold(w) for w in section.get("place_markers", [])),
            spellings=tuple(sorted((fold(k), fold(v)) for k, v in words.items())),
        )


@lru_cache(maxsize=65536)
def content_words(name: str, settings: IdentitySettings) -> tuple[str, ...]:
    """Content words in order; the proper name after a place marker ("Kecamatan X") is dropped."""
    standard = dict(settings.spellings)
    raw = [t.strip("/") for t in _TOKEN.findall(fold(name).replace("_", " "))]
    raw = [standard.get(t, t) for t in raw if t]
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


@lru_cache(maxsize=65536)
def word_relation(a: str, b: str, similarity: float = 80) -> str:
    """SAME for one word (equal, or sharing a root), LOOKALIKE for different words spelt
    alike (``similarity`` or more, 0-100: a possible typing slip), else DIFFERENT."""
    if a == b:
        return SAME
    if a.isdigit() or b.isdigit():
        return DIFFERENT
    if same_root(a, b):
        return SAME
    if min(len(a), len(b)) >= _MIN_SLIP_LENGTH and fuzz.ratio(a, b) >= similarity:
        return LOOKALIKE
    return DIFFERENT


def is_keyboard_slip(a: str, b: str) -> bool:
    """Two neighbouring letters swapped ("perangakt"), or one letter doubled or dropped
    beside its twin ("kordinasi" / "koordinasi")."""
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(longer, shorter)) if x != y), len(shorter))
    return longer[:at] + longer[at + 1:] == shorter and (
        (at > 0 and longer[at - 1] == longer[at]) or (at + 1 < len(longer) and longer[at + 1] == longer[at]))


def same_word(a: str, b: str) -> bool:
    return word_relation(fold(a), fold(b)) == SAME


@dataclass(frozen=True)
class Comparison:
    same: bool
    pairs: tuple[tuple[str, str], ...]  # matched (word of a, word of b)
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    slips: tuple[tuple[str, str], ...] = ()  # matched pairs that are look-alikes, not one word

    @property
    def spelling_differences(self) -> tuple[tuple[str, str], ...]:
        """Matched words that are written differently and are not one word: typing slips."""
        return self.slips


def _pairs(a: tuple[str, ...], b: tuple[str, ...], relation: str, used_a: set, used_b: set,
           settings: IdentitySettings) -> list[tuple[int, int]]:
    found = []
    for i, wa in enumerate(a):
        if i in used_a:
            continue
        for j, wb in enumerate(b):
            if j not in used_b and word_relation(wa, wb, settings.word_similarity) == relation:
                used_a.add(i)
                used_b.add(j)
                found.append((i, j))
                break
    return found


def _exact_first(a, b, used_a: set, used_b: set) -> list[tuple[int, int]]:
    positions = {w: j for j, w in reversed(list(enumerate(b)))}
    found = []
    for i, word in enumerate(a):
        j = positions.get(word)
        if j is not None and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            found.append((i, j))
    return found


@lru_cache(maxsize=65536)
def compare_words(a: tuple[str, ...], b: tuple[str, ...], settings: IdentitySettings) -> Comparison:
    """How the content words of two names match (a name repeated in many places is
    compared with another once)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    same_pairs = _exact_first(a, b, used_a, used_b) + _pairs(a, b, SAME, used_a, used_b, settings)
    slip_pairs = _pairs(a, b, LOOKALIKE, used_a, used_b, settings)
    matched = sorted(same_pairs + slip_pairs)
    only_a = tuple(w for i, w in enumerate(a) if i not in used_a)
    only_b = tuple(w for j, w in enumerate(b) if j not in used_b)
    shorter = min(len(a), len(b))
    identical = not only_a and not only_b and not slip_pairs
    context = settings.min_shared_words if all(is_keyboard_slip(a[i], b[j]) for i, j in slip_pairs) \
        else settings.slip_context
    slips_tolerated = not slip_pairs or (len(same_pairs) >= context and len(slip_pairs) <= len(same_pairs))
    same = (bool(matched) and not (only_a and only_b) and len(matched) == shorter and slips_tolerated
            and (shorter >= settings.min_shared_words or identical))
    return Comparison(same=same, pairs=tuple((a[i], b[j]) for i, j in matched), only_a=only_a, only_b=only_b,
                      slips=tuple((a[i], b[j]) for i, j in sorted(slip_pairs)))


def same_name(a: str, b: str, settings: IdentitySettings) -> Comparison:
    return compare_words(content_words(a, settings), content_words(b, settings), settings)


def best_matches(names: list[str], candidates: list[str], settings: IdentitySettings) -> dict[int, int]:
    """For each name, the index of the one candidate it is the same as (when exactly one is
    the best: the one sharing most words)."""
    result: dict[int, int] = {}
    cand_words = tuple(content_words(c, settings) for c in candidates)
    index = _name_index(cand_words, min(settings.min_shared_words, settings.slip_context))
    for i, name in enumerate(names):
        words = content_words(name, settings)
        scored = []
        for j in sorted(index.candidates(words)):
            comparison = compare_words(words, cand_words[j], settings)
            if comparison.same:
                scored.append((len(comparison.pairs) - len(comparison.only_a) - len(comparison.only_b), j))
        scored.sort(reverse=True)
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            result[i] = scored[0][1]
    return result


@lru_cache(maxsize=8)
def _name_index(names: tuple[tuple[str, ...], ...], min_shared_words: int) -> "NameIndex":
    """The index of a list of names matched against again and again (one name at a time)."""
    return NameIndex(names, min_shared_words)


class NameIndex:
    """Names indexed by the roots of their words, so that the names a name may be the
    same as are found without comparing it with every other one.

    Two names are the same only when all but a few words of the shorter one (the slips:
    no more than half, and none unless ``min_shared_words`` others are the same, the
    fewest same words any slip needs) are the same as words of the longer, one for one.
    So the query's words that have a root in the other name are at least that many.
    ``candidates`` counts, for every name sharing a root with the query, how many of the
    query's words it holds a root of, and keeps the names with enough: exact, not a
    guess; it never leaves out a name ``compare_words`` would call the same.
    """

    def __init__(self, names: Iterable[tuple[str, ...]], min_shared_words: int = 1):
        self.names = list(names)
        self.min_shared_words = min_shared_words
        # Each root's names, and the names needing each count of same words, as bit sets
        # (bit n: name n): counting a query's shared words is then a few integer operations
        # over all names at once, not a walk over every name sharing a common word.
        holders: dict[str, list[int]] = defaultdict(list)
        for number, words in enumerate(self.names):
            for word in words:
                for root in roots(word):
                    holders[root].append(number)
        self.postings: dict[str, int] = {root: _bits(numbers, len(self.names)) for root, numbers in holders.items()}
        self.needed = [self._needed(len(words)) for words in self.names]
        needing: dict[int, list[int]] = defaultdict(list)
        for number, need in enumerate(self.needed):
            needing[max(1, need)].append(number)
        self._needing = sorted((need, _bits(numbers, len(self.names))) for need, numbers in needing.items())

    def _needed(self, length: int) -> int:
        """How many words of a name of ``length`` words must be the same as the other's."""
        slips = max(0, min(length // 2, length - self.min_shared_words))
        return length - slips

    def candidates(self, words: tuple[str, ...]) -> set[int]:
        """The names that may be the same as ``words`` (by number, in the order given)."""
        hits = []
        for word in words:
            hit = 0
            for root in roots(word):
                hit |= self.postings.get(root, 0)
            if hit:
                hits.append(hit)
        if not hits:
            return set()
        # at_least[c]: the names holding a root of c or more of the query's words.
        at_least = [-1] + [0] * len(hits)
        for hit in hits:
            for count in range(len(hits), 0, -1):
                at_least[count] |= at_least[count - 1] & hit
        # What a pair needs is what its shorter name needs; that grows with the length.
        query_needs = max(1, self._needed(len(words)))
        found = at_least[query_needs] if query_needs <= len(hits) else 0
        for need, names in self._needing:
            if need > len(hits):
                break
            found |= at_least[need] & names
        return _numbers(found)


def _bits(numbers: Iterable[int], size: int) -> int:
    """The bit set of ``numbers`` (each below ``size``)."""
    field = bytearray((size + 7) // 8)
    for number in numbers:
        field[number >> 3] |= 1 << (number & 7)
    return int.from_bytes(field, "little")


def _numbers(bits: int) -> set[int]:
    """The numbers of the bits set in ``bits``."""
    digits = format(bits, "b")[::-1]
    found, at = set(), digits.find("1")
    while at >= 0:
        found.add(at)
        at = digits.find("1", at + 1)
    return found
