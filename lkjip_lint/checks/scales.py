"""The ordinal scale, the predicates judged by it, and SKM grades."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..catalog import options
from ..catalog.scales import (SCALE_INCONSISTENT, PREDICATE_MISMATCH, SKM_GRADE_MISMATCH,  # noqa: F401
                              SKM_INDEX_MISMATCH, RULES)  # (RULES: this module's rules)
from ..findings import ROLE_REFERENCE, Finding, Related, make_finding
from ..model import Cell, Location
from ..numbers import consistent, find_numbers, format_number
from ..text.ranges import is_bound
from ..textutil import fold, matches_any, shorten
from ..understand.achievement import Measurement, indicator_named_in
from ..understand.predicates import Predicate, find_predicates, is_predicate_text, judge, quotes_name
from ..understand.scale import REPORT, Band, Scale
from ..understand.sentences import Sentence, sentences
from ..understand.skm import grade_forms, grade_of, mentions_skm, read_index_claims, read_unsur_tables, skm_bands


# --- the scale itself ------------------------------------------------------------------

def _number_text(value: Decimal, decimals: int, scale: Scale) -> str:
    """A bound printed in the style of the document the scale is printed in."""
    return format_number(value, decimals, scale.layout.document_style or "id")


def _band_location(scale: Scale, band: Band) -> Location:
    cell = band.range_cell
    return scale.layout.table.cell_location(cell, row_label=band.display,
                                            column_label=scale.layout.column_label(cell.col))


def _scale_finding(scale: Scale, at: Band, message_id: str, evidence: str, **params) -> Finding:
    return make_finding(
        SCALE_INCONSISTENT.code,
        _band_location(scale, at),
        message_id,
        found=at.text,
        evidence=evidence,
        snippet=" | ".join(c.text for c in scale.layout.table.rows[at.row]),
        **params,
    )


def _seam_problem(scale: Scale, lower: Band, upper: Band) -> Finding | None:
    a, b = lower.bounds, upper.bounds
    decimals = max(a.decimals, b.decimals)
    if a.high is None or b.low is None or a.high > b.low or (a.high == b.low and not a.high_open and not b.low_open):
        overlap_low = b.low if b.low is not None else a.low
        overlap = _number_text(overlap_low, decimals, scale) if overlap_low is not None else lower.text
        if a.high is not None and b.low is not None and a.high > b.low:
            overlap = f"{_number_text(b.low, decimals, scale)}–{_number_text(a.high, decimals, scale)}"
        return _scale_finding(
            scale, upper, "scale-overlap",
            evidence=f"'{lower.text}' {lower.display} / '{upper.text}' {upper.display}",
            first_band=lower.display, first_range=lower.text, second_band=upper.display,
            second_range=upper.text, overlap=overlap)
    touching = a.high == b.low and (a.high_open != b.low_open)
    whole_step = not a.high_open and not b.low_open and b.low - a.high <= max(a.step, b.step)
    if touching or whole_step:
        return None
    gap_low, gap_high = _gap_edges(scale, lower, upper, decimals)
    return _scale_finding(
        scale, upper, "scale-gap",
        evidence=f"'{lower.text}' {lower.display} / '{upper.text}' {upper.display}",
        lower=gap_low, upper=gap_high, lower_band=lower.display, upper_band=upper.display)


def _gap_edges(scale: Scale, lower: Band, upper: Band, decimals: int) -> tuple[str, str]:
    """The edges of the values two bands leave out: the numbers, or, when both bands stop
    short of the same number ("60 < x < 70", "70 < x ≤ 80"), the two ranges as printed."""
    a, b = lower.bounds, upper.bounds
    if a.high == b.low:
        return f"'{lower.text}'", f"'{upper.text}'"
    return _number_text(a.high, decimals, scale), _number_text(b.low, decimals, scale)


def _rank_of(packs: dict, scale: Scale) -> dict[str, int] | None:
    """Ranks of the scale's band names within one series of the pack, worst first."""
    for series in packs.get("scales", {}).get("predicates", {}).get("series", []):
        folded = [fold(n) for n in series]
        if scale.names <= set(folded):
            return {name: folded.index(name) for name in scale.names}
    return None


def _order_problem(scale: Scale, packs: dict) -> Finding | None:
    keys = [band.bounds.sort_key() for band in scale.bands]
    direction = 0
    for previous, band, key, before in zip(scale.bands, scale.bands[1:], keys[1:], keys):
        step = (key > before) - (key < before)
        if direction == 0:
            direction = step
        elif step != direction:
            return _scale_finding(scale, band, "scale-order",
                                  evidence=" / ".join(f"'{b.text}' {b.display}" for b in scale.bands),
                                  band=band.display, range=band.text, previous=previous.text)
    ranks = _rank_of(packs, scale)
    if ranks is None:
        return None
    ordered = scale.ordered()
    for lower, upper in zip(ordered, ordered[1:]):
        if ranks[upper.name] <= ranks[lower.name]:
            return _scale_finding(scale, upper, "scale-names-order",
                                  evidence=" / ".join(f"'{b.text}' {b.display}" for b in ordered),
                                  band=upper.display, range=upper.text, other=lower.display, other_range=lower.text)
    return None


def _scale_findings(facts) -> Iterator[Finding]:
    for scale in facts.report_scales:
        ordered = scale.ordered()
        for lower, upper in zip(ordered, ordered[1:]):
            finding = _seam_problem(scale, lower, upper)
            if finding:
                yield finding
        finding = _order_problem(scale, facts.packs)
        if finding:
            yield finding


# --- predicates ---------------------------------------------------------------------------

def _style(facts) -> str:
    return facts.document_styles.get(facts.report.path) or "id"


def _scale_evidence(value_text: str, bands: list[Band], scale: Scale) -> str:
    ranges = " / ".join(f"{band.text} = {band.display}" for band in bands)
    source = "report scale" if scale.source == REPORT else f"scale of {scale.where}, cited by the report"
    where = f"{scale.where}: " if scale.source == REPORT else ""
    return f"{value_text} → {ranges} [{source}, {where}{scale.summary}]"


def _scale_label(scale: Scale) -> str:
    return scale.where if scale.source == REPORT and scale.layout.table.caption else scale.summary


def _message_id(base: str, scale: Scale) -> str:
    return base if scale.source == REPORT else base + "-regulation"


def _scale_params(scale: Scale) -> dict:
    params = {"scale": _scale_label(scale)}
    if scale.source != REPORT:
        params["regulation"] = scale.where
    return params


def _expected(bands: list[Band]) -> str:
    return " / ".join(band.display for band in bands)


def _sentence_value(sentence: Sentence, predicate: Predicate, packs: dict):
    """The one achievement value a sentence gives before its predicate, or None."""
    text = sentence.text
    percents = [n for n in find_numbers(text) if n.percent and n.value is not None]
    if len(percents) != 1:
        return None
    number = percents[0]
    if number.end > predicate.start:
        return None
    if is_bound(text, number, packs.get("scales", {}).get("bounds", {})):
        return None  # "lebih dari 100 %" is a band's bound, not a value
    cues = packs.get("scales", {}).get("predicates", {}).get("value_cues", [])
    before = fold(text[:number.start])
    if not any(re.search(r"(?<!\w)" + re.escape(fold(cue)) + r"(?!\w)", before) for cue in cues):
        return None
    return number


def _judged_predicates(predicates: list[Predicate], value: Decimal, scale: Scale, packs: dict) -> list[Predicate]:
    """The predicates of a sentence that contradict its one value: every predicate after the
    value is judged ("berhasil dengan kategori Kurang" of 100 %: "Kurang")."""
    return [p for p in predicates if _contradicts(p, value, scale, packs)]


def _prose_predicates(facts, scale: Scale) -> Iterator[Finding]:
    settings = facts.identity
    indicators = facts.indicators
    min_share = options.INDICATOR_MIN_SHARE.value(facts.packs)
    style = _style(facts)
    for paragraph in facts.prose_paragraphs:
        for sentence in sentences(paragraph, facts.packs):
            predicates = find_predicates(sentence.text, facts.packs)
            if not predicates:
                continue
            number = _sentence_value(sentence, predicates[0], facts.packs)
            if number is not None:
                bands = scale.bands_for(number.value)
                for predicate in _judged_predicates(predicates, number.value, scale, facts.packs):
                    yield make_finding(
                        PREDICATE_MISMATCH.code, sentence.paragraph.location,
                        _message_id("predicate-mismatch", scale),
                        found=predicate.text, expected=_expected(bands),
                        evidence=_scale_evidence(number.raw, bands, scale), snippet=sentence.text,
                        value=number.raw, **_scale_params(scale))
                continue
            if len(predicates) != 1 or any(n.percent for n in find_numbers(sentence.text)):
                continue
            predicate = predicates[0]
            measurement = indicator_named_in(sentence.text, indicators, settings, min_share)
            if measurement is None or quotes_name(sentence.text, predicate, measurement.indicator):
                continue
            if _contradicts_measurement(predicate, measurement, scale, facts.packs):
                yield _indicator_finding(predicate, measurement, scale, facts.packs,
                                         sentence.paragraph.location, sentence.text, style)


def _measurement_values(measurement: Measurement) -> list[Decimal]:
    values = []
    if measurement.printed is not None and not measurement.printed.unit:
        values.append(measurement.printed.value)
    if measurement.expected is not None:
        values.append(measurement.expected)
    return values


def _contradicts(predicate: Predicate, value: Decimal, scale: Scale, packs: dict) -> bool:
    """Whether the scale puts the value in a band the predicate does not fit."""
    return judge(predicate, scale.bands_for(value), scale.names, packs) is False


def _contradicts_measurement(predicate: Predicate, measurement: Measurement, scale: Scale, packs: dict) -> bool:
    """True when the predicate fits neither the printed nor the recomputed capaian."""
    values = _measurement_values(measurement)
    return bool(values) and all(_contradicts(predicate, v, scale, packs) for v in values)


def _indicator_finding(predicate: Predicate, measurement: Measurement, scale: Scale, packs: dict,
                       location: Location, snippet: str, style: str) -> Finding:
    value = measurement.expected if measurement.expected is not None else measurement.printed.value
    bands = scale.bands_for(value)
    value_text = format_number(value, 2, style) + " %"
    printed = measurement.printed.cell.text.strip() if measurement.printed else None
    evidence = _scale_evidence(value_text, bands, scale)
    if printed and measurement.expected is not None:
        evidence = f"capaian printed {printed}, recomputed {value_text}; " + evidence
    return make_finding(
        PREDICATE_MISMATCH.code, location, _message_id("predicate-mismatch-indicator", scale),
        found=predicate.text, expected=_expected(bands), evidence=evidence, snippet=snippet,
        related=(_measurement_place(measurement),),
        indicator=shorten(measurement.indicator), value=value_text, **_scale_params(scale))


def _measurement_place(measurement: Measurement) -> Related:
    cell = measurement.printed.cell if measurement.printed else measurement.realisation.cell
    location = measurement.layout.table.cell_location(cell, row_label=shorten(measurement.indicator),
                                                      column_label=measurement.layout.column_label(cell.col))
    return Related(location, cell.text.strip(), ROLE_REFERENCE)


def _predicate_columns(measurement: Measurement, packs: dict) -> list[int]:
    terms = packs.get("scales", {}).get("predicates", {}).get("columns", [])
    return [c.index for c in measurement.layout.columns if matches_any(c.label, terms)]


def _table_predicates(facts, scale: Scale) -> Iterator[Finding]:
    scale_tables = {id(s.layout.table) for s in facts.report_scales}
    style = _style(facts)
    for measurement in facts.measurements:
        layout = measurement.layout
        if id(layout.table) in scale_tables:
            continue
        for col in _predicate_columns(measurement, facts.packs):
            cell = layout.cell(measurement.row, col)
            predicate = is_predicate_text(cell.text, facts.packs) if cell else None
            if predicate is None or not _contradicts_measurement(predicate, measurement, scale, facts.packs):
                continue
            location = layout.table.cell_location(cell, row_label=shorten(measurement.indicator),
                                                  column_label=layout.column_label(col))
            yield _indicator_finding(predicate, measurement, scale, facts.packs, location,
                                     " | ".join(c.text for c in layout.table.rows[measurement.row]), style)


# --- "sebanyak 2 (dua) indikator … dalam kategori Baik" --------------------------------------

def _in_band(measurement: Measurement, band: str, scale: Scale) -> tuple[bool, bool]:
    """(may be, surely is): whether the indicator's capaian, printed or recomputed, lies in
    the band named ``band``."""
    values = _measurement_values(measurement)
    inside = [any(b.name == band for b in scale.bands_for(v)) for v in values]
    return any(inside), bool(inside) and all(inside)


def _band_count_findings(facts, scale: Scale) -> Iterator[Finding]:
    style = _style(facts)
    for claim in facts.band_count_claims:
        band = claim.predicate.name
        if band not in scale.names:
            continue
        fits = [_in_band(m, band, scale) for m in claim.indicators]
        most = sum(1 for maybe, _ in fits if maybe)
        fewest = sum(1 for _, surely in fits if surely) if claim.exact else 0
        if fewest <= claim.count <= most:
            continue
        expected = most if claim.count > most else fewest
        evidence = "; ".join(
            f"{shorten(m.indicator, 40)}: {format_number(v, 2, style)} % → "
            f"{_expected(scale.bands_for(v))}"
            for m in claim.indicators for v in _measurement_values(m)[-1:])
        evidence += f" [{_scale_evidence_source(scale)}]"
        yield make_finding(
            PREDICATE_MISMATCH.code, claim.sentence.paragraph.location,
            _message_id("predicate-count-mismatch", scale),
            found=claim.count_text, expected=str(expected), evidence=evidence, snippet=claim.sentence.text,
            related=tuple(_measurement_place(m) for m in claim.indicators),
            band=claim.predicate.text, **_scale_params(scale))


def _scale_evidence_source(scale: Scale) -> str:
    if scale.source == REPORT:
        return f"report scale, {scale.where}: {scale.summary}"
    return f"scale of {scale.where}, cited by the report: {scale.summary}"


# --- SKM grades ---------------------------------------------------------------------------

def _skm_finding(form, location: Location, snippet: str, packs: dict, style: str | None) -> Finding | None:
    bands = skm_bands(packs)
    band = grade_of(form.number.value, bands)
    if band is None or band.grade == form.grade:
        return None
    style = style or "id"
    decimals = max(2, form.number.decimals)
    value = format_number(form.number.value, form.number.decimals, style)
    band_range = f"{format_number(band.low, decimals, style)}–{format_number(band.high, decimals, style)}"
    regulation = packs.get("scales", {}).get("skm", {}).get("name", "Permenpan RB 14/2017")
    return make_finding(
        SKM_GRADE_MISMATCH.code, location, "skm-grade-mismatch",
        found=form.text, expected=band.grade,
        evidence=f"{value} → {band.grade} ({band_range}, {regulation})",
        snippet=snippet, value=value, grade=form.grade, range=band_range, regulation=regulation)


def _cell_is_capaian(layout, cell: Cell) -> bool:
    return "percent" in layout.columns[cell.col].roles


def _skm_in_tables(facts) -> Iterator[Finding]:
    for info in facts.tables:
        if info.document is not facts.report:
            continue
        layout = info.layout
        for row in layout.data_rows:
            cells = layout.table.rows[row]
            if not any(mentions_skm(c.text, facts.packs) for c in cells):
                continue
            row_label = shorten(layout.row_label(row))
            for cell in cells:
                if _cell_is_capaian(layout, cell):
                    continue
                seen = set()
                for form in grade_forms(cell.text):
                    key = " ".join(form.text.split()).replace(" ", "")
                    if key in seen:
                        continue
                    seen.add(key)
                    location = layout.table.cell_location(cell, row_label=row_label,
                                                          column_label=layout.column_label(cell.col))
                    finding = _skm_finding(form, location, " | ".join(c.text for c in cells), facts.packs,
                                           layout.document_style)
                    if finding:
                        yield finding


def _skm_in_prose(facts) -> Iterator[Finding]:
    for paragraph in facts.prose_paragraphs:
        for sentence in sentences(paragraph, facts.packs):
            if not mentions_skm(sentence.text, facts.packs):
                continue
            seen = set()
            for form in grade_forms(sentence.text):
                key = form.text.replace(" ", "")
                if key in seen:
                    continue
                seen.add(key)
                finding = _skm_finding(form, paragraph.location, sentence.text, facts.packs,
                                       facts.document_styles.get(facts.report.path))
                if finding:
                    yield finding


# --- the SKM index and its unsur --------------------------------------------------------------

def _index_findings(facts) -> Iterator[Finding]:
    tables = read_unsur_tables(facts)
    if len(tables) != 1:
        return  # no table of unsur, or several surveys: which one a sentence means cannot be told
    table = tables[0]
    readings = table.readings()
    style = table.layout.document_style or _style(facts)
    for claim in read_index_claims(facts):
        if any(consistent(claim.number, value, slack) for value, slack, _ in readings):
            continue
        value, _, how = readings[-1]
        decimals = max(2, claim.number.decimals)
        expected = format_number(value, decimals, style)
        evidence = "; ".join(f"{how}: {format_number(v, 4, style)}" for v, _, how in readings)
        cells = table.weighted if table.weighted else table.means
        column = table.weighted_col if table.weighted else table.mean_col
        layout = table.layout
        related = tuple(
            Related(layout.table.cell_location(layout.cell(row, column), row_label=shorten(layout.row_label(row)),
                                               column_label=layout.column_label(column)), number.raw, ROLE_REFERENCE)
            for row, number in zip([r for r in layout.data_rows if layout.cell(r, column) is not None
                                    and layout.cell(r, column).text.strip()], cells))
        yield make_finding(
            SKM_INDEX_MISMATCH.code, claim.location, "skm-index-mismatch",
            found=claim.number.raw, expected=expected, evidence=evidence, snippet=claim.text,
            related=related, count=len(table.means), how=how)


def check(facts, config) -> Iterator[Finding]:
    yield from _scale_findings(facts)
    scale = facts.scale
    if scale is not None:
        yield from _prose_predicates(facts, scale)
        yield from _table_predicates(facts, scale)
        yield from _band_count_findings(facts, scale)
    yield from _skm_in_tables(facts)
    yield from _skm_in_prose(facts)
    yield from _index_findings(facts)
