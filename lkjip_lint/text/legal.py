"""Citations of regulations: "Peraturan Menteri … Nomor 86 Tahun 2017", "Permenpan RB
14/2017", "UU No. 23 Th. 2014", "Tahun 2017 tentang …".

A year printed in a citation is the regulation's year, not a year the report speaks
of. The words are vocabulary (``[legal]`` of ``rules/vocabulary.toml``, extendable in a
rules pack): ``regulations`` name kinds of regulation, ``citation_numbers`` the word
before a regulation's number, ``citation_subjects`` the word after its year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..textutil import alternatives
from .years import YEAR


def _legal(packs: dict) -> dict:
    return packs.get("vocabulary", {}).get("legal", {})


@lru_cache(maxsize=16)
def _legal_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    body = alternatives(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I) if body else None


def legal_pattern(packs: dict) -> re.Pattern | None:
    """Any word that names a regulation or a regulation's number ("Peraturan", "UU", "Nomor")."""
    legal = _legal(packs)
    return _legal_pattern(tuple(legal.get("regulations", ())) + tuple(legal.get("citation_numbers", ())))


def names_regulation(text: str, packs: dict) -> bool:
    pattern = legal_pattern(packs)
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=16)
def _citation_patterns(numbers: tuple[str, ...], regulations: tuple[str, ...],
                       subjects: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    year = rf"{YEAR}(?!\d)"
    numbered = rf"\s*\d[\w.\-/]*?(?:\s+tahun\s+|\s*/\s*){year}"
    patterns = []
    if numbers:
        patterns.append(rf"(?<!\w)(?:{alternatives(numbers)})\.?{numbered}")
    if regulations:
        patterns.append(rf"(?<!\w)(?:{alternatives(regulations)})(?:\s+[a-z]{{1,4}})?\s{numbered}")
    if subjects:
        patterns.append(rf"(?<!\w)tahun\s+{year}\s+(?:{alternatives(subjects)})(?!\w)")
    return tuple(re.compile(p, re.I) for p in patterns)


def citation_patterns(packs: dict) -> tuple[re.Pattern, ...]:
    """Where a regulation's year stands: "Nomor 86 Tahun 2017", "No. 86/2017",
    "Permenpan RB 14/2017", "Tahun 2017 tentang …"."""
    legal = _legal(packs)
    return _citation_patterns(tuple(legal.get("citation_numbers", ())), tuple(legal.get("regulations", ())),
                              tuple(legal.get("citation_subjects", ())))


def without_citations(text: str, packs: dict) -> str:
    """``text`` with every citation blanked out (same length, so offsets hold)."""
    return _without_citations(text, citation_patterns(packs))


@lru_cache(maxsize=16384)
def _without_citations(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    """``without_citations``, once per sentence: a sentence is read for years by many rules."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
