"""The scope of a table's amounts: the year they belong to, the budget source (APBN,
APBD), the planning stage (a ceiling or draft against the budget accounted for) and
the unit they are printed in (thousands of rupiah).

Read from the table's caption, its header, and the paragraphs just before it (a title
such as "Rencana Program dan Kegiatan Tahun 2017" printed above a table, or "Lampiran.
Rencana Kerja Tahun 2016 Sumber Pendanaan APBD"); a budget column may narrow it
("Rancangan Awal RKPD / Pagu Indikatif (Rp. 000)"). Amounts of another year, another
source or another stage are compared only with their own kind; a scope that says
nothing is compatible with every other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.years import find_year_ranges, find_years
from ..textutil import fold, matches_any
from .tables import TableInfo

CEILING = "ceiling"
APBN, APBD, DAK = "apbn", "apbd", "dak"


@dataclass(frozen=True)
class Scope:
    years: frozenset[int] = frozenset()  # the years the amounts belong to; empty when not told
    stage: str | None = None  # CEILING for a planning ceiling or draft
    source: str | None = None  # APBN or APBD when only one is named
    scale: int = 1  # 1000 for amounts printed in thousands

    def compatible(self, other: "Scope") -> bool:
        """Whether amounts of the two scopes may be compared."""
        if self.years and other.years and not self.years & other.years:
            return False
        if self.stage != other.stage:
            return False
        return not (self.source and other.source and self.source != other.source)


def _scope_terms(vocabulary: dict) -> dict:
    return vocabulary.get("scope", {})


def years_named(text: str) -> frozenset[int]:
    """The years a title names as its own ("Tahun 2017", "TA. 2016", "2017/2018"), not
    the years of a plan period ("Renstra 2013-2018") it refers to."""
    periods = [r for r in find_year_ranges(text) if r.span > 1]
    years = set()
    for token in find_years(text):
        if any(r.start <= token.start < r.end for r in periods):
            continue
        years.add(token.year)
    return frozenset(years)


def _title(info: TableInfo) -> str:
    """The words that title the table: its caption, else the last paragraphs before it."""
    caption = info.table.caption or ""
    context = " ".join(info.context[-2:])
    return caption if caption.strip() else context


def scale_of(text: str, vocabulary: dict) -> int:
    terms = _scope_terms(vocabulary)
    if matches_any(text, terms.get("millions", [])):
        return 1_000_000
    if matches_any(text, terms.get("thousands", [])):
        return 1000
    return 1


def _source(text: str, vocabulary: dict) -> str | None:
    terms = _scope_terms(vocabulary)
    apbn, apbd = matches_any(text, terms.get(APBN, [])), matches_any(text, terms.get(APBD, []))
    if apbn != apbd:
        return APBN if apbn else APBD
    return None


def table_scope(info: TableInfo, vocabulary: dict) -> Scope:
    """The scope of the table's amounts, from its title, context and header."""
    title = _title(info)
    near = " ".join([info.table.caption or "", *info.context[-3:]])
    header = " ".join(c.label for c in info.layout.columns)
    terms = _scope_terms(vocabulary)
    stage = CEILING if matches_any(title + " " + header, terms.get(CEILING, [])) else None
    return Scope(years=years_named(title), stage=stage, source=_source(near, vocabulary),
                 scale=scale_of(header, vocabulary))


def column_scope(info: TableInfo, col: int, vocabulary: dict) -> Scope:
    """The table's scope narrowed by one amount column's header ("Pagu Indikatif (Rp.
    000)", "Anggaran 2017", "APBN")."""
    scope = table_scope(info, vocabulary)
    label = info.layout.column_label(col)
    terms = _scope_terms(vocabulary)
    years = years_named(label) or scope.years
    stage = CEILING if matches_any(label, terms.get(CEILING, [])) or (
        scope.stage == CEILING and matches_any(info.table.caption or " ".join(info.context[-2:]),
                                                terms.get(CEILING, []))) else None
    source = _source(label, vocabulary) or scope.source
    scale = scale_of(label, vocabulary) if scale_of(label, vocabulary) > 1 else scope.scale
    return Scope(years=years, stage=stage, source=source, scale=scale)


_PERIOD_AFTER = re.compile(r"^\s*(?:tahun|th\.?|ta\.?|triwulan|tw\.?|trw\.?|semester|bulan)?\s*[\divx]", re.I)


def is_cumulative(label: str, vocabulary: dict) -> bool:
    """A column of values summed up to a year or period ("Realisasi s.d Tahun 2016",
    "Kumulatif s/d TW IV")."""
    folded = fold(label)
    for term in _scope_terms(vocabulary).get("cumulative", []):
        for match in re.finditer(r"(?<!\w)" + re.escape(fold(term)) + r"(?!\w)", folded):
            if term == "kumulatif" or _PERIOD_AFTER.match(folded[match.end():]):
                return True
    return False


def names_realisation(label: str, vocabulary: dict) -> bool:
    """Whether a header names a realisation, read on its own words, also when a narrow
    cell broke the word ("REALISA SI Th. 2021")."""
    terms = vocabulary.get("columns", {}).get("realisation", [])
    if matches_any(label, terms):
        return True
    squashed = re.sub(r"\s+", "", fold(label))
    return any(re.sub(r"\s+", "", fold(term)) in squashed for term in terms if len(term) >= 6)


def row_scope(scope: Scope, label: str, vocabulary: dict) -> Scope:
    """A table's scope narrowed by the source a row names for itself ("… (DAK)")."""
    terms = _scope_terms(vocabulary)
    for source in (DAK, APBN, APBD):
        if matches_any(label, terms.get(source, [])):
            return replace(scope, source=source)
    return scope
