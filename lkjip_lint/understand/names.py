"""Names in a report: the institution it reports on, its region, and the officials who sign it.

All wording comes from ``rules/names.toml`` (unit types, titles, ranks, labels, thresholds)
and ``rules/region_terms.toml`` (region kinds, provinces); nothing about one report is assumed.

* **Lines and mentions.** Every paragraph line and table cell is a ``TextLine``; a place where
  a word is printed is a ``Mention`` (what was printed, where, and the sentence around it).
* **Institution.** The unit the report is about ("Kecamatan Sumbersari"): from the
  configuration, else the cover, a letterhead or the most frequent unit phrase. Its name is
  then looked for in every spelling; the canonical spelling is the one printed most on
  display lines: headings and lines in capitals (cover, letterheads, signature blocks).
* **Region.** The kabupaten / kota / province the report belongs to, by frequency.
* **Officials.** Name, rank and NIP read from signature blocks, "Nama :" lines and tables.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from rapidfuzz.distance import Hamming, Levenshtein

from ..findings import Related
from ..model import Document, Location, Paragraph, Table
from ..nip import NipMatch, bare_nip, find_nips

# ----------------------------------------------------------------------------------------
# Lines, words and mentions
# ----------------------------------------------------------------------------------------

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


def text_lines(document: Document) -> list[TextLine]:
    """Every line of a document in reading order, markup removed."""
    lines: list[TextLine] = []
    stream = 0

    def add_table(table: Table) -> None:
        nonlocal stream
        for row in table.rows:
            for cell in row:
                stream += 1
                location = table.cell_location(cell)
                lines.extend(TextLine(plain(text), location, stream) for text in cell.text.split("\n"))
                for nested in cell.nested:
                    add_table(nested)

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


def all_lines(facts) -> list[TextLine]:
    return facts.memo("names.lines", lambda: [line for doc in facts.documents for line in text_lines(doc)])


def words_in(text: str) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def sentence_at(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence around text[start:end], cut to ``limit`` characters around the match."""
    left = text.rfind(". ", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find(". ", end)
    right = len(text) if right < 0 else right + 1
    sentence = text[left:right].strip()
    if len(sentence) <= limit:
        return sentence
    middle = (start + end) // 2 - left
    lo = max(0, min(middle - limit // 2, len(sentence) - limit))
    cut = sentence[lo:lo + limit].strip()
    return ("…" if lo > 0 else "") + cut + ("…" if lo + limit < len(sentence) else "")


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


def related(mentions: Iterable[Mention]) -> tuple[Related, ...]:
    return tuple(Related(m.location, m.found) for m in mentions)


def letters_key(text: str) -> str:
    """Lower-case letters only: "Sumber Sari" and "SUMBERSARI" both give "sumbersari"."""
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _words_joined(words: list[Word], text: str, allow_abbreviation_dot: bool = False) -> bool:
    """True when consecutive words are separated by spaces only."""
    for a, b in zip(words, words[1:]):
        gap = text[a.end:b.start]
        if gap.strip() and not (allow_abbreviation_dot and gap.strip() == "."):
            return False
    return True


# ----------------------------------------------------------------------------------------
# Institution
# ----------------------------------------------------------------------------------------


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
        phrases = {tuple(w.text.casefold() for w in words_in(p)) for p in self.words + self.heads}
        return tuple(sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class Institution:
    unit: UnitType | None
    name: str  # the canonical name part as printed most often: "Sumbersari"
    source: str  # "config" | "cover" | "letterhead" | "text"

    @property
    def key(self) -> str:
        return letters_key(self.name)

    @property
    def spelling(self) -> str:
        return " ".join(w.text.casefold() for w in words_in(self.name))

    @property
    def full(self) -> str:
        return f"{self.unit.label} {self.name}" if self.unit else self.name


@dataclass(frozen=True)
class NameVariant:
    """Another spelling of the institution name, with every place it is printed."""

    spelling: str  # lower-case, spaces kept: what its mentions share
    kind: str  # "spacing" | "close" | "interior"
    mentions: tuple[Mention, ...]  # one per place
    occurrences: int  # how often it is printed, a place naming it twice counting twice


@dataclass(frozen=True)
class InstitutionNames:
    institution: Institution
    variants: tuple[NameVariant, ...]


@dataclass(frozen=True)
class _Candidate:
    words: tuple[Word, ...]
    line: TextLine
    in_slot: bool
    display: bool

    @property
    def printed(self) -> str:
        return self.line.text[self.words[0].start:self.words[-1].end]

    @property
    def spelling(self) -> str:
        return " ".join(w.text.casefold() for w in self.words)

    @property
    def key(self) -> str:
        return letters_key(self.printed)

    def mention(self) -> Mention:
        return Mention(self.printed, self.line.location,
                       sentence_at(self.line.text, self.words[0].start, self.words[-1].end))


def unit_types(packs: dict) -> tuple[UnitType, ...]:
    entries = packs.get("names", {}).get("institution", {}).get("unit_types", [])
    return tuple(UnitType(e["key"], tuple(e.get("words", ())), tuple(e.get("heads", ())),
                          bool(e.get("proper_name", False))) for e in entries)


class _NameReader:
    """Reads unit phrases ("Kecamatan Sumbersari") and name-like word runs from lines."""

    def __init__(self, packs: dict):
        names = packs.get("names", {})
        self.units = unit_types(packs)
        self.stop_words = {w.casefold() for w in names.get("names", {}).get("stop_words", [])}
        self.connectors = {w.casefold() for w in names.get("names", {}).get("connectors", [])}
        settings = names.get("institution", {})
        self.max_name_words = int(settings.get("max_name_words", 6))

    def is_name_word(self, word: Word) -> bool:
        return word.capitalised and word.text.casefold() not in self.stop_words

    def slots(self, words: list[Word], text: str, unit: UnitType) -> Iterator[int]:
        """Indexes of words that start a name right after one of the unit's words."""
        phrases = unit.slot_phrases()
        folded = [w.text.casefold() for w in words]
        for i in range(len(words)):
            for phrase in phrases:
                j = i + len(phrase)
                if j < len(words) and tuple(folded[i:j]) == phrase \
                        and _words_joined(words[i:j + 1], text, allow_abbreviation_dot=True):
                    yield j
                    break

    def name_at(self, words: list[Word], text: str, start: int) -> list[Word]:
        """The name words from ``start``: capitalised, not stop words, joined by spaces;
        a connector ("dan") only between two name words."""
        taken: list[Word] = []
        i = start
        while i < len(words) and len(taken) < self.max_name_words:
            word = words[i]
            if taken and not _words_joined([taken[-1], word], text):
                break
            if self.is_name_word(word):
                taken.append(word)
            elif taken and word.text.casefold() in self.connectors and i + 1 < len(words) \
                    and self.is_name_word(words[i + 1]) and _words_joined([word, words[i + 1]], text):
                taken.append(word)
            else:
                break
            i += 1
        while taken and taken[-1].text.casefold() in self.connectors:
            taken.pop()
        return taken

    def unit_phrases(self, line: TextLine) -> Iterator[tuple[UnitType, list[Word]]]:
        words = words_in(line.text)
        for unit in self.units:
            for start in self.slots(words, line.text, unit):
                name = self.name_at(words, line.text, start)
                if name:
                    yield unit, name


class _Similarity:
    def __init__(self, pack: dict):
        self.close_max_edits = int(pack.get("close_max_edits", 1))
        self.close_min_length = int(pack.get("close_min_length", 6))
        self.keep_head = int(pack.get("keep_head", 2))
        self.keep_tail = int(pack.get("keep_tail", 3))
        self.interior_max_edits = int(pack.get("interior_max_edits", 3))
        self.interior_max_share = float(pack.get("interior_max_share", 0.3))
        self.interior_min_length = int(pack.get("interior_min_length", 7))

    def variant_kind(self, candidate: str, canonical: str) -> str | None:
        """How ``candidate`` (letters only) is a variant of ``canonical``, or None."""
        if candidate == canonical or not candidate or not canonical:
            return None
        edits = Levenshtein.distance(candidate, canonical, score_cutoff=self.close_max_edits)
        if len(canonical) >= self.close_min_length and edits <= self.close_max_edits:
            return "close"
        if self._interior(candidate, canonical):
            return "interior"
        return None

    def _interior(self, candidate: str, canonical: str) -> bool:
        if len(candidate) != len(canonical) or len(canonical) < self.interior_min_length:
            return False
        if candidate[:self.keep_head] != canonical[:self.keep_head]:
            return False
        if candidate[-self.keep_tail:] != canonical[-self.keep_tail:]:
            return False
        edits = Hamming.distance(candidate, canonical)
        return edits <= self.interior_max_edits and edits <= self.interior_max_share * len(canonical)


def _parse_institution(text: str, reader: _NameReader) -> Institution | None:
    line = TextLine(plain(text), Location(file="<config>"), 0)
    for unit, name in reader.unit_phrases(line):
        return Institution(unit, line.text[name[0].start:name[-1].end], "config")
    return Institution(None, line.text, "config") if line.text else None


def _cover_lines(lines: list[TextLine], settings: dict) -> list[TextLine]:
    limit = int(settings.get("cover_max_lines", 25))
    ends = tuple(e.casefold() for e in settings.get("cover_ends_at", []))
    cover = []
    for line in lines[:limit]:
        if line.text.casefold().startswith(ends):
            break
        cover.append(line)
    return cover


def _anchor(report_lines: list[TextLine], lines: list[TextLine], reader: _NameReader,
            settings: dict) -> Institution | None:
    """The institution as first stated: on the cover, on a letterhead, else the most
    frequent unit phrase on display lines (else anywhere)."""
    def first_phrase(candidates: Iterable[TextLine], source: str) -> Institution | None:
        for line in candidates:
            for unit, name in reader.unit_phrases(line):
                return Institution(unit, line.text[name[0].start:name[-1].end], source)
        return None

    found = first_phrase(_cover_lines([l for l in report_lines if l.text], settings), "cover")
    if found:
        return found
    starts = tuple(s.casefold() for s in settings.get("letterhead_starts", []))
    filled = [l for l in report_lines if l.text]
    for i, line in enumerate(filled):
        if line.text.casefold().startswith(starts):
            found = first_phrase(filled[i:i + 2], "letterhead")
            if found:
                return found
    counts: Counter = Counter()
    printed: dict = {}
    for display_only in (True, False):
        for line in lines:
            if display_only and not line.is_display:
                continue
            for unit, name in reader.unit_phrases(line):
                key = (unit.key, letters_key(line.text[name[0].start:name[-1].end]))
                counts[key] += 1
                printed.setdefault(key, (unit, line.text[name[0].start:name[-1].end]))
        if counts:
            unit, name = printed[counts.most_common(1)[0][0]]
            return Institution(unit, name, "text")
    return None


def _candidates(lines: list[TextLine], institution: Institution, reader: _NameReader) -> list[_Candidate]:
    """Name-like word runs that could be the institution's name: after its unit word and,
    for place names, anywhere (capitalised), in sizes around the canonical word count.
    A configured name without a unit word has no unit word to follow: it is looked for
    everywhere."""
    size = max(1, len(institution.name.split()))
    sizes = sorted({max(1, size - 1), size, size + 1}, key=lambda n: (n != size, n))
    anywhere = institution.unit is None or institution.unit.proper_name
    found = []
    for line in lines:
        words = words_in(line.text)
        slots = set(reader.slots(words, line.text, institution.unit)) if institution.unit else set()
        display = line.is_display
        for start in range(len(words)):
            if start in slots or (anywhere and reader.is_name_word(words[start])):
                run = reader.name_at(words, line.text, start)
                in_slot = start in slots or institution.unit is None
                found.extend(_Candidate(tuple(run[:n]), line, in_slot, display) for n in sizes if n <= len(run))
    return found


def _classify(candidates: list[_Candidate], canonical_key: str, similarity: _Similarity,
              excluded: set[str]) -> list[tuple[_Candidate, str]]:
    """Each candidate that is the canonical name ("same") or one of its variants, one per
    starting word (the first size that matches wins).

    A spelling counts only once it has been printed right after the unit word
    ("Kecamatan Sumpalsari", "Camat Sumpalsari"); from then on it counts wherever it is
    printed. An ordinary word one letter away from the name ("Tanggal" in a report of
    Kecamatan Tanggul) is never printed after the unit word, so it never counts."""
    def kind_of(candidate: _Candidate) -> str | None:
        key = candidate.key
        if key == canonical_key:
            return "same"
        if key in excluded or any(letters_key(w.text) in excluded for w in candidate.words):
            return None
        return similarity.variant_kind(key, canonical_key)

    kinds = [kind_of(c) for c in candidates]
    confirmed = {c.spelling for c, kind in zip(candidates, kinds) if kind and c.in_slot}
    result = []
    claimed: set = set()
    for candidate, kind in zip(candidates, kinds):
        start = (id(candidate.line), candidate.words[0].start)
        if kind and start not in claimed and (kind == "same" or candidate.spelling in confirmed):
            claimed.add(start)
            result.append((candidate, kind))
    return result


def _canonical_spelling(members: list[tuple[_Candidate, str]], anchor: Institution) -> str:
    """The spelling printed most on display lines (else overall); ties go to the anchor's."""
    anchor_spelling = anchor.spelling
    for display_only in (True, False):
        counted = [c.spelling for c, _ in members if c.display or not display_only]
        if counted:
            counts = Counter(counted)
            best = max(counts.values())
            return anchor_spelling if counts[anchor_spelling] == best else \
                next(s for s in counted if counts[s] == best)
    return anchor_spelling


def _most_printed(members: Iterable[_Candidate], spelling: str) -> str:
    counts = Counter(c.printed for c in members if c.spelling == spelling)
    return counts.most_common(1)[0][0] if counts else spelling


def _excluded_names(facts, config) -> set[str]:
    """Names that are never variants: accepted names, the region's name, people's names."""
    names = facts.packs.get("names", {})
    excluded = {letters_key(n) for n in list(names.get("accepted_names", [])) + list(config.accepted_names)}
    region = report_region(facts)
    if region.name:
        excluded |= {letters_key(w) for w in region.name.split()}
    for official in officials(facts):
        if official.name:
            excluded |= {letters_key(w) for w in display_name(official.name, facts.packs).split()}
    return {e for e in excluded if e}


def institution_names(facts, config) -> InstitutionNames | None:
    key = f"names.institution|{config.institution}|{config.accepted_names}"
    return facts.memo(key, lambda: _institution_names(facts, config))


def _institution_names(facts, config) -> InstitutionNames | None:
    pack = facts.packs.get("names", {})
    reader = _NameReader(facts.packs)
    similarity = _Similarity(pack.get("similarity", {}))
    lines = all_lines(facts)
    if config.institution:
        anchor = _parse_institution(config.institution, reader)
    else:
        anchor = _anchor(text_lines(facts.report), lines, reader, pack.get("institution", {}))
    if anchor is None or not anchor.key:
        return None
    candidates = _candidates(lines, anchor, reader)
    excluded = _excluded_names(facts, config) - {anchor.key}
    members = _classify(candidates, anchor.key, similarity, excluded)
    institution = anchor
    if anchor.source != "config":
        spelling = _canonical_spelling(members, anchor)
        institution = Institution(anchor.unit, _most_printed((c for c, _ in members), spelling), anchor.source)
        if institution.key != anchor.key:
            members = _classify(candidates, institution.key, similarity, excluded - {institution.key})
    groups: dict[str, list[tuple[_Candidate, str]]] = {}
    for candidate, kind in members:
        if kind == "same":
            if candidate.spelling == institution.spelling:
                continue
            kind = "spacing"
        groups.setdefault(candidate.spelling, []).append((candidate, kind))
    variants = tuple(
        NameVariant(spelling, group[0][1], tuple(distinct_places(c.mention() for c, _ in group)), len(group))
        for spelling, group in groups.items()
    )
    return InstitutionNames(institution, variants)


# ----------------------------------------------------------------------------------------
# Region
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    kind: str | None  # "kabupaten" | "kota" | "provinsi"
    name: str | None  # as printed most often: "Jember"
    province: str | None  # a key of [provinces] in rules/region_terms.toml

    @property
    def label(self) -> str | None:
        if not self.name:
            return None
        return f"{self.kind.capitalize()} {self.name}" if self.kind else self.name


def _province_of_region(name: str, provinces: dict) -> str | None:
    folded = " ".join(name.casefold().split())
    for key, province in provinces.items():
        if folded in (" ".join(r.casefold().split()) for r in province.get("regions", [])):
            return key
    return None


def _province_of_name(name: str, provinces: dict) -> str | None:
    folded = " ".join(name.casefold().split())
    for key, province in provinces.items():
        if folded in (" ".join(n.casefold().split()) for n in province.get("names", [])):
            return key
    return None


def report_region(facts) -> Region:
    return facts.memo("names.region", lambda: _report_region(facts))


def _report_region(facts) -> Region:
    pack = facts.packs.get("region_terms", {})
    provinces = pack.get("provinces", {})
    kinds = {kind: [w.casefold() for w in words] for kind, words in pack.get("kinds", {}).items()}
    reader = _NameReader(facts.packs)
    unit_words = {p[-1] for u in reader.units for p in u.slot_phrases()}
    counts: Counter = Counter()
    printed: dict = {}
    stated_provinces: Counter = Counter()
    for line in all_lines(facts):
        words = words_in(line.text)
        for i, word in enumerate(words):
            kind = next((k for k, ws in kinds.items() if word.text.casefold() in ws), None)
            if not kind or not word.capitalised or i + 1 >= len(words):
                continue
            if i and words[i - 1].text.casefold() in unit_words:
                continue  # "Kecamatan Kota Baru" names a kecamatan, not a kota
            if not _words_joined(words[i:i + 2], line.text, allow_abbreviation_dot=True):
                continue
            taken = reader.name_at(words, line.text, i + 1)[:3]
            if not taken:
                continue
            name = line.text[taken[0].start:taken[-1].end]
            if kind == "provinsi":
                province = _province_of_name(name, provinces)
                if province:
                    stated_provinces[province] += 1
            key = (kind, letters_key(name))
            counts[key] += 1
            printed.setdefault(key, Counter())[name] += 1
    if not counts:
        return Region(None, None, None)
    best = max(counts.values())
    kind, key = next(k for k in counts if counts[k] == best)
    name = printed[(kind, key)].most_common(1)[0][0]
    name = name if not name.isupper() else name.title()
    if kind == "provinsi":
        province = _province_of_name(name, provinces)
    else:
        province = _province_of_region(name, provinces)
    if province is None and stated_provinces:
        province = stated_provinces.most_common(1)[0][0]
    return Region(kind, name, province)


def province_label(packs: dict, province: str | None) -> str | None:
    if province is None:
        return None
    return packs.get("region_terms", {}).get("provinces", {}).get(province, {}).get("label", province)


# ----------------------------------------------------------------------------------------
# People: titles, names and ranks
# ----------------------------------------------------------------------------------------

_SPACED_CAPITALS = re.compile(r"\b[A-Z](?: [A-Z]){2,}\b(?!\.)")


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
    text = _SPACED_CAPITALS.sub(lambda m: m.group().replace(" ", ""), plain(name))
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
    alternatives = sorted((re.escape(l).replace(r"\ ", r"\s*") for l in labels), key=len, reverse=True)
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


@lru_cache(maxsize=8)
def _rank_patterns(ranks: tuple[str, ...], labels: tuple[str, ...]) -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(rank, whole-line pattern, end-of-text pattern), longest rank first."""
    patterns = []
    for rank in sorted(ranks, key=len, reverse=True):
        body = r"(?<![\w])" + _rank_pattern(rank) + r"(?![\w])(?:\s*[,/]?\s*" + _GRADE + r")?[\s.,]*$"
        patterns.append((rank, re.compile(r"^\s*" + _label_prefix(labels) + "?" + body, re.I),
                         re.compile(body, re.I)))
    return patterns


def parse_rank(text: str, packs: dict, *, at_end: bool = False) -> tuple[Rank, int] | None:
    """A rank filling the whole text (a rank line: "Pembina Tk.I", "Pangkat : Pembina (IV/a)"),
    or with ``at_end`` the rank that ends it; with where the rank starts."""
    names = packs.get("names", {})
    ranks = tuple(names.get("ranks", {}).get("names", ()))
    labels = tuple(names.get("officials", {}).get("rank_labels", ()))
    for rank, whole, ending in _rank_patterns(ranks, labels):
        match = ending.search(text) if at_end else whole.match(text)
        if match:
            grade = match.group("grade")
            if grade:
                grade = re.sub(r"[^IVXivxA-Ea-e]", "", grade)
                grade = grade[:-1].upper() + "/" + grade[-1].lower()
            return Rank(rank, grade), match.start()
    return None


# ----------------------------------------------------------------------------------------
# Officials: name, rank and NIP
# ----------------------------------------------------------------------------------------


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
        self.max_name_words = int(settings.get("max_name_words", 5))
        self.block_max_lines = int(settings.get("block_max_lines", 4))
        self.name_label = re.compile(r"^\s*" + _label_prefix(settings.get("name_labels", ["Nama"])), re.I)
        self.rank_label = re.compile(r"^\s*" + _label_prefix(settings.get("rank_labels", ["Pangkat"])), re.I)
        self.any_label = re.compile(r"^\s*[A-Za-z][A-Za-z /]{1,30}\s*:\s*")

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
            if leading.match(tail) and self.name_from(tail):
                return self.name_from(tail)
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
                found.append((i, Official(block.name, person_key(block.name, self.packs), None, None, rank[0],
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
        official = Official(block.name, person_key(block.name, self.packs) if block.name else None, nip,
                            line.location, block.rank, block.rank_printed, rank_location,
                            self.is_pppk(texts + [nip.label]), " / ".join(texts))
        return official, block.rank_index

    def read_table(self, table: Table) -> list[Official]:
        """Rows of a table with a NIP column whose numbers carry no "NIP" label."""
        if not table.rows:
            return []
        header = [fold_cell(t) for t in table.row_texts(0)]
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
                name, person_key(name, self.packs) if name else None, number, table.cell_location(nip_cell),
                rank[0] if rank else None, rank_cell.text.strip() if rank else None,
                table.cell_location(rank_cell) if rank else None, self.is_pppk([row_text]), row_text,
            ))
        return found


def fold_cell(text: str) -> str:
    return " ".join(plain(text).casefold().split())


def _tables(document: Document) -> Iterator[Table]:
    def walk(table: Table) -> Iterator[Table]:
        yield table
        for row in table.rows:
            for cell in row:
                for nested in cell.nested:
                    yield from walk(nested)
    for table in document.tables():
        yield from walk(table)


def officials(facts) -> tuple[Official, ...]:
    """Every printing of an official in the dossier, in reading order."""
    return facts.memo("names.officials", lambda: _officials(facts))


def _officials(facts) -> tuple[Official, ...]:
    reader = _OfficialReader(facts.packs)
    found: list[Official] = []
    for document in facts.documents:
        lines = text_lines(document)
        streams: dict[int, list[TextLine]] = {}
        for line in lines:
            streams.setdefault(line.stream, []).append(line)
        in_document: list[Official] = []
        for stream in streams.values():
            in_document.extend(reader.read_stream(stream))
        for table in _tables(document):
            in_document.extend(reader.read_table(table))
        order: dict[Location, int] = {}
        for index, line in enumerate(lines):
            order.setdefault(line.location, index)
        found.extend(sorted(in_document, key=lambda o: order.get(o.nip_location or o.rank_location, 0)))
    return tuple(found)
