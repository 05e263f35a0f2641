"""The institution a report is about and every spelling of its name.

The unit ("Kecamatan Sumbersari") comes from the configuration, else the cover, a letterhead
or the most frequent unit phrase; unit types, stop words and similarity thresholds are in
``rules/names.toml``. Its name is then looked for in every spelling; the canonical spelling is
the one printed most on display lines: headings and lines in capitals (cover, letterheads,
signature blocks). The region's name and officials' names are never variants of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz.distance import Hamming, Levenshtein

from ..catalog import options
from ..model import Location
from .mentions import (Mention, NameReader, TextLine, UnitType, Word, distinct_places, letters_key, plain,
                       printed_span, words_in)
from .officials import display_name


def _spelling(words: Iterable[Word]) -> str:
    """Lower-case words, single spaces: what the spellings of a name share."""
    return " ".join(w.text.casefold() for w in words)


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
        return _spelling(words_in(self.name))

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
        return printed_span(self.line.text, self.words)

    @property
    def spelling(self) -> str:
        return _spelling(self.words)

    @property
    def key(self) -> str:
        return letters_key(self.printed)

    def mention(self) -> Mention:
        return self.line.mention(self.words[0].start, self.words[-1].end)


class _Similarity:
    def __init__(self, packs: dict):
        self.close_max_edits = options.CLOSE_MAX_EDITS.value(packs)
        self.close_min_length = options.CLOSE_MIN_LENGTH.value(packs)
        self.keep_head = options.KEEP_HEAD.value(packs)
        self.keep_tail = options.KEEP_TAIL.value(packs)
        self.interior_max_edits = options.INTERIOR_MAX_EDITS.value(packs)
        self.interior_max_share = options.INTERIOR_MAX_SHARE.value(packs)
        self.interior_min_length = options.INTERIOR_MIN_LENGTH.value(packs)

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


def _first_unit_phrase(lines: Iterable[TextLine], reader: NameReader, source: str) -> Institution | None:
    for line in lines:
        for unit, name in reader.unit_phrases(line):
            return Institution(unit, name, source)
    return None


def _parse_institution(text: str, reader: NameReader) -> Institution | None:
    line = TextLine(plain(text), Location(file="<config>"), 0)
    found = _first_unit_phrase([line], reader, "config")
    if found is None and line.text:
        found = Institution(None, line.text, "config")
    return found


def _cover_lines(lines: list[TextLine], settings: dict, limit: int) -> list[TextLine]:
    ends = tuple(e.casefold() for e in settings.get("cover_ends_at", []))
    cover = []
    for line in lines[:limit]:
        if line.text.casefold().startswith(ends):
            break
        cover.append(line)
    return cover


def _anchor(report_lines: list[TextLine], lines: list[TextLine], reader: NameReader,
            settings: dict, cover_lines: int) -> Institution | None:
    """The institution as first stated: on the cover, on a letterhead, else the most
    frequent unit phrase on display lines (else anywhere)."""
    filled = [line for line in report_lines if line.text]
    found = _first_unit_phrase(_cover_lines(filled, settings, cover_lines), reader, "cover")
    if found:
        return found
    starts = tuple(s.casefold() for s in settings.get("letterhead_starts", []))
    for i, line in enumerate(filled):
        if line.text.casefold().startswith(starts):
            found = _first_unit_phrase(filled[i:i + 2], reader, "letterhead")
            if found:
                return found
    counts: Counter = Counter()
    printed: dict = {}
    for display_only in (True, False):
        for line in lines:
            if display_only and not line.is_display:
                continue
            for unit, name in reader.unit_phrases(line):
                key = (unit.key, letters_key(name))
                counts[key] += 1
                printed.setdefault(key, (unit, name))
        if counts:
            unit, name = printed[counts.most_common(1)[0][0]]
            return Institution(unit, name, "text")
    return None


def _candidates(lines: list[TextLine], institution: Institution, reader: NameReader) -> list[_Candidate]:
    """Name-like word runs that could be the institution's name: after its unit word and,
    for place names, anywhere (capitalised), in sizes around the canonical word count.
    A configured name without a unit word has no unit word to follow: it is looked for
    everywhere."""
    size = max(1, len(institution.name.split()))
    sizes = sorted({max(1, size - 1), size, size + 1}, key=lambda n: (n != size, n))
    anywhere = institution.unit is None or institution.unit.proper_name
    found = []
    previous: TextLine | None = None
    for line in lines:
        words = words_in(line.text)
        slots = set(reader.slots(words, line.text, institution.unit)) if institution.unit else set()
        if institution.unit and words and _wraps_into(previous, line, reader, institution.unit):
            slots.add(0)
        previous = line
        display = line.is_display
        for start in range(len(words)):
            if start in slots or (anywhere and reader.is_name_word(words[start])):
                run = reader.name_at(words, line.text, start)
                in_slot = start in slots or institution.unit is None
                found.extend(_Candidate(tuple(run[:n]), line, in_slot, display) for n in sizes if n <= len(run))
    return found


def _wraps_into(previous: TextLine | None, line: TextLine, reader: NameReader, unit: UnitType) -> bool:
    """A PDF line that goes on from the one before, which ends with the unit's word."""
    return (previous is not None and previous.stream == line.stream and not previous.heading
            and reader.ends_in_slot(words_in(previous.text), previous.text, unit))


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
    region = facts.region
    if region.name:
        excluded |= {letters_key(w) for w in region.name.split()}
    for official in facts.officials:
        if official.name:
            excluded |= {letters_key(w) for w in display_name(official.name, facts.packs).split()}
    return {e for e in excluded if e}


def read_institution_names(facts, config) -> InstitutionNames | None:
    pack = facts.packs.get("names", {})
    reader = NameReader(facts.packs)
    similarity = _Similarity(facts.packs)
    lines = facts.lines
    if config.institution:
        anchor = _parse_institution(config.institution, reader)
    else:
        anchor = _anchor(facts.document_lines[0], lines, reader, pack.get("institution", {}),
                         options.COVER_MAX_LINES.value(facts.packs))
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
