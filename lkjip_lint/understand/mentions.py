"""Where words are printed: the lines of a dossier, the words on them, and name-like word runs.

* **Lines and mentions.** Every paragraph line and table cell is a ``TextLine``; a place where
  a word is printed is a ``Mention`` (what was printed, where, and the sentence around it).
* **Name-like runs.** Capitalised words joined by spaces ("Kecamatan Sumbersari", "Kabupaten
  Aceh Besar"), read by ``NameReader`` with the unit types and stop words of ``rules/names.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..catalog import options
from ..findings import ROLE_ALSO, Related
from ..model import Document, Location, Paragraph, Table
from ..text.sentences import sentence_at

SNIPPET_CHARS = 160

_MARKUP = re.compile(r"</?[A-Za-z]+>|\*+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class TextLine:
    """One line of a paragraph or of a table cell. Lines of one ``stream`` (a run of
    paragraphs, or one cell) are read on from each other, as a signature block is."""

    text: str
    location: Location
    stream: int
    heading: bool = False

    @property
    def is_display(self) -> bool:
        """A heading or a line in capitals: a title, a letterhead, a signature block."""
        letters = [ch for ch in self.text if ch.isalpha()]
        return self.heading or (len(letters) > 1 and all(ch.isupper() for ch in letters))

    def mention(self, start: int, end: int) -> Mention:
        """The text printed at ``start:end`` of this line, with its sentence."""
        return Mention(self.text[start:end], self.location, sentence_at(self.text, start, end, SNIPPET_CHARS))


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Mention:
    """A place where something is printed: ``found`` as printed, and its sentence."""

    found: str
    location: Location
    snippet: str


def plain(text: str) -> str:
    """Text without bold/italic markers, spaces folded."""
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip()


_NIP_LINE = re.compile(r"\bNIP\b\.?\s*:?\s*\d", re.I)
_MAX_SIGNATURE_COLUMNS = 3


def _is_signature_table(table: Table) -> bool:
    """A narrow table whose cells hold "NIP. 1964…" lines: signature blocks side by side
    (a "Nama | NIP" listing has the label in its header only)."""
    return table.n_cols <= _MAX_SIGNATURE_COLUMNS and any(
        _NIP_LINE.search(cell.text) for row in table.rows for cell in row)


def text_lines(document: Document) -> list[TextLine]:
    """Every line of a document in reading order, markup removed."""
    lines: list[TextLine] = []
    stream = 0

    def add_cells(table: Table, cells, one_stream: bool) -> None:
        nonlocal stream
        if one_stream:
            stream += 1
        for cell in cells:
            if not one_stream:
                stream += 1
            location = table.cell_location(cell)
            lines.extend(TextLine(plain(text), location, stream) for text in cell.text.split("\n"))
            for nested in cell.nested:
                add_table(nested)

    def add_table(table: Table) -> None:
        if _is_signature_table(table):
            # Signature blocks laid out side by side: each column reads top to bottom as
            # one block (title, name, rank, NIP in cells of their own).
            for col in range(table.n_cols):
                add_cells(table, [c for row in table.rows for c in row if c.col == col], True)
            return
        for row in table.rows:
            add_cells(table, row, False)

    previous_was_paragraph = False
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if not previous_was_paragraph:
                stream += 1
            for offset, text in enumerate(block.text.split("\n")):
                location = block.location
                if offset and location.line is not None:
                    location = location.with_(line=location.line + offset)
                lines.append(TextLine(plain(text), location, stream, block.heading_level is not None))
            previous_was_paragraph = True
        else:
            add_table(block)
            previous_was_paragraph = False
    return lines


def read_lines(facts) -> list[TextLine]:
    """Every line of every document of the dossier."""
    return [line for doc in facts.documents for line in text_lines(doc)]


def words_in(text: str) -> list[Word]:
    return list(_words_in(text))


@lru_cache(maxsize=16384)
def _words_in(text: str) -> tuple[Word, ...]:
    """The words of a line, read once however many readers look at it."""
    return tuple(Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text))


def words_joined(words: list[Word], text: str, allow_abbreviation_dot: bool = False) -> bool:
    """True when consecutive words are separated by spaces only."""
    for a, b in zip(words, words[1:]):
        gap = text[a.end:b.start]
        if gap.strip() and not (allow_abbreviation_dot and gap.strip() == "."):
            return False
    return True


def printed_span(text: str, words: list[Word] | tuple[Word, ...]) -> str:
    """The text from the first word to the last, as printed."""
    return text[words[0].start:words[-1].end]


def distinct_places(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per (place, spelling): a paragraph naming a word five times is one place."""
    seen: set = set()
    kept = []
    for mention in mentions:
        key = (mention.location, mention.found)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def related(mentions: Iterable[Mention], role: str = ROLE_ALSO) -> tuple[Related, ...]:
    """The mentions as a finding's related places: other places that differ like the main
    one ("also"), or where the expected value is printed ("reference")."""
    return tuple(Related(m.location, m.found, role) for m in mentions)


@lru_cache(maxsize=16384)
def letters_key(text: str) -> str:
    """Lower-case letters only: "Sumber Sari" and "SUMBERSARI" both give "sumbersari"."""
    return "".join(ch for ch in text.casefold() if ch.isalpha())


@dataclass(frozen=True)
class UnitType:
    key: str
    words: tuple[str, ...]
    heads: tuple[str, ...]
    proper_name: bool

    @property
    def label(self) -> str:
        return self.words[0]

    def slot_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The word sequences (lower-case) after which the unit's name is printed."""
        return _slot_phrases(self.words + self.heads)


@lru_cache(maxsize=256)
def _slot_phrases(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(w.text.casefold() for w in words_in(p)) for p in words}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=256)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The words a slot phrase starts with; None when a phrase is empty (any word may)."""
    if any(not phrase for phrase in phrases):
        return None
    return frozenset(phrase[0] for phrase in phrases)


def unit_types(packs: dict) -> tuple[UnitType, ...]:
    entries = packs.get("names", {}).get("institution", {}).get("unit_types", [])
    return tuple(UnitType(e["key"], tuple(e.get("words", ())), tuple(e.get("heads", ())),
                          bool(e.get("proper_name", False))) for e in entries)


class NameReader:
    """Reads unit phrases ("Kecamatan Sumbersari") and name-like word runs from lines."""

    def __init__(self, packs: dict):
        names = packs.get("names", {})
        self.units = unit_types(packs)
        self.stop_words = {w.casefold() for w in names.get("names", {}).get("stop_words", [])}
        self.connectors = {w.casefold() for w in names.get("names", {}).get("connectors", [])}
        self.max_name_words = options.UNIT_MAX_NAME_WORDS.value(packs)

    def is_name_word(self, word: Word) -> bool:
        return word.capitalised and word.text.casefold() not in self.stop_words

    def slots(self, words: list[Word], text: str, unit: UnitType) -> Iterator[int]:
        """Indexes of words that start a name right after one of the unit's words."""
        return self._slots(words, [w.text.casefold() for w in words], text, unit)

    def _slots(self, words: list[Word], folded: list[str], text: str, unit: UnitType) -> Iterator[int]:
        phrases = unit.slot_phrases()
        firsts = _first_words(phrases)
        for i in range(len(words)):
            if firsts is not None and folded[i] not in firsts:
                continue
            for phrase in phrases:
                j = i + len(phrase)
                if j < len(words) and tuple(folded[i:j]) == phrase \
                        and words_joined(words[i:j + 1], text, allow_abbreviation_dot=True):
                    yield j
                    break

    def ends_in_slot(self, words: list[Word], text: str, unit: UnitType) -> bool:
        """Whether the line ends with one of the unit's words, its name wrapped to the next
        line ("… unit kerja di Kecamatan" / "Sumbersari diukur …")."""
        folded = [w.text.casefold() for w in words]
        for phrase in unit.slot_phrases():
            if len(phrase) <= len(words) and tuple(folded[-len(phrase):]) == phrase \
                    and words_joined(words[-len(phrase):], text, allow_abbreviation_dot=True) \
                    and not text[words[-1].end:].strip():
                return True
        return False

    def name_at(self, words: list[Word], text: str, start: int) -> list[Word]:
        """The name words from ``start``: capitalised, not stop words, joined by spaces;
        a connector ("dan") only between two name words."""
        taken: list[Word] = []
        i = start
        while i < len(words) and len(taken) < self.max_name_words:
            word = words[i]
            if taken and not words_joined([taken[-1], word], text):
                break
            if self.is_name_word(word):
                taken.append(word)
            elif taken and word.text.casefold() in self.connectors and i + 1 < len(words) \
                    and self.is_name_word(words[i + 1]) and words_joined([word, words[i + 1]], text):
                taken.append(word)
            else:
                break
            i += 1
        while taken and taken[-1].text.casefold() in self.connectors:
            taken.pop()
        return taken

    def unit_phrases(self, line: TextLine) -> Iterator[tuple[UnitType, str]]:
        """Each unit named on the line, with its name as printed: (Kecamatan, "Sumbersari")."""
        words = words_in(line.text)
        folded = [w.text.casefold() for w in words]
        present = set(folded)
        for unit in self.units:
            firsts = _first_words(unit.slot_phrases())
            if firsts is not None and present.isdisjoint(firsts):
                continue
            for start in self._slots(words, folded, line.text, unit):
                name = self.name_at(words, line.text, start)
                if name:
                    yield unit, printed_span(line.text, name)
