"""Places where a year is stated about the report itself, read to be compared with the
report year and the Renstra period:

- every mention of the Renstra period ("Renstra … Tahun 2016-2021");
- captions and headings that name one year: one naming the report's own documents
  ("Perjanjian Kinerja Tahun 2012", "Pengukuran Kinerja Tahun …"), and one standing over a
  table whose caption names another year ("3.1.2 Realisasi Indikator Kinerja Tahun 2015"
  over "Tabel 3.2 Pengukuran Kinerja 2016");
- the dates the report is signed on, under its foreword and its closing chapter
  ("Sumbersari, 14 Januari 2022");
- sentences that say which year this report measures ("… kinerja … tahun 2015 akan
  dituangkan dalam laporan ini"), which year's plan it informs ("… bahan evaluasi dan
  penyusunan rencana kegiatan tahun 2022"), or that compare a year with itself ("… tahun
  2016 adalah 100 % sama seperti capaian kinerja pada tahun 2016").

The words are in ``[years]`` of ``rules/structure.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Location, Paragraph, Table
from ..text.captions import is_caption
from ..text.legal import without_citations
from ..text.sentences import sentence_at
from ..text.years import MONTH_PATTERN, YEAR, YearRange, find_year_ranges, find_years
from ..textutil import alternatives, fold, matches_any
from .outline import title_words
from .sentences import sentences

_RANGE_CONTEXT_CHARS = 120
_RANGE_MAX_WORDS_AFTER = 8  # "Rencana Strategis OPD Kabupaten Jember Tahun 2016-2021"
_SIGNATURE_DATE = re.compile(
    rf"^\s*(?P<place>[A-Z][\w .'’-]{{1,40}}?)\s*,\s*(?:\d{{1,2}}\s+)?(?P<month>{MONTH_PATTERN})\s+(?P<year>{YEAR})\b",
    re.I)
_RENSTRA = re.compile(r"(?<!\w)(?:renstra|rencana\s+strategis|rencana\s+strategik|rencana\s+stratejik)(?!\w)", re.I)


def _settings(facts) -> dict:
    return facts.packs.get("structure", {}).get("years", {})


# --- the Renstra period -----------------------------------------------------------------

@dataclass(frozen=True)
class PeriodMention:
    period: YearRange
    printed: str  # "2017-2021"
    location: Location
    snippet: str


def _text_places(facts):
    """(text, location) of every paragraph (a PDF's lines joined) and table cell of the report."""
    for block in facts.prose:
        if isinstance(block, Paragraph):
            yield block.text, block.location
        else:
            if block.caption:
                yield block.caption, block.location
            for row in block.rows:
                for cell in row:
                    if cell.text.strip():
                        yield cell.text, block.cell_location(cell)


def renstra_mentions(facts) -> list[PeriodMention]:
    """Every year range printed just after the word Renstra (or Rencana Strategis)."""
    found = []
    for text, location in _text_places(facts):
        if not _RENSTRA.search(text):
            continue
        for period in find_year_ranges(text):
            before = text[max(0, period.start - _RANGE_CONTEXT_CHARS):period.start]
            words = _RENSTRA.finditer(before)
            last = None
            for last in words:
                pass
            if last is None or re.search(r"[.;:()]\s", before[last.end():]) \
                    or len(before[last.end():].split()) > _RANGE_MAX_WORDS_AFTER:
                continue
            found.append(PeriodMention(period, text[period.start:period.end], location,
                                       sentence_at(text, period.start, period.end)))
    return found


# --- captions and headings ----------------------------------------------------------------

@dataclass(frozen=True)
class TitleYear:
    """A caption or heading that names one year."""

    text: str
    year: int
    location: Location
    reason: str  # "document" (it names the report's own document) | "table" (the table under it says
    # otherwise) | "columns" (its own table's target and realisation columns say otherwise)
    table_year: int | None = None  # the year of the table under it
    table_caption: str | None = None


def _single_year(text: str, facts) -> int | None:
    """The one year a title names (not a range, not a cited regulation's year)."""
    plain = without_citations(text, facts.packs)
    if find_year_ranges(plain):
        return None
    years = {token.year for token in find_years(plain)}
    return years.pop() if len(years) == 1 else None


def _is_comparison(text: str, settings: dict) -> bool:
    return matches_any(text, settings.get("previous_year_words", []) + settings.get("comparison_titles", []))


def _column_years_of(table: Table) -> set[int]:
    from .period import column_years
    return set(column_years(table))


def _caption_titles(facts) -> list[tuple[str, Location, int]]:
    """(caption, location, block index) of every table caption of the report."""
    found = []
    for index, block in enumerate(facts.report.blocks):
        if isinstance(block, Table) and block.caption:
            found.append((block.caption, block.location, index))
    return found


def title_years(facts, report_year: int) -> list[TitleYear]:
    settings = _settings(facts)
    documents = settings.get("report_documents", [])
    found: list[TitleYear] = []
    outline = facts.outline
    starts = {h.index for h in outline}
    titles = [(h.text, h.location, h.index) for h in outline] + _caption_titles(facts)
    for text, location, index in titles:
        year = _single_year(text, facts)
        if year is None or year == report_year or _is_comparison(text, settings):
            continue
        if any(t.year == year and _same_title(t.text, text) for t in found):
            continue  # a caption printed as a line and kept as the table's caption too
        if matches_any(text, documents) and abs(year - report_year) > 1:
            found.append(TitleYear(text, year, location, "document"))
            continue
        own = facts.report.blocks[index] if isinstance(facts.report.blocks[index], Table) else None
        if own is not None and _column_years_of(own) == {report_year}:
            found.append(TitleYear(text, year, location, "columns", report_year))
            continue
        below = _table_below(facts.report.blocks, index, starts)
        if below is not None and not is_caption(text):
            table_year = _single_year(below.caption, facts)
            if table_year == report_year:
                found.append(TitleYear(text, year, location, "table", table_year, below.caption))
    return found


def _same_title(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a in b or b in a


def _table_below(blocks, index: int, starts: set[int]) -> Table | None:
    """The first table under the heading at block ``index``, before the next heading that is
    not a caption line; only one whose caption is printed."""
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if isinstance(block, Table):
            return block if block.caption else None
        if position in starts and not is_caption(block.text) and not _is_caption_title(blocks, position):
            return None
    return None


def _is_caption_title(blocks, position: int) -> bool:
    """The title line right after a "Tabel 3.2" line (a PDF prints them on two lines)."""
    previous = blocks[position - 1] if position else None
    return isinstance(previous, Paragraph) and is_caption(previous.text)


# --- signature dates --------------------------------------------------------------------------

@dataclass(frozen=True)
class SignatureDate:
    printed: str  # "Sumbersari, 14 Januari 2023"
    year: int
    location: Location
    section: str  # the heading of the section it signs


def _section_starts(facts) -> list:
    """The headings that open a part of the outline: a chapter, or a title of the outline
    in ``rules/structure.toml`` (Kata Pengantar, Daftar Isi, Bab …, Lampiran)."""
    titles = [title_words(t) for section in facts.packs.get("structure", {}).get("outline", [])
              for t in section.get("titles", [])]
    return [h for h in facts.outline
            if h.chapter or any(h.words == t or h.words.startswith(t + " ") for t in titles)]


_PERFORMANCE_REPORT = re.compile(r"(?<!\w)(?:laporan\s+(?:akuntabilitas\s+)?kinerja|lkjip|lakip|lkip|lkj)(?!\w)",
                                 re.I)
_TITLE_PAGE_BLOCKS = 40


def is_performance_report(facts) -> bool:
    """Whether the report's first page (or first blocks) names it a performance report: a
    plan (RKT, Renja) filed alone is signed before its year."""
    blocks = facts.report.blocks[:_TITLE_PAGE_BLOCKS]
    first_page = blocks[0].location.page if blocks else None
    texts = [b.text for b in blocks if isinstance(b, Paragraph) and b.location.page == first_page]
    return any(_PERFORMANCE_REPORT.search(text) for text in texts)


def signature_dates(facts) -> list[SignatureDate]:
    """The dates under the report's foreword and closing chapter ("Jember, 14 Januari 2022")."""
    if not is_performance_report(facts):
        return []
    sections = [title_words(s) for s in _settings(facts).get("signed_sections", [])]
    starts = sorted(_section_starts(facts), key=lambda h: h.index)
    found = []
    for index, block in enumerate(facts.report.blocks):
        heading = next((h for h in reversed(starts) if h.index < index), None)
        if heading is None or not any(heading.words == s or heading.words.endswith(" " + s) for s in sections):
            continue
        for text, location in _lines_of(block):
            match = _SIGNATURE_DATE.match(text)
            if match and len(text) <= match.end() + 80:
                found.append(SignatureDate(text[:match.end()].strip(), int(match.group("year")), location,
                                           heading.text))
    return found


def _lines_of(block):
    if isinstance(block, Paragraph):
        for line in block.text.split("\n"):
            yield line.strip(), block.location
        return
    for row in block.rows:
        for cell in row:
            for line in cell.text.split("\n"):
                yield line.strip(), block.cell_location(cell)


# --- sentences about this report's year ---------------------------------------------------------

@dataclass(frozen=True)
class SentenceYear:
    kind: str  # "this-report" | "plan" | "self-comparison"
    printed: str  # the phrase with the year
    year: int
    location: Location
    snippet: str


def _this_report(text: str, plain: str, settings: dict, report_year: int) -> SentenceYear | None:
    if not matches_any(text, settings.get("this_report", [])) or not matches_any(text, settings.get("measured", [])):
        return None
    if matches_any(text, settings.get("previous_year_words", [])) or find_year_ranges(plain):
        return None
    years = find_years(plain)
    if len({t.year for t in years}) != 1 or years[0].year == report_year:
        return None
    token = years[0]
    headed = re.search(rf"(?:tahun|ta\.?|th\.?)\s+{token.year}(?!\d)", plain, re.I)
    printed = headed.group(0) if headed else str(token.year)
    return SentenceYear("this-report", printed, token.year, None, text)


def _plan_year(text: str, plain: str, settings: dict, report_year: int) -> SentenceYear | None:
    inputs, plans = alternatives(settings.get("plan_inputs", [])), alternatives(settings.get("plans", []))
    if not inputs or not plans:
        return None
    match = re.search(rf"(?<!\w)(?:{inputs})(?!\w)[^.;]{{0,80}}?(?<!\w)(?P<plan>{plans})(?!\w)"
                      rf"(?P<between>[^.;\d]{{0,60}}?)\btahun\s+(?P<year>{YEAR})(?!\d)", plain, re.I)
    if not match or int(match.group("year")) > report_year:
        return None
    if re.search(rf"\s*(?:{alternatives(['-', '–', 's/d', 's.d', 'dan', 'sampai', 'hingga'])})\s*{YEAR}",
                 plain[match.end():match.end() + 12]):
        return None  # "rencana tahun 2021 dan 2022": a span that reaches the next year
    return SentenceYear("plan", text[match.start("plan"):match.end()], int(match.group("year")), None, text)


def _self_comparison(text: str, plain: str, settings: dict) -> SentenceYear | None:
    words = alternatives(settings.get("self_comparisons", []))
    if not words:
        return None
    match = re.search(rf"(?<!\w)(?:{words})(?!\w)", plain, re.I)
    if not match:
        return None
    after = re.match(rf"(?P<between>(?:\s+\S+){{0,5}}?)\s+(?:tahun|ta\.?|th\.?)\s+(?P<year>{YEAR})(?!\d)",
                     plain[match.end():], re.I)
    if not after or matches_any(after.group("between"), settings.get("other_quantities", [])):
        return None
    year = int(after.group("year"))
    before = {t.year for t in find_years(plain, 0, match.start())}
    after_all = {t.year for t in find_years(plain, match.end())}
    if before != {year} or after_all != {year}:
        return None
    end = match.end() + after.end()
    return SentenceYear("self-comparison", text[match.start():end], year, None, text)


def sentence_years(facts, report_year: int) -> list[SentenceYear]:
    settings = _settings(facts)
    found = []
    for block in facts.prose:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block, facts.packs):
            text = " ".join(sentence.text.split())
            plain = without_citations(text, facts.packs)
            for reading in (_this_report(text, plain, settings, report_year),
                            _plan_year(text, plain, settings, report_year),
                            _self_comparison(text, plain, settings)):
                if reading is not None:
                    found.append(SentenceYear(reading.kind, reading.printed, reading.year, block.location,
                                              text))
    return found
