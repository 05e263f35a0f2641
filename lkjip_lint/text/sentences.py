"""Sentences of Indonesian running text.

A full stop, "!" or "?" ends a sentence when whitespace and a capital letter or a digit
follow it (an opening quote or bracket may stand between), or at the end of the text.
A full stop does not end a sentence when it closes:

* a title, degree or abbreviation of the bundled list (``ABBREVIATIONS``: "Drs.", "H.",
  "Hj.", "Ir.", "dr.", "Kab.", "Kec.", "No.", "Rp.", "Th.", "dll." …) or of a rules
  pack's ``[sentences] abbreviations`` in ``vocabulary.toml``;
* a dotted abbreviation of short parts ("S.Sos.", "M.Si.", "S.E.", "A.Md.");
* an initial ("H. Ahmad", "R. Soeprapto").

So "Kepala Dinas Drs. H. Ahmad, M.Si. menetapkan …" is one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = frozenset({
    # titles and degrees
    "drs", "dra", "ir", "h", "hj", "dr", "prof", "st", "se", "sh", "mm", "ssos", "msi", "ak", "amd",
    # places and offices
    "kab", "kec", "kel", "ds", "jl", "jln", "prov",
    # numbers, money, dates
    "no", "nomor", "rp", "th", "thn", "tgl", "hal", "tk", "sd", "per",
    # running abbreviations
    "dll", "dsb", "dst", "tsb", "yth", "sdr", "ket", "kep", "pt", "cv", "an", "up",
    # regulations
    "perbup", "perda", "perwali", "kepmen", "permen", "kepbup",
})
_END = re.compile(r"[.!?]+(?=\s+[\"'(\[“‘]?[A-Z0-9])|[.!?]+\s*$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_DOTTED_ABBREVIATION = re.compile(r"^[a-z]{1,4}(?:\.[a-z]{1,4})+$")
# How far back from a full stop the word it may abbreviate is looked for.
_WORD_WINDOW = 40


@lru_cache(maxsize=16)
def abbreviations(extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """The bundled abbreviations plus ``extra`` (a pack's list), lower-case, without dots."""
    return ABBREVIATIONS | frozenset(word.lower().strip(".") for word in extra)


def pack_abbreviations(packs: dict) -> frozenset[str]:
    """The abbreviations a set of rule packs adds to the bundled ones."""
    extra = packs.get("vocabulary", {}).get("sentences", {}).get("abbreviations", [])
    return abbreviations(frozenset(extra))


def _closes_abbreviation(text: str, dot: int, known: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - _WORD_WINDOW), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if len(word) == 1 and word.isalpha():
        return True
    return word in known or word.replace(".", "") in known or bool(_DOTTED_ABBREVIATION.match(word))


def split_sentences(text: str, known: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """(start offset, sentence text) for each sentence of ``text``."""
    known = ABBREVIATIONS if known is None else known
    pieces = []
    start = 0
    for match in _END.finditer(text):
        if (text[match.start()] == "." and match.end() < len(text)
                and _closes_abbreviation(text, match.start(), known)):
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


def sentence_span(text: str, start: int, end: int, known: frozenset[str] | None = None) -> tuple[int, int]:
    """(first, last) offsets of the sentence, or run of sentences, holding text[start:end]."""
    spans = [(offset, offset + len(piece)) for offset, piece in split_sentences(text, known)]
    first = max((a for a, _ in spans if a <= start), default=0)
    last = min((b for _, b in spans if b >= end), default=len(text))
    return first, max(last, end)


def last_sentence_start(text: str, known: frozenset[str] | None = None) -> int:
    """Where the last sentence of ``text`` starts."""
    pieces = split_sentences(text, known)
    return pieces[-1][0] if pieces else 0


def is_one_sentence(text: str, known: frozenset[str] | None = None) -> bool:
    return len(split_sentences(text, known)) <= 1


def sentence_at(text: str, start: int, end: int, limit: int = 240, known: frozenset[str] | None = None) -> str:
    """The sentence around text[start:end], cut to ``limit`` characters around it ("…"
    marks a cut)."""
    first, last = sentence_span(text, start, end, known)
    sentence = text[first:last].strip()
    if len(sentence) <= limit:
        return sentence
    offset = text.find(sentence, first)
    middle = (start + end) // 2 - offset
    lo = max(0, min(middle - limit // 2, len(sentence) - limit))
    cut = sentence[lo:lo + limit].strip()
    return ("…" if lo > 0 else "") + cut + ("…" if lo + limit < len(sentence) else "")
