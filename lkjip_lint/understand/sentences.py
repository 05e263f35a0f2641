"""Paragraphs split into sentences, keeping each sentence's place in the paragraph.

A full stop ends a sentence when whitespace and a capital letter or a digit follow it,
unless it closes an abbreviation ("Rp. 17.255.971.010", "Drs. Iswandi", listed in
``rules/claims.toml``) or an initial ("H. Hendy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Paragraph
from ..numbers import Number

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


# How far back from a full stop the word it may abbreviate is looked for.
_ABBREVIATION_WINDOW = 40


def _closes_abbreviation(text: str, dot: int, known: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - _ABBREVIATION_WINDOW), dot)
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


_CLAUSE_MARK = re.compile(r"[;:]")


def lead_in(text: str, number: Number, stops: list[Number], max_words: int) -> str:
    """The words that name ``number``: those before it, back to the nearest of ``stops``
    (other amounts or percentages) or the last ";" / ":" that has words after it, at most
    ``max_words`` of them.

    "Pagu belanja Dinas Tahun 2022 sebesar Rp A dengan realisasi Rp B": A's lead-in is
    "Pagu belanja Dinas Tahun 2022 sebesar", B's "dengan realisasi"; "Pagu anggaran: Rp A"
    gives "Pagu anggaran".
    """
    start = max([s.end for s in stops if s.end <= number.start], default=0)
    clauses = [c for c in _CLAUSE_MARK.split(text[start:number.start]) if c.strip()]
    words = clauses[-1].strip(" \t,.").split() if clauses else []
    return " ".join(words[-max_words:]) if max_words > 0 else ""


def sentences(paragraph: Paragraph, packs: dict) -> list[Sentence]:
    known = abbreviations(packs)
    return [Sentence(text, start, paragraph) for start, text in split_sentences(paragraph.text, known)]


_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")


def _continues(previous: Paragraph, line: Paragraph) -> bool:
    if previous.heading_level is not None or line.heading_level is not None or line.list_label:
        return False
    before, after = previous.text.rstrip(), line.text.lstrip()
    if not before or not after or _ENDS_SENTENCE.search(before):
        return False
    # "… dengan Anggaran Rp 114.120.000" / "Keseluruhan anggaran …": an item ending in an
    # amount, then a new sentence.
    return not (before[-1].isdigit() and after[0].isupper())


def prose_blocks(document) -> tuple:
    """The document's blocks with the lines of a PDF paragraph joined into one paragraph.

    The PDF reader gives one paragraph per printed line; a sentence wrapped over two
    lines ("… dimana sebanyak 2 (dua)" / "indikator capaian diatas target …") is one
    claim. A line continues the paragraph above when that one ends without a sentence
    mark and the line is neither a heading nor a list item, unless an amount ends the
    one and a capital starts the other. Other formats keep their paragraphs as they are.
    """
    if document.format != "pdf":
        return tuple(document.blocks)
    blocks: list = []
    for block in document.blocks:
        previous = blocks[-1] if blocks else None
        if isinstance(block, Paragraph) and isinstance(previous, Paragraph) and _continues(previous, block):
            blocks[-1] = replace(previous, text=previous.text.rstrip() + " " + block.text.lstrip())
        else:
            blocks.append(block)
    return tuple(blocks)


def report_prose(facts) -> tuple:
    """``prose_blocks`` of the report, computed once."""
    return facts.memo("sentences.report_prose", lambda: prose_blocks(facts.report))


def prose_paragraphs(facts) -> list[Paragraph]:
    return [b for b in report_prose(facts) if isinstance(b, Paragraph)]
