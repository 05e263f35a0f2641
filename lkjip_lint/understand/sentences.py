"""Paragraphs split into sentences, keeping each sentence's place in the paragraph.

A full stop ends a sentence when whitespace and a capital letter or a digit follow it,
unless it closes an abbreviation ("Rp. 17.255.971.010", "Drs. Iswandi", listed in
``rules/claims.toml``) or an initial ("H. Hendy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Paragraph

_END = re.compile(r"[.!?]+(?=\s+[\"'(\[]?[A-Z0-9])|[.!?]+\s*$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the paragraph's text
    paragraph: Paragraph


def abbreviations(packs: dict) -> frozenset[str]:
    terms = packs.get("claims", {}).get("sentences", {}).get("abbreviations", [])
    return frozenset(t.lower() for t in terms)


def _closes_abbreviation(text: str, dot: int, known: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(text, 0, dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    return (len(word) == 1 and word.isalpha()) or word in known


def split_sentences(text: str, known_abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """(start offset, sentence text) for each sentence of ``text``."""
    pieces = []
    start = 0
    for match in _END.finditer(text):
        if (text[match.start()] == "." and match.end() < len(text)
                and _closes_abbreviation(text, match.start(), known_abbreviations)):
            continue
        piece = text[start:match.end()]
        if piece.strip():
            offset = start + len(piece) - len(piece.lstrip())
            pieces.append((offset, piece.strip()))
        start = match.end()
    rest = text[start:]
    if rest.strip():
        pieces.append((start + len(rest) - len(rest.lstrip()), rest.strip()))
    return pieces


def sentences(paragraph: Paragraph, packs: dict) -> list[Sentence]:
    known = abbreviations(packs)
    return [Sentence(text, start, paragraph) for start, text in split_sentences(paragraph.text, known)]
