"""Years that cannot be right: impossible years, comparison columns and Renstra year ordinals."""

from __future__ import annotations

import re
from typing import Iterator

from ..catalog import options
from ..catalog.years import (IMPOSSIBLE_YEAR, COMPARISON_YEAR_MISMATCH, RENSTRA_YEAR_ORDINAL,  # noqa: F401
                             RENSTRA_PERIOD_MISMATCH, REPORT_YEAR_MISMATCH, RULES)  # (RULES: this module's rules)
from ..findings import ROLE_REFERENCE, Finding, Related, make_finding
from ..model import Paragraph
from ..numwords import ordinal_value, ordinal_words
from ..textutil import fold, matches_any
from ..text.legal import names_regulation
from ..text.periods import headed_numbers
from ..text.sentences import sentence_at
from ..text.units import UNIT_WORDS
from ..text.years import YEAR, find_year_ranges, find_years, has_year_range, years_in
from ..understand.places import cell_location, tables_with_context
from ..understand.year_mentions import renstra_mentions, sentence_years, signature_dates, title_years


# "UUD Th. 1945", "Perda No. 5 Th. 1988": a law's year may be old whatever the head word.
_LEGAL_CONTEXT_CHARS = 80
_N_MARKER = re.compile(
    rf"(?P<year>{YEAR})\s*\(\s*[nN]\s*(?:(?P<sign>[-−+])\s*(?P<offset>\d))?\s*\)"
)
_ORDINAL = re.compile(r"\btahun\s+(?P<ordinal>pertama|terakhir|ke-?\s?\d{1,2}\b|ke[a-z]+(?:\s+belas)?)", re.I)
_ORDINAL_CONTEXT_CHARS = 80
_SIX_LISTED_YEARS = 5  # "2016-2021": 2016 may be the base year rather than the first


def _settings(facts) -> dict:
    return facts.packs.get("structure", {}).get("years", {})


# --- LKJ501 --------------------------------------------------------------------------

def _one_edit_to(token: str, year: int) -> bool:
    """Whether deleting one digit or swapping two neighbours turns ``token`` into ``year``."""
    target = str(year)
    deletions = {token[:i] + token[i + 1:] for i in range(len(token))}
    swaps = {token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(len(token) - 1)}
    return target in deletions | swaps


def _impossible(token: str, strict: bool, year: int | None, packs: dict, legal: bool) -> bool:
    if len(token) > 4:
        return True
    value = int(token)
    if value < options.YEAR_EARLIEST.value(packs):
        return True
    if year is None:
        return False
    if strict and not legal:
        earliest = year - options.YEAR_STRICT_BEFORE.value(packs)
        latest = year + options.YEAR_STRICT_AFTER.value(packs)
        return not earliest <= value <= latest
    return value > year + options.YEAR_LOOSE_AFTER.value(packs)


def _followed_by_unit(text: str, end: int) -> bool:
    following = re.match(r"\s*(%|[^\W\d_]+)", text[end:])
    return bool(following) and (following.group(1) == "%" or following.group(1).lower() in UNIT_WORDS)


def _impossible_years(facts, year: int | None) -> Iterator[Finding]:
    for document in facts.documents:
        for place in facts.text_places(document):
            for match in headed_numbers(place.text):
                token = match.digits
                before = place.text[max(0, match.start - _LEGAL_CONTEXT_CHARS):match.start]
                legal = names_regulation(before, facts.packs)
                if not _impossible(token, match.strict, year, facts.packs, legal):
                    continue
                head = match.head.strip()
                if fold(head) == "tahun" and _followed_by_unit(place.text, match.end):
                    continue  # "dalam 1 tahun 12000 berkas" counts things per year
                found = place.text[match.start:match.end].strip()
                expected = None
                if year is not None and _one_edit_to(token, year):
                    expected = f"{head} {year}"
                params = {"report_year": year} if year is not None else {}
                yield make_finding(
                    IMPOSSIBLE_YEAR.code,
                    place.location,
                    "impossible-year" if year is not None else "impossible-year-unknown-report",
                    found=found,
                    expected=expected,
                    snippet=sentence_at(place.text, match.start, match.end),
                    **params,
                )


# --- LKJ502 --------------------------------------------------------------------------

def _marker_text(sign: str | None, offset: str | None) -> str:
    return "n" if not offset else f"n{'-' if sign in ('-', '−') else '+'}{offset}"


def _marked_years(facts, year: int) -> Iterator[Finding]:
    for table in facts.report.tables():
        for row in table.rows:
            for cell in row:
                match = _N_MARKER.search(cell.text)
                if not match:
                    continue
                offset = int(match.group("offset") or 0)
                if match.group("sign") in ("-", "−"):
                    offset = -offset
                expected_year = year + offset
                if int(match.group("year")) == expected_year:
                    continue
                marker = _marker_text(match.group("sign"), match.group("offset"))
                text = cell.text.strip()
                expected = text.replace(match.group("year"), str(expected_year), 1)
                yield make_finding(
                    COMPARISON_YEAR_MISMATCH.code,
                    cell_location(table, cell, facts.layout_of.get(id(table))),
                    "comparison-year-mismatch",
                    found=text,
                    expected=expected,
                    evidence=_marker_arithmetic(marker, year, offset, expected_year),
                    snippet=_row_snippet(row),
                    marker=marker,
                    report_year=year,
                    expected_year=expected_year,
                )


def _row_snippet(cells) -> str:
    return " | ".join(c.text for c in cells if c.text.strip())


def _marker_arithmetic(marker: str, year: int, offset: int, expected_year: int) -> str:
    if not offset:
        return f"n = {year}"
    return f"{marker} = {year} {'-' if offset < 0 else '+'} {abs(offset)} = {expected_year}"


def _realisation_years(facts, year: int) -> Iterator[Finding]:
    settings = _settings(facts)
    realisation_words = settings.get("realisation_words", ["realisasi"])
    for table, context in tables_with_context(facts.report):
        layout = facts.layout_of.get(id(table))
        if layout is None or not layout.header_rows:
            continue
        if matches_any(context, settings.get("previous_year_words", [])) or _N_MARKER.search(context):
            continue
        if not matches_any(context, settings.get("comparison_words", [])):
            continue
        header_cells = [cell for r in layout.header_rows for cell in table.rows[r]]
        years = {y for cell in header_cells for y in years_in(cell.text)}
        if len(years) != 1 or has_year_range(" ".join(c.text for c in header_cells)):
            continue
        column_year = years.pop()
        if column_year == year:
            continue
        for cell in header_cells:
            if str(column_year) not in cell.text or not matches_any(cell.text, realisation_words):
                continue
            text = cell.text.strip()
            yield make_finding(
                COMPARISON_YEAR_MISMATCH.code,
                cell_location(table, cell, layout),
                "realisation-year-mismatch",
                found=text,
                expected=text.replace(str(column_year), str(year), 1),
                snippet=_row_snippet(table.rows[cell.row]),
                year=column_year,
                report_year=year,
            )


# --- LKJ503 --------------------------------------------------------------------------

def _year_spoken_of(sentence: str, ordinal_start: int) -> int | None:
    """The plain year nearest before the ordinal in its sentence (ranges excluded)."""
    ranges = [(r.start, r.end) for r in find_year_ranges(sentence)]
    candidates = [t for t in find_years(sentence, 0, ordinal_start) if not any(a <= t.start < b for a, b in ranges)]
    return candidates[-1].year if candidates else None


def _renstra_ordinals(facts, year: int) -> Iterator[Finding]:
    words = facts.packs.get("structure", {}).get("renstra", {}).get("words", ["renstra"])
    default_period = facts.renstra_period
    for paragraph in facts.report.paragraphs():
        yield from _ordinals_in(paragraph, year, default_period, words)


def _ordinals_in(paragraph: Paragraph, year: int, default_period, words) -> Iterator[Finding]:
    text = paragraph.text
    for match in _ORDINAL.finditer(text):
        after = text[match.end():match.end() + _ORDINAL_CONTEXT_CHARS]
        if not matches_any(after, words):
            continue
        ordinal_text = match.group("ordinal")
        last = ordinal_text.lower() == "terakhir"
        stated = None if last else ordinal_value(ordinal_text)
        if stated is None and not last:
            continue
        sentence = sentence_at(text, match.start(), match.end())
        offset = sentence.find(match.group(0))
        spoken_of = _year_spoken_of(sentence, max(offset, 0)) or year
        in_sentence = find_year_ranges(after)
        period = (in_sentence[0].first, in_sentence[0].last) if in_sentence else default_period
        if period is None or not period[0] <= spoken_of <= period[1]:
            continue
        start, end = period
        actual = spoken_of - start + 1
        accepted = {actual}
        if end - start == _SIX_LISTED_YEARS and spoken_of > start:
            accepted.add(actual - 1)
        if last:
            if spoken_of == end:
                continue
            expected = f"tahun {ordinal_words(actual)}"
        elif stated in accepted:
            continue
        else:
            expected = f"tahun {ordinal_words(actual)}"
        yield make_finding(
            RENSTRA_YEAR_ORDINAL.code,
            paragraph.location,
            "renstra-year-ordinal",
            found=match.group(0),
            expected=expected,
            snippet=sentence,
            year=spoken_of,
            actual=actual,
            period_start=start,
            period_end=end,
        )


# --- LKJ504 --------------------------------------------------------------------------

def _renstra_periods(facts) -> Iterator[Finding]:
    period = facts.renstra_period
    if period is None:
        return
    year = facts.report_year()
    mentions = renstra_mentions(facts)
    agreeing = [m for m in mentions if (m.period.first, m.period.last) == period]
    for mention in mentions:
        first, last = mention.period.first, mention.period.last
        if (first, last) == period or (first != period[0] and last != period[1]):
            continue
        if first == period[0] and year is not None and last <= year:
            continue  # the years run so far ("capaian … Renstra (2013-2016)")
        expected = f"{period[0]}-{period[1]}"
        yield make_finding(
            RENSTRA_PERIOD_MISMATCH.code, mention.location, "renstra-period-mismatch",
            found=mention.printed, expected=expected, snippet=mention.snippet,
            evidence=f"the report's Renstra period {expected}, printed in {len(agreeing)} other place(s)",
            related=tuple(Related(m.location, m.printed, ROLE_REFERENCE) for m in agreeing[:3]),
            period=expected)


# --- LKJ505 --------------------------------------------------------------------------

def _title_years(facts, year: int) -> Iterator[Finding]:
    for title in title_years(facts, year):
        if title.reason == "document":
            yield make_finding(
                REPORT_YEAR_MISMATCH.code, title.location, "title-year-mismatch",
                found=str(title.year), expected=str(year), snippet=" ".join(title.text.split()),
                evidence=f"report year {year}", year=title.year, report_year=year)
        elif title.reason == "columns":
            yield make_finding(
                REPORT_YEAR_MISMATCH.code, title.location, "caption-year-mismatch",
                found=str(title.year), expected=str(title.table_year), snippet=" ".join(title.text.split()),
                evidence=f"report year {year}; the table's target and realisation columns: {title.table_year}",
                year=title.year, report_year=year)
        else:
            yield make_finding(
                REPORT_YEAR_MISMATCH.code, title.location, "heading-year-mismatch",
                found=str(title.year), expected=str(title.table_year), snippet=" ".join(title.text.split()),
                evidence=f"report year {year}; the table under it: {' '.join(title.table_caption.split())}",
                year=title.year, table=" ".join(title.table_caption.split()), report_year=year)


def _signature_years(facts, year: int) -> Iterator[Finding]:
    for date in signature_dates(facts):
        if date.year in (year, year + 1):
            continue
        yield make_finding(
            REPORT_YEAR_MISMATCH.code, date.location, "signature-year-mismatch",
            found=date.printed, expected=f"{year} / {year + 1}", snippet=date.printed,
            evidence=f"report year {year}: signed in {year} or {year + 1}",
            year=date.year, report_year=year, section=" ".join(date.section.split()))


def _sentence_years(facts, year: int) -> Iterator[Finding]:
    for stated in sentence_years(facts, year):
        if stated.kind == "self-comparison":
            expected = str(stated.year - 1)
        elif stated.kind == "plan":
            expected = str(year + 1)
        else:
            expected = str(year)
        yield make_finding(
            REPORT_YEAR_MISMATCH.code, stated.location, f"{stated.kind}-year-mismatch",
            found=stated.printed, expected=expected, snippet=stated.snippet,
            evidence=f"report year {year}", year=stated.year, report_year=year)


def check(facts, config) -> Iterator[Finding]:
    year = facts.report_year(config)
    yield from _impossible_years(facts, year)
    yield from _renstra_periods(facts)
    if year is None:
        return
    yield from _marked_years(facts, year)
    yield from _realisation_years(facts, year)
    yield from _renstra_ordinals(facts, year)
    yield from _title_years(facts, year)
    yield from _signature_years(facts, year)
    yield from _sentence_years(facts, year)
