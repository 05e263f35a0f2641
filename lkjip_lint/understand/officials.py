"""Officials named in a dossier: name, rank and NIP, read from signature blocks, "Nama :"
lines and tables of staff.

Titles ("Drs.", "M.Si"), ranks ("Pembina Tingkat I") and labels ("Nama", "Pangkat", "NIP")
come from ``rules/names.toml``. A person is known by ``person_key``: the same person whatever
the titles, spacing, case or punctuation of the printed name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..catalog import options
from ..model import Document, Location, Table
from ..nip import NipMatch, bare_nip, find_nips
from ..text.headings import collapse_spaced_capitals
from .mentions import TextLine, letters_key, plain



def _title_pattern(title: str) -> str:
    """"M.Si" also matches "M,Si", "M. Si" and "MSi"."""
    parts = [p for p in re.split(r"[.,\s]+", title) if p]
    return r"[\s.,]*".join(re.escape(p) for p in parts)


@lru_cache(maxsize=8)
def _title_patterns(prefix: tuple[str, ...], suffix: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    def alternatives(titles):
        return "|".join(_title_pattern(t) for t in sorted(titles, key=len, reverse=True))
    leading = re.compile(r"^(?:(?:" + alternatives(prefix) + r")(?:\.\s*|\s+|,\s*))+", re.I)
    trailing = re.compile(r"(?:^|[\s.,]+)(?:" + alternatives(suffix) + r")\.?\s*$", re.I)
    return leading, trailing


def _titles(packs: dict) -> tuple[re.Pattern, re.Pattern]:
    titles = packs.get("names", {}).get("titles", {})
    return _title_patterns(tuple(titles.get("prefix", ())), tuple(titles.get("suffix", ())))


def display_name(name: str, packs: dict) -> str:
    """A person's name without titles: "Drs. I S W A N D I, M.Si" -> "ISWANDI"."""
    leading, trailing = _titles(packs)
    text = collapse_spaced_capitals(plain(name))
    text = leading.sub("", text.strip())
    if "," in text and text.split(",", 1)[0].strip():
        text = text.split(",", 1)[0]  # titles follow the first comma: "ISWANDI, M.Si"
    while True:
        stripped = trailing.sub("", text).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    return " ".join(re.sub(r"[^\w'’\-]+", " ", text).split())


def person_key(name: str, packs: dict) -> str:
    """The same person whatever the titles, spacing, case or punctuation: "iswandi"."""
    return letters_key(display_name(name, packs))


@dataclass(frozen=True)
class Rank:
    name: str  # the rank as listed in the pack: "Pembina Tingkat I"
    grade: str | None  # golongan, "IV/b", when printed


_GRADE = r"(?P<grade>\(?\s*(?:IV|III|II|I)\s*[/.\-]?\s*[a-eA-E]\s*\)?)"


def _label_prefix(labels: Iterable[str]) -> str:
    alternatives = sorted((re.escape(label).replace(r"\ ", r"\s*") for label in labels), key=len, reverse=True)
    return r"(?:(?:" + "|".join(alternatives) + r")\s*:?\s*)" if alternatives else "(?:)"


def _rank_pattern(rank: str) -> str:
    """"Pembina Tingkat I" also matches "Pembina TK I", "Pembina Tk.I", "Pembina TK. 1"."""
    parts = []
    for word in rank.split():
        if word.casefold() == "tingkat":
            parts.append(r"(?:tingkat|tk)")
        elif word == "I" and parts and parts[-1] == r"(?:tingkat|tk)":
            parts.append(r"(?:I|1)")
        else:
            parts.append(re.escape(word))
    return r"[\s.]*".join(parts)


def _rank_body(rank: str, grade: str = _GRADE) -> str:
    return r"(?<![\w])" + _rank_pattern(rank) + r"(?![\w])(?:\s*[,/]?\s*" + grade + r")?[\s.,]*$"


@lru_cache(maxsize=8)
def _rank_patterns(ranks: tuple[str, ...], labels: tuple[str, ...]) -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(rank, whole-line pattern, end-of-text pattern), longest rank first."""
    patterns = []
    for rank in sorted(ranks, key=len, reverse=True):
        body = _rank_body(rank)
        patterns.append((rank, re.compile(r"^\s*" + _label_prefix(labels) + "?" + body, re.I),
                         re.compile(body, re.I)))
    return patterns


@lru_cache(maxsize=8)
def _any_rank(ranks: tuple[str, ...], labels: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """Whole-line and end-of-text patterns matching where any one rank's would: one
    search tells most lines, which hold no rank, from the few that do."""
    grade = _GRADE.replace("(?P<grade>", "(?:")
    bodies = "(?:" + "|".join(_rank_body(rank, grade) for rank in ranks) + ")"
    return (re.compile(r"^\s*" + _label_prefix(labels) + "?" + bodies, re.I), re.compile(bodies, re.I))


def parse_rank(text: str, packs: dict, *, at_end: bool = False) -> tuple[Rank, int] | None:
    """A rank filling the whole text (a rank line: "Pembina Tk.I", "Pangkat : Pembina (IV/a)"),
    or with ``at_end`` the rank that ends it; with where the rank starts."""
    names = packs.get("names", {})
    ranks = tuple(names.get("ranks", {}).get("names", ()))
    labels = tuple(names.get("officials", {}).get("rank_labels", ()))
    if not ranks:
        return None
    any_whole, any_ending = _any_rank(ranks, labels)
    if not (any_ending.search(text) if at_end else any_whole.match(text)):
        return None
    for rank, whole, ending in _rank_patterns(ranks, labels):
        match = ending.search(text) if at_end else whole.match(text)
        if match:
            grade = match.group("grade")
            if grade:
                grade = re.sub(r"[^IVXivxA-Ea-e]", "", grade)
                grade = grade[:-1].upper() + "/" + grade[-1].lower()
            return Rank(rank, grade), match.start()
    return None


@dataclass(frozen=True)
class Official:
    """One printing of an official: a signature block, a "Nama :" block or a table row."""

    name: str | None  # as printed, titles kept
    key: str | None  # person_key of the name
    nip: NipMatch | None
    nip_location: Location | None
    rank: Rank | None
    rank_printed: str | None
    rank_location: Location | None
    pppk: bool
    snippet: str


@dataclass
class _Block:
    """What a signature block holds, as it is read: lines ``first`` .. the NIP line."""

    first: int
    name: str | None = None
    rank: Rank | None = None
    rank_printed: str | None = None
    rank_index: int | None = None


class _OfficialReader:
    def __init__(self, packs: dict):
        self.packs = packs
        settings = packs.get("names", {}).get("officials", {})
        self.nip_labels = tuple(settings.get("nip_labels", ["NIP"]))
        self.pppk_markers = tuple(m.casefold() for m in settings.get("pppk_markers", ["PPPK"]))
        self.placeholders = {p.casefold() for p in settings.get("placeholders", [])}
        self.position_words = {w.casefold() for w in settings.get("position_words", [])}
        self.particles = {w.casefold() for w in settings.get("name_particles", [])}
        self.max_name_words = options.OFFICIAL_MAX_NAME_WORDS.value(packs)
        self.block_max_lines = options.BLOCK_MAX_LINES.value(packs)
        self.name_label = re.compile(r"^\s*" + _label_prefix(settings.get("name_labels", ["Nama"])), re.I)
        self.rank_label = re.compile(r"^\s*" + _label_prefix(settings.get("rank_labels", ["Pangkat"])), re.I)
        self.any_label = re.compile(r"^\s*[A-Za-z][A-Za-z /]{1,30}\s*:\s*")

    def key_of(self, name: str | None) -> str | None:
        return person_key(name, self.packs) if name else None

    def is_placeholder(self, text: str) -> bool:
        folded = text.strip().casefold()
        return not folded or folded in self.placeholders

    def name_from(self, text: str) -> str | None:
        """The text as a person's name, or None when it does not look like one."""
        labelled = self.name_label.match(text)
        if labelled:
            text = text[labelled.end():]
        elif self.any_label.match(text):
            return None
        text = text.strip(" :;,")
        if not text or any(ch.isdigit() for ch in text) or parse_rank(text, self.packs):
            return None
        core = display_name(text, self.packs).split()
        if not 1 <= len(core) <= self.max_name_words:
            return None
        for word in core:
            if word.casefold() in self.position_words:
                return None
            if not (word[:1].isupper() or word.casefold() in self.particles):
                return None
        return text

    def trailing_name(self, text: str) -> str | None:
        """The name ending a run-on line ("CAMAT X Drs. ISWANDI, M.Si"): from its first title
        on, else the whole text."""
        leading, _ = _titles(self.packs)
        for word in re.finditer(r"\S+", text):
            tail = text[word.start():]
            if leading.match(tail) and (name := self.name_from(tail)):
                return name
        return self.name_from(text)

    def is_pppk(self, texts: Iterable[str]) -> bool:
        return any(marker in text.casefold() for text in texts for marker in self.pppk_markers)

    def _look_back(self, lines: list[TextLine], index: int) -> _Block:
        """The name (and a rank line between it and ``index``) of the block ending at ``index``."""
        block = _Block(first=index)
        j, steps = index - 1, 0
        while j >= 0 and steps < self.block_max_lines and lines[j].stream == lines[index].stream:
            text = lines[j].text
            j -= 1
            if self.is_placeholder(text):
                continue
            steps += 1
            rank = parse_rank(text, self.packs)
            if rank and block.rank is None:
                block.rank, block.rank_printed, block.rank_index = rank[0], text.strip(), j + 1
                continue
            name = self.name_from(text)
            if name:
                block.name, block.first = name, j + 1
                return block
            if not (self.any_label.match(text) and not self.name_label.match(text)):
                return block  # a sentence or a heading: the block has no name
        return block

    def read_stream(self, lines: list[TextLine]) -> list[Official]:
        found: list[tuple[int, Official]] = []
        used_ranks: set[int] = set()
        for i, line in enumerate(lines):
            for nip in find_nips(line.text, self.nip_labels):
                official, rank_index = self._from_nip(lines, i, nip)
                used_ranks.add(rank_index)
                found.append((i, official))
        for i, line in enumerate(lines):
            rank = parse_rank(line.text, self.packs) if i not in used_ranks else None
            if rank is None:
                continue
            block = self._look_back(lines, i)
            if block.name:
                snippet = " / ".join(l.text for l in lines[block.first:i + 1] if l.text)
                found.append((i, Official(block.name, self.key_of(block.name), None, None, rank[0],
                                          line.text.strip(), line.location, False, snippet)))
        return [official for _, official in sorted(found, key=lambda item: item[0])]

    def _from_nip(self, lines: list[TextLine], index: int, nip: NipMatch) -> tuple[Official, int | None]:
        line = lines[index]
        block = _Block(first=index)
        before = line.text[:nip.start].strip(" :;,/|-")
        rank = parse_rank(before, self.packs, at_end=True) if before else None
        if rank:
            block.rank, block.rank_printed = rank[0], before[rank[1]:].strip(" ,")
            before = before[:rank[1]].strip(" :;,/|-")
        block.name = self.trailing_name(before) if before else None
        if block.name is None:
            earlier = self._look_back(lines, index)
            block.name, block.first = earlier.name, earlier.first
            if block.rank is None:
                block.rank, block.rank_printed = earlier.rank, earlier.rank_printed
                block.rank_index = earlier.rank_index
        after = index + 1
        if block.rank is None and after < len(lines) and lines[after].stream == line.stream \
                and self.rank_label.match(lines[after].text):
            rank = parse_rank(lines[after].text, self.packs)
            if rank:
                block.rank, block.rank_printed, block.rank_index = rank[0], lines[after].text.strip(), after
        texts = [l.text for l in lines[block.first:index + 1] if l.text and not self.is_placeholder(l.text)]
        rank_location = lines[block.rank_index].location if block.rank_index is not None else \
            (line.location if block.rank else None)
        official = Official(block.name, self.key_of(block.name), nip, line.location, block.rank,
                            block.rank_printed, rank_location, self.is_pppk(texts + [nip.label]),
                            " / ".join(texts))
        return official, block.rank_index

    def read_table(self, table: Table) -> list[Official]:
        """Rows of a table with a NIP column whose numbers carry no "NIP" label."""
        if not table.rows:
            return []
        header = [plain(t).casefold() for t in table.row_texts(0)]
        nip_cols = [c for c, t in enumerate(header) if re.fullmatch(r"nip\.?", t)]
        if not nip_cols:
            return []
        name_col = next((c for c, t in enumerate(header) if t.startswith("nama")), None)
        rank_col = next((c for c, t in enumerate(header) if "pangkat" in t or "golongan" in t), None)
        found = []
        for r in range(1, table.n_rows):
            cells = table.row_values(r)
            nip_cell = cells[nip_cols[0]]
            if nip_cell is None or find_nips(nip_cell.text, self.nip_labels):
                continue
            number = bare_nip(nip_cell.text)
            if number is None:
                continue
            name = self.name_from(cells[name_col].text) if name_col is not None and cells[name_col] else None
            rank_cell = cells[rank_col] if rank_col is not None else None
            rank = parse_rank(rank_cell.text, self.packs) if rank_cell else None
            row_text = " / ".join(c.text for c in table.rows[r] if c.text)
            found.append(Official(
                name, self.key_of(name), number, table.cell_location(nip_cell),
                rank[0] if rank else None, rank_cell.text.strip() if rank else None,
                table.cell_location(rank_cell) if rank else None, self.is_pppk([row_text]), row_text,
            ))
        return found


def _all_tables(document: Document) -> Iterator[Table]:
    """Every table of a document, nested tables after the table holding them."""
    def walk(table: Table) -> Iterator[Table]:
        yield table
        for row in table.rows:
            for cell in row:
                for nested in cell.nested:
                    yield from walk(nested)
    for table in document.tables():
        yield from walk(table)


def read_officials(facts) -> tuple[Official, ...]:
    """Every printing of an official in the dossier, in reading order."""
    reader = _OfficialReader(facts.packs)
    found: list[Official] = []
    for document, lines in zip(facts.documents, facts.document_lines):
        streams: dict[int, list[TextLine]] = {}
        for line in lines:
            streams.setdefault(line.stream, []).append(line)
        in_document: list[Official] = []
        for stream in streams.values():
            in_document.extend(reader.read_stream(stream))
        for table in _all_tables(document):
            in_document.extend(reader.read_table(table))
        order: dict[Location, int] = {}
        for index, line in enumerate(lines):
            order.setdefault(line.location, index)
        found.extend(sorted(in_document, key=lambda o: order.get(o.nip_location or o.rank_location, 0)))
    return tuple(found)


# --- every printing of a person's name ------------------------------------------------------------

@dataclass(frozen=True)
class NamePrinting:
    """One place a person's name is printed: a "Nama :" line or row, or a name with its
    titles in a signature block ("BUPATI JEMBER, Ir. H. HENDY SISWANTO, ST, IPU")."""

    name: str  # as printed, titles kept
    key: str  # person_key
    location: Location
    snippet: str
    place: tuple  # what tells two printings apart: (file, where)


def _has_title(name: str, packs: dict) -> bool:
    leading, trailing = _titles(packs)
    text = plain(name)
    return bool(leading.match(text)) or display_name(text, packs) != " ".join(re.sub(r"[^\w'’\-]+", " ", text).split())


def _row_name(reader: _OfficialReader, cells: list[str]) -> str | None:
    """The value of a "Nama | : | Ir. H. HENDY SISWANTO" row."""
    texts = [plain(t) for t in cells if plain(t).strip(" :")]
    if len(texts) < 2 or not reader.name_label.fullmatch(texts[0] + " "):
        return None
    return reader.name_from(texts[-1])


def read_name_printings(facts) -> tuple[NamePrinting, ...]:
    """Every printing of a person's name the dossier gives as a name: after a "Nama" label,
    or carrying a title at the end of a line (a signature block's name line)."""
    reader = _OfficialReader(facts.packs)
    leading, _ = _titles(facts.packs)
    found: list[NamePrinting] = []
    for document, lines in zip(facts.documents, facts.document_lines):
        for line in lines:
            text = line.text
            name = None
            if reader.name_label.match(text):
                name = reader.name_from(text)
            elif any(leading.match(text[m.start():]) for m in re.finditer(r"\S+", text)):
                candidate = reader.trailing_name(text)
                if candidate and _has_title(candidate, facts.packs):
                    name = candidate
            if name:
                found.append(NamePrinting(name, person_key(name, facts.packs), line.location, text,
                                          (document.path, line.location)))
        for table in _all_tables(document):
            for r in range(table.n_rows):
                name = _row_name(reader, table.row_texts(r))
                if name:
                    cell = next(c for c in reversed(table.rows[r]) if c.text.strip(" :"))
                    found.append(NamePrinting(name, person_key(name, facts.packs), table.cell_location(cell),
                                              " | ".join(t for t in table.row_texts(r) if t.strip()),
                                              (document.path, "table", table.index, r)))
    unique: dict[tuple, NamePrinting] = {}
    for printing in found:
        if printing.key:
            unique.setdefault((printing.key, printing.location), printing)
    return tuple(unique.values())
