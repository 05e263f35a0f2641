"""Common non-standard spellings of words used in every performance report."""

from __future__ import annotations

import re
from typing import Iterator

from ..config import is_selected
from ..findings import Finding, Severity, make_finding
from ..rule import Rule
from ..understand.mentions import Mention, all_lines, distinct_places, related
from .region_terms import REGION_TERM, foreign_terms

COMMON_MISSPELLING = Rule(
    code="LKJ621",
    name="common-misspelling",
    category="spelling",
    severity=Severity.INFO,
    summary="A common non-standard spelling (Prosentase for Persentase).",
    doc="""
    Words that reports often spell in a non-standard way, with the standard form
    (KBBI / PUEBI): Prosentase and Presentase → Persentase, Kordinasi → Koordinasi,
    milyar → miliar, Nopember → November, Survey → Survei, efektifitas → efektivitas,
    sistim → sistem … The list is in rules/misspellings.toml; a rules pack can extend it.

    Each word is reported once, at its first place, with every other place. The
    suggestion keeps the case of the word as printed. A word that is also another
    region's term (Qonun in a Jember report) is reported once, as LKJ611 region-term.

    Information only; switch it off with ``--ignore LKJ621`` (or ``ignore = ["LKJ621"]``
    in the configuration).

    Example: "Prosentase rekomendasi hasil koordinasi …" → Persentase.
    """,
)

RULES = (COMMON_MISSPELLING,)


def same_case(word: str, like: str) -> str:
    """``word`` written in the case pattern of ``like``: PROSENTASE -> PERSENTASE."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _misspellings(facts) -> dict[str, list[Mention]]:
    words = {k.casefold(): v for k, v in facts.packs.get("misspellings", {}).get("words", {}).items()}
    if not words:
        return {}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r")(?![\w-])", re.I)
    found: dict[str, list[Mention]] = {}
    for line in all_lines(facts):
        for match in pattern.finditer(line.text):
            found.setdefault(match.group().casefold(), []).append(line.mention(*match.span()))
    return found


def check(facts, config) -> Iterator[Finding]:
    corrections = {k.casefold(): v for k, v in facts.packs.get("misspellings", {}).get("words", {}).items()}
    reported_as_region_term: set[str] = set()
    if is_selected(REGION_TERM, config):
        reported_as_region_term = {m.found.casefold() for t in foreign_terms(facts, config) for m in t.mentions}
    for word, mentions in _misspellings(facts).items():
        if word in reported_as_region_term:
            continue
        places = distinct_places(mentions)
        first = places[0]
        yield make_finding(
            COMMON_MISSPELLING.code,
            first.location,
            "common-misspelling",
            found=first.found,
            expected=same_case(corrections[word], first.found),
            related=related(places[1:]),
            snippet=first.snippet,
            places=len(places),
            occurrences=len(mentions),
        )
