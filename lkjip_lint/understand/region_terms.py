"""Words of another region printed in a dossier: a sign that text was copied from another
region's report (the terms, their provinces and kinds are in ``rules/region_terms.toml``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..text.sentences import sentence_at
from .mentions import Mention, distinct_places, letters_key, words_in
from .region import Region


@dataclass(frozen=True)
class RegionTerm:
    term: str
    spellings: tuple[str, ...]
    province: str | None = None
    kind: str | None = None
    usual: str | None = None
    proper: bool = False
    needs_name: bool = False
    weak: bool = False
    not_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ForeignTerm:
    term: RegionTerm
    mentions: tuple[Mention, ...]  # one per place
    occurrences: int


def region_terms(packs: dict) -> tuple[RegionTerm, ...]:
    return tuple(
        RegionTerm(
            term=entry["term"],
            spellings=tuple(entry.get("spellings", [entry["term"]])),
            province=entry.get("province"),
            kind=entry.get("kind"),
            usual=entry.get("usual"),
            proper=bool(entry.get("proper", False)),
            needs_name=bool(entry.get("needs_name", False)),
            weak=bool(entry.get("weak", False)),
            not_followed_by=frozenset(w.casefold() for w in entry.get("not_followed_by", [])),
        )
        for entry in packs.get("region_terms", {}).get("terms", [])
    )


def _spelling_body(spelling: str) -> str:
    body = r"\s+".join(re.escape(part) for part in spelling.split())
    # An acronym counts in capitals only; "Bupati/Wali Kota" names both kinds of region.
    return body if spelling.isupper() else f"(?i:{body})"


def _spelling_pattern(spelling: str) -> re.Pattern:
    return re.compile(r"(?<![\w/])" + _spelling_body(spelling) + r"(?![\w/])")


def _any_spelling(spellings) -> re.Pattern | None:
    """One pattern for every spelling: lines without any are passed over in one scan."""
    bodies = "|".join(_spelling_body(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(r"(?<![\w/])(?:" + bodies + r")(?![\w/])") if bodies else None


def _accepts(term: RegionTerm, text: str, match: re.Match, stop_words: set[str]) -> bool:
    if term.proper and not match.group()[:1].isupper():
        return False
    rest = text[match.end():]
    following = words_in(rest)
    next_word = following[0] if following and not rest[:following[0].start].strip() else None
    if next_word and next_word.text.casefold() in term.not_followed_by:
        return False
    if term.needs_name:
        return bool(next_word and next_word.capitalised and next_word.text.casefold() not in stop_words)
    return True


def _region_names_pattern(packs: dict, province: str) -> re.Pattern | None:
    """The names of a province and of its kabupaten and kota, as listed or in capitals."""
    listing = packs.get("region_terms", {}).get("provinces", {}).get(province, {})
    listed = listing.get("names", []) + listing.get("regions", [])
    names = {form for name in listed for form in (name, name.upper())}
    if not names:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split()))
                            for name in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")


def _names_own_region(term: RegionTerm, text: str, match: re.Match, packs: dict) -> bool:
    """Whether the sentence around the term names the region the term belongs to: it
    speaks of that region ("studi komparasi ke … Aceh, … Qanun Aceh Nomor 13")."""
    if not term.province:
        return False
    pattern = _region_names_pattern(packs, term.province)
    without_term = text[:match.start()] + " " * len(match.group()) + text[match.end():]
    sentence = sentence_at(without_term, *match.span(), limit=len(text))
    return bool(pattern and pattern.search(sentence))


def _occurrences(facts) -> dict[str, list[Mention]]:
    """Where each term is printed, the longest spelling claiming overlapping text; a
    sentence that names the term's own region is no occurrence."""
    terms = region_terms(facts.packs)
    stop_words = {w.casefold() for w in facts.packs.get("names", {}).get("names", {}).get("stop_words", [])}
    spellings = sorted(((s, t) for t in terms for s in t.spellings), key=lambda p: len(p[0]), reverse=True)
    patterns = [(_spelling_pattern(s), t) for s, t in spellings]
    any_spelling = _any_spelling(s for s, _ in spellings)
    found: dict[str, list[Mention]] = {}
    for line in facts.lines:
        if any_spelling is None or not any_spelling.search(line.text):
            continue
        claimed: list[tuple[int, int]] = []
        for pattern, term in patterns:
            for match in pattern.finditer(line.text):
                if any(match.start() < end and start < match.end() for start, end in claimed):
                    continue
                if not _accepts(term, line.text, match, stop_words):
                    continue
                claimed.append(match.span())
                if not _names_own_region(term, line.text, match, facts.packs):
                    found.setdefault(term.term, []).append(line.mention(*match.span()))
    return found


def _is_foreign(term: RegionTerm, region: Region, kind_counts: Counter) -> bool:
    if term.province:
        known = region.province or region.name
        return bool(known) and region.province != term.province
    if term.kind:
        # The report's own words must outnumber the other kind's: a report that says
        # "Bupati" forty times and "Wali Kota" once is a kabupaten's, whatever its
        # program names ("Kota Tanpa Kumuh") suggest.
        own = region.kind if region.kind in ("kabupaten", "kota") else None
        return own is not None and term.kind != own and kind_counts[own] > kind_counts[term.kind]
    return False


def read_foreign_terms(facts, config) -> tuple[ForeignTerm, ...]:
    region = facts.region
    accepted = {letters_key(n) for n in list(facts.packs.get("names", {}).get("accepted_names", []))
                + list(config.accepted_names)}
    by_term = {t.term: t for t in region_terms(facts.packs)}
    occurrences = _occurrences(facts)
    kind_counts = Counter()
    for name, mentions in occurrences.items():
        if by_term[name].kind:
            kind_counts[by_term[name].kind] += len(mentions)
    foreign = []
    for name, mentions in occurrences.items():
        term = by_term[name]
        mentions = [m for m in mentions if letters_key(m.found) not in accepted]
        if mentions and _is_foreign(term, region, kind_counts):
            foreign.append(ForeignTerm(term, tuple(distinct_places(mentions)), len(mentions)))
    return tuple(foreign)
