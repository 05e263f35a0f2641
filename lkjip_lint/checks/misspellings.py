"""Common non-standard spellings of words used in every performance report."""

from __future__ import annotations

import re
from typing import Iterator

from ..catalog.misspellings import COMMON_MISSPELLING, RULES  # noqa: F401  (RULES: this module's rules)
from ..catalog.region_terms import REGION_TERM
from ..config import is_selected
from ..findings import Finding, make_finding
from ..understand.mentions import Mention, distinct_places, related


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
    for line in facts.lines:
        for match in pattern.finditer(line.text):
            found.setdefault(match.group().casefold(), []).append(line.mention(*match.span()))
    return found


def check(facts, config) -> Iterator[Finding]:
    corrections = {k.casefold(): v for k, v in facts.packs.get("misspellings", {}).get("words", {}).items()}
    reported_as_region_term: set[str] = set()
    if is_selected(REGION_TERM, config):
        reported_as_region_term = {m.found.casefold() for t in facts.foreign_terms(config) for m in t.mentions}
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
