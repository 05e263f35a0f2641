"""Predicate words ("Baik", "Cukup", "berhasil") and whether one fits a band of the scale.

A band word is a predicate only where a cue introduces it ("capaian tergolong Baik",
"adalah berhasil", "dengan kategori Cukup"); "dilaksanakan dengan baik" is not one.
Verdict words ("berhasil", "tidak berhasil") name no band of the common scales;
``rules/scales.toml`` says which band names each admits and which it contradicts. A
report whose own scale names its bands by them ("70 ≤ x < 85 Berhasil") uses them as band
names. A band word after a comparative ("semakin rendah semakin baik") is no predicate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..catalog import options
from ..textutil import fold
from .scale import Band, band_names

_WORD = re.compile(r"[\w/-]+")


@dataclass(frozen=True)
class Predicate:
    text: str  # as printed
    name: str  # folded
    start: int  # offsets in the text it was found in
    end: int


def _section(packs: dict) -> dict:
    return packs.get("scales", {}).get("predicates", {})


def predicate_names(packs: dict) -> list[str]:
    """Band names and verdict words, longest first."""
    verdicts = [fold(v) for v in _section(packs).get("verdicts", {})]
    return sorted(set(band_names(packs)) | set(verdicts), key=len, reverse=True)


def _names_pattern(packs: dict) -> re.Pattern:
    return _pattern_of(tuple(predicate_names(packs)))


@lru_cache(maxsize=64)
def _pattern_of(names: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(r"(?<!\w)(" + alternatives + r")(?!\w)", re.I)


def find_predicates(text: str, packs: dict) -> list[Predicate]:
    """Predicates introduced by a cue word, left to right.

    Offsets refer to ``text``; matching ignores case, and a predicate must follow its
    cue within ``max_cue_gap`` words.
    """
    section = _section(packs)
    cues = {fold(c) for c in section.get("cues", [])}
    comparatives = {fold(c) for c in section.get("comparatives", [])}
    gap = options.PREDICATE_MAX_CUE_GAP.value(packs)
    found = []
    for match in _names_pattern(packs).finditer(text):
        before = _words(text[:match.start()])[-(gap + 1):]
        if before[-1:] and before[-1] in comparatives:
            continue  # "semakin rendah semakin baik" states a polarity
        if any(word in cues for word in before):
            found.append(Predicate(match.group(0), " ".join(fold(match.group(0)).split()), match.start(), match.end()))
    return found


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def quotes_name(text: str, predicate: Predicate, name: str) -> bool:
    """Whether the predicate is the wording of a name quoted in the text rather than a
    verdict: with the word printed before it, it is a phrase of ``name`` ("nilai SKM
    dengan kategori Baik" of the indicator "… Nilai SKM Kategori Baik")."""
    before = _words(text[:predicate.start])[-1:]
    phrase = before + predicate.name.split()
    name_words = _words(name)
    return any(name_words[i:i + len(phrase)] == phrase for i in range(len(name_words) - len(phrase) + 1))


def is_predicate_text(text: str, packs: dict) -> Predicate | None:
    """A table cell that holds only a predicate ("Baik", "SANGAT BAIK.")."""
    stripped = text.strip(" .:;*")
    name = fold(stripped)
    if name in predicate_names(packs):
        return Predicate(stripped, name, 0, len(stripped))
    return None


def judge(predicate: Predicate, bands: list[Band], scale_names: frozenset[str], packs: dict) -> bool | None:
    """Whether the predicate fits one of the bands a value lies in; None when it cannot be
    judged: no band, a band word the scale does not use, a verdict silent about the band."""
    if not bands:
        return None
    if predicate.name in scale_names:
        return any(band.name == predicate.name for band in bands)
    verdict = _section(packs).get("verdicts", {}).get(predicate.name)
    if verdict is None:
        return None
    admits = {fold(n) for n in verdict.get("admits", [])}
    contradicts = {fold(n) for n in verdict.get("contradicts", [])}
    if any(band.name in admits for band in bands):
        return True
    if all(band.name in contradicts for band in bands):
        return False
    return None
