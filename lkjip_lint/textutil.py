"""Text normalisation and vocabulary matching shared by the understand layer and checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w%/]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower-case, strip accents and markup-ish punctuation, fold spaces."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.lower()).strip()


def words(text: str | None) -> list[str]:
    return [w for w in _NON_WORD.split(fold(text)) if w]


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    term = fold(term)
    if re.fullmatch(r"\W+", term):
        return re.compile(re.escape(term))
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")


def contains_term(text: str | None, term: str) -> bool:
    return bool(_term_pattern(term).search(fold(text)))


def matches_any(text: str | None, terms) -> bool:
    return _any_term_pattern(tuple(terms)).search(fold(text)) is not None


def starts_with_any(text: str | None, terms) -> bool:
    return _any_term_pattern(tuple(terms)).match(fold(text)) is not None


@lru_cache(maxsize=4096)
def _any_term_pattern(terms: tuple) -> re.Pattern:
    """One pattern matching where any of ``terms`` matches as ``_term_pattern`` would:
    one search of the text instead of one per term."""
    bounded, unbounded = set(), set()
    for term in terms:
        term = fold(term)
        if re.fullmatch(r"\W+", term):
            unbounded.add(re.escape(term))
        else:
            bounded.add(re.escape(term))
    parts = [r"(?<!\w)(?:" + "|".join(sorted(bounded)) + r")(?!\w)"] if bounded else []
    parts += sorted(unbounded)
    return re.compile("|".join(parts)) if parts else _NEVER


_NEVER = re.compile(r"(?!)")


def alternatives(terms) -> str:
    """A regex alternation of ``terms`` (folded, longest first), spaces matching any whitespace."""
    return _alternatives(tuple(terms))


@lru_cache(maxsize=1024)
def _alternatives(terms: tuple) -> str:
    ordered = sorted({fold(t) for t in terms if t and t.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, t.split())) for t in ordered)


def shorten(text: str | None, limit: int = 60) -> str:
    text = _SPACES.sub(" ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
