"""The report year and the Renstra period of a dossier, weighed from the evidence in its text.

Neither is printed in one fixed place. The report year shows in the title ("LAPORAN
KINERJA … TAHUN 2021", while the cover may also show the publication year 2022), in
"Tahun Anggaran 2021", "Perjanjian Kinerja Tahun 2021", "Pengukuran Kinerja Tahun
2021", in headings and captions, and in the signing date, which usually falls early in
the following year. Each sighting adds weight to its year; the heaviest year wins.

The Renstra period shows as a range ("Renstra … 2016-2021", "periode 2016 – 2021") and
as the year columns of the Renstra matrix (2016 … 2021).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Iterator

from ..model import Document, Paragraph, Table
from ..text.captions import is_caption
from ..text.legal import names_regulation
from ..text.periods import budget_years
from ..text.years import MONTHS, YEAR, find_year_ranges, find_years, has_year_range, is_year
from ..textutil import fold
from ..vocab import load_packs
from .headings import is_heading_like
from .places import tables_with_context

_NO_DIGITS = r"[^\d.;:\n]"

_REPORT_TITLE = re.compile(
    rf"\b(?:laporan (?:akuntabilitas )?kinerja|lkjip|lakip|lkj)\b{_NO_DIGITS}{{0,90}}?"
    rf"\btahun (?:anggaran )?({YEAR})\b"
)
_AGREEMENT_YEAR = re.compile(rf"\bperjanjian kinerja{_NO_DIGITS}{{0,40}}?\btahun ({YEAR})\b")
_MEASUREMENT_YEAR = re.compile(
    rf"\b(?:pengukuran|capaian|realisasi)\b{_NO_DIGITS}{{0,40}}?\bkinerja{_NO_DIGITS}{{0,30}}?\btahun ({YEAR})\b"
)
# A report is signed early in the following year.
_EARLY_MONTHS = MONTHS[:4]  # januari, februari, pebruari, maret
_SIGNING_DATE = re.compile(
    rf"(?:^|[\s,])(?:\d{{1,2}}\s+)?(?:{'|'.join(_EARLY_MONTHS)})\s+({YEAR})\b"
)

_COVER_ENDS = re.compile(r"^(?:kata pengantar|daftar isi|ikhtisar eksekutif|ringkasan eksekutif|bab\b)")
_COVER_MAX_BLOCKS = 15

_RENSTRA_WORDS = re.compile(r"\b(?:renstra|rencana strategis|rencana strategik)\b")
_MEDIUM_TERM_WORDS = re.compile(r"\b(?:rpjmd|rpjm|periode|jangka menengah)\b")
_RANGE_CONTEXT_CHARS = 120

# Weights: a title says the year outright; a budget year or an agreement year says it
# almost as clearly; headings, captions and signing dates only lean.
_WEIGHTS = {
    "cover-title": 6.0,
    "title": 3.0,
    "budget-year": 2.0,
    "agreement-year": 2.0,
    "measurement-year": 2.0,
    "heading": 0.5,
    "signing-date": 1.0,
    "column-year": 1.0,
}
_SIGNING_DATE_CAP = 2.0
# "TA 2015" is printed often where last year's accounts are audited: a budget year leans
# as far as two mentions, no further.
_BUDGET_YEAR_CAP = 4.0
# A table's "Target Tahun 2020 | Realisasi Tahun 2020" leans like a signing date.
_COLUMN_YEAR_CAP = 2.0
_HEADING_CAP = 3.0
_MIN_WEIGHT = 1.0
# Checks that depend on the year must not guess: the winner needs this lead over the next.
_CLEAR_LEAD = 1.5

_RENSTRA_MIN_SPAN, _RENSTRA_MAX_SPAN = 2, 6
_PLAIN_RANGE_SPANS = (4, 5)
_MATRIX_MIN_YEARS = 4
_COMPANION_FACTOR = 0.5


def read_report_year(facts) -> int | None:
    """The best-supported report year of the report (``Facts.report_year`` lets a
    configured year win)."""
    return _best(report_year_votes(facts.report, facts.packs))


def read_renstra_period(facts) -> tuple[int, int] | None:
    """(first year, last year) of the Renstra the report measures against, or None."""
    def compute():
        votes: dict[tuple[int, int], float] = defaultdict(float)
        for i, document in enumerate(facts.documents):
            factor = 1.0 if i == 0 else _COMPANION_FACTOR
            for period, weight in renstra_votes(document).items():
                votes[period] += weight * factor
        year = facts.report_year()
        if year is not None:
            for period in votes:
                if period[0] <= year <= period[1]:
                    votes[period] += 0.5
        return _best(votes)

    return compute()


# --- report year ---------------------------------------------------------------------

def report_year_votes(document: Document, packs: dict | None = None) -> dict[int, float]:
    """Weight of evidence for each candidate report year in one document. A title must not
    borrow the year of a regulation it cites ("… Nomor 8 Tahun 2006")."""
    packs = load_packs() if packs is None else packs
    votes: dict[int, float] = defaultdict(float)
    cover = " ".join(fold(p.text) for p in _cover(document))
    for match in _REPORT_TITLE.finditer(cover):
        votes[int(match.group(1))] += _WEIGHTS["cover-title"]

    signing = defaultdict(float)
    headings = defaultdict(float)
    budget = defaultdict(float)
    for raw, text, is_heading in _texts(document):
        for match in _REPORT_TITLE.finditer(text):
            if not names_regulation(match.group(0), packs):
                votes[int(match.group(1))] += _WEIGHTS["title"]
        for year in budget_years(raw):
            budget[year] += _WEIGHTS["budget-year"]
        for match in _AGREEMENT_YEAR.finditer(text):
            if not _starts_range(text, match.end(1)):
                votes[int(match.group(1))] += _WEIGHTS["agreement-year"]
        for match in _MEASUREMENT_YEAR.finditer(text):
            if not _starts_range(text, match.end(1)):
                votes[int(match.group(1))] += _WEIGHTS["measurement-year"]
        for match in _SIGNING_DATE.finditer(text):
            signing[int(match.group(1)) - 1] += _WEIGHTS["signing-date"]
        if is_heading and not has_year_range(text) and not names_regulation(text, packs):
            for token in find_years(text):
                headings[token.year] += _WEIGHTS["heading"]
    for year, weight in signing.items():
        votes[year] += min(weight, _SIGNING_DATE_CAP)
    for year, weight in budget.items():
        votes[year] += min(weight, _BUDGET_YEAR_CAP)
    for year, weight in _column_years(document).items():
        votes[year] += min(weight, _COLUMN_YEAR_CAP)
    for year, weight in headings.items():
        votes[year] += min(weight, _HEADING_CAP)
    return dict(votes)


_COLUMN_YEAR = re.compile(rf"\b(?:target|realisasi|capaian)\b[^\d]{{0,20}}?\b(?:tahun|th\.?)\s*({YEAR})\b")
_HEADER_ROWS = 3


def column_years(table: Table) -> list[int]:
    """The years of a table's target and realisation columns ("Realisasi Tahun 2020"), one
    per header cell that names one."""
    years = []
    for r in range(min(_HEADER_ROWS, table.n_rows)):
        for text in {t for t in table.row_texts(r) if t.strip()}:
            folded = fold(text)
            if not has_year_range(folded):
                years += [int(match.group(1)) for match in _COLUMN_YEAR.finditer(folded)]
    return years


def _column_years(document: Document) -> dict[int, float]:
    votes: dict[int, float] = defaultdict(float)
    for table in document.tables():
        for year in column_years(table):
            votes[year] += _WEIGHTS["column-year"]
    return votes


def _starts_range(text: str, end: int) -> bool:
    """Whether the year ending at ``end`` opens a range ("tahun 2015 – 2016")."""
    return any(r.start <= end <= r.end for r in find_year_ranges(text[max(0, end - 4):end + 20]))


def _cover(document: Document) -> list[Paragraph]:
    """The paragraphs before the first front-matter heading (Kata Pengantar, Daftar Isi …)."""
    cover = []
    for block in document.blocks[:_COVER_MAX_BLOCKS]:
        if not isinstance(block, Paragraph) or _COVER_ENDS.match(fold(block.text)):
            break
        cover.append(block)
    return cover


def _texts(document: Document) -> Iterator[tuple[str, str, bool]]:
    """(text, folded text, is heading or caption) of every paragraph and table cell."""
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield block.text, fold(block.text), is_heading_like(block) or is_caption(block.text)
        else:
            for row in block.rows:
                for cell in row:
                    if cell.text.strip():
                        yield cell.text, fold(cell.text), False
            if block.caption:
                yield block.caption, fold(block.caption), True


# --- Renstra period ------------------------------------------------------------------

def renstra_votes(document: Document) -> dict[tuple[int, int], float]:
    """Weight of evidence for each candidate Renstra period in one document."""
    votes: dict[tuple[int, int], float] = defaultdict(float)
    for _, text, _ in _texts(document):
        for found in find_year_ranges(text):
            before = text[max(0, found.start - _RANGE_CONTEXT_CHARS):found.start]
            weight = _range_weight(before, found.span)
            if weight:
                votes[(found.first, found.last)] += weight
    for table, context in tables_with_context(document):
        period = _matrix_years(table)
        if period is None:
            continue
        votes[period] += 2.0 if _RENSTRA_WORDS.search(fold(context)) else 0.5
    return dict(votes)


def _range_weight(before: str, span: int) -> float:
    if _RENSTRA_WORDS.search(before) and _RENSTRA_MIN_SPAN <= span <= _RENSTRA_MAX_SPAN:
        return 3.0
    if _MEDIUM_TERM_WORDS.search(before) and span in _PLAIN_RANGE_SPANS:
        return 1.5
    if before.rstrip().endswith("tahun") and span in _PLAIN_RANGE_SPANS:
        return 1.0
    return 0.0


def _matrix_years(table: Table) -> tuple[int, int] | None:
    """A run of consecutive year columns (2016, 2017 … 2021) in one of the first header rows."""
    for r in range(min(4, table.n_rows)):
        years = [int(t.strip()) for t in table.row_texts(r) if is_year(t)]
        run = _longest_consecutive(years)
        if len(run) >= _MATRIX_MIN_YEARS:
            return run[0], run[-1]
    return None


def _longest_consecutive(years: Iterable[int]) -> list[int]:
    best: list[int] = []
    current: list[int] = []
    for year in years:
        if current and year == current[-1]:
            continue  # a spanning cell repeated over its grid columns
        current = current + [year] if current and year == current[-1] + 1 else [year]
        if len(current) > len(best):
            best = current
    return best


def _best(votes: dict) -> object | None:
    """The candidate with the most weight, when it has enough and clearly beats the next."""
    ranked = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < _MIN_WEIGHT:
        return None
    if len(ranked) > 1 and ranked[0][1] < _CLEAR_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
