"""Paragraphs split into sentences (by ``text.sentences``), keeping each sentence's place
in the paragraph, and the lines of a PDF paragraph joined back into one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Paragraph
from ..numbers import Number
from ..text.sentences import abbreviations, pack_abbreviations, split_sentences

@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the paragraph's text
    paragraph: Paragraph


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


@lru_cache(maxsize=8192)
def _split(text: str, known: frozenset[str]) -> tuple[tuple[int, str], ...]:
    return tuple(split_sentences(text, known))


def sentences(paragraph: Paragraph, packs: dict) -> list[Sentence]:
    """The paragraph's sentences; a paragraph's text is split once however many checks ask."""
    known = pack_abbreviations(packs)
    return [Sentence(text, start, paragraph) for start, text in _split(paragraph.text, known)]


_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_LAST_WORD = re.compile(r"([\w.]+)\.\s*$")
# "3.2 Akuntabilitas Keuangan", "3. Evaluasi", "III. HASIL": a section number opens a line.
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVX]{2,5}\.)\s+[A-Z]")


def _ends_sentence(text: str) -> bool:
    """A line ending in a sentence mark, not in an abbreviation ("… dari alokasi Rp.")."""
    if not _ENDS_SENTENCE.search(text):
        return False
    last = _LAST_WORD.search(text)
    return not (last and last.group(1).lower().replace(".", "") in abbreviations())


def opens_section(line: Paragraph, previous: Paragraph) -> bool:
    """A line that starts a section rather than going on from the line above: it starts
    with a section number, or it is bold under a line that is not, or the other way round
    (running text under a bold heading)."""
    return bool(_SECTION_NUMBER.match(line.text.lstrip())) or line.bold != previous.bold


def _continues(previous: Paragraph, line: Paragraph) -> bool:
    if previous.heading_level is not None or line.heading_level is not None or line.list_label:
        return False
    before, after = previous.text.rstrip(), line.text.lstrip()
    if not before or not after or _ends_sentence(before) or opens_section(line, previous):
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


def paragraphs_of(blocks) -> list[Paragraph]:
    return [b for b in blocks if isinstance(b, Paragraph)]
