"""Indicator targets and their places, read from every plan and measurement table.

Each target column is paired with the nearest indicator column to its left (an RKT
has several: sasaran, program, kegiatan/output). Renstra year columns give one
entry per year; an end-of-Renstra column is kept apart from this year's target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Location
from ..text.markers import strip_label
from ..textutil import matches_any, shorten
from .budgets import named_parts
from .relations import column_year
from .scope import is_cumulative, names_realisation
from .tables import EVALUATION, MEASUREMENT, PK, RENSTRA, RKT, TableInfo
from .targets import TargetValue, parse_target

PK_SOURCE, RKT_SOURCE, RENSTRA_SOURCE = PK, RKT, RENSTRA
MEASUREMENT_SOURCE, END_TARGET_SOURCE, EVALUATION_SOURCE = MEASUREMENT, "end-target", EVALUATION



@dataclass(frozen=True)
class TargetEntry:
    source: str
    indicator: str
    value: TargetValue
    location: Location
    year: int | None = None
    output: bool = False
    revised: bool = False  # from a revised plan (PK Perubahan): it replaces the original
    activity: str | None = None  # the activity an output target belongs to, when the table names it


def clean_name(text: str) -> str:
    return strip_label(text.strip(" :-"), bare_numbers=True).strip()


def _indicator_columns(info: TableInfo, vocabulary: dict) -> list[int]:
    terms = vocabulary.get("tables", {}).get("indicator", [])
    return [c.index for c in info.layout.columns if matches_any(c.label, terms)]


def _is_output_column(label: str, vocabulary: dict) -> bool:
    return matches_any(label, vocabulary.get("tables", {}).get("output_rows", []))


def _entry(info: TableInfo, source: str, row: int, name_col: int, value_col: int,
           year: int | None, output: bool) -> TargetEntry | None:
    layout = info.layout
    name_cell = layout.cell(row, name_col)
    value_cell = layout.cell(row, value_col)
    if name_cell is None or value_cell is None:
        return None
    name = clean_name(name_cell.text)
    value = parse_target(value_cell.text)
    if not name or value is None:
        return None
    location = layout.table.cell_location(value_cell, row_label=shorten(name),
                                          column_label=layout.column_label(value_col))
    return TargetEntry(source, name, value, location, year, output, _is_revised(info))


def _is_revised(info: TableInfo) -> bool:
    terms = info.layout.vocabulary.get("tables", {}).get("revision", [])
    return matches_any(" ".join(info.context[-3:]) + " " + (info.table.caption or ""), terms)


def _is_end_year(year: int | None, period: tuple[int, int] | None) -> bool:
    """A target column headed with the last Renstra year, in an earlier year's report."""
    return year is not None and period is not None and year == period[1]


def _column_entries(info: TableInfo, vocabulary: dict, report_year: int | None,
                    period: tuple[int, int] | None = None) -> list[TargetEntry]:
    layout = info.layout
    indicator_cols = _indicator_columns(info, vocabulary)
    if not indicator_cols:
        return []
    end_terms = vocabulary.get("tables", {}).get("end_target", [])
    entries = []
    for column in layout.columns:
        if names_realisation(column.label, vocabulary) and "target" not in column.roles:
            continue  # a realisation ("Realisasi s.d Tahun 2016"), whatever its roles say
        if info.kind != RENSTRA and is_cumulative(column.label, vocabulary) \
                and not matches_any(column.label, end_terms):
            continue  # a target summed over years or quarters is no year's target
        year = column_year(layout, column.index)
        is_year_target = info.kind == RENSTRA and year is not None and "realisation" not in column.roles
        if ("target" not in column.roles and not is_year_target) or "percent" in column.roles:
            continue
        left = [c for c in indicator_cols if c < column.index]
        if not left:
            continue
        name_col = left[-1]
        output = _is_output_column(layout.columns[name_col].label, vocabulary)
        if info.kind == RENSTRA:
            if year is None:
                continue
            source = RENSTRA_SOURCE
        elif matches_any(column.label, end_terms) or (
                year != report_year and _is_end_year(year, period)):
            source, year = END_TARGET_SOURCE, None
        elif year is not None and report_year is not None and year != report_year:
            continue  # a target of another year ("Target 2021" in a 2020 report, a "2015" group)
        elif info.kind == MEASUREMENT:
            source, year = MEASUREMENT_SOURCE, report_year
        elif info.kind in (PK, RKT):
            source, year = info.kind, report_year
        else:
            continue
        activity_col = _activity_column(layout, name_col, vocabulary) if output else None
        for row in layout.data_rows:
            entry = _entry(info, source, row, name_col, column.index, year, output)
            if entry and activity_col is not None:
                cell = layout.table.cell_at(row, activity_col)
                entry = replace(entry, activity=clean_name(cell.text) if cell is not None and cell.text.strip() else None)
            if entry:
                entries.append(entry)
    return entries


def _evaluation_output_entries(info: TableInfo, vocabulary: dict, report_year: int | None) -> list[TargetEntry]:
    """Output rows of an evaluation table: "Keluaran/Output | : Jumlah peserta | 60 Orang | …"."""
    layout = info.layout
    tables_vocab = vocabulary.get("tables", {})
    targets = layout.columns_with("target")
    if not targets:
        return []
    target_col = targets[0]
    entries = []
    in_outputs = False
    for row in layout.data_rows:
        cells = [c for c in layout.table.rows[row] if c.col < target_col]
        texts = [c.text for c in cells if c.text.strip()]
        first_col_text = next((c.text for c in cells if c.col == 0), "")
        if first_col_text.strip():
            in_outputs = matches_any(first_col_text.split(":")[0], tables_vocab.get("output_rows", []))
        if not in_outputs or not texts:
            continue
        name_cell = max((c for c in cells if c.text.strip() and c.col > 0), key=lambda c: len(c.text), default=None)
        if name_cell is None:
            continue
        entry = _entry(info, EVALUATION_SOURCE, row, name_cell.col, target_col, report_year, True)
        if entry:
            entries.append(entry)
    activities = [name for label, name in named_parts(info.context[-4:]) if "kegiatan" in label]
    if activities:
        entries = [replace(e, activity=activities[-1]) for e in entries]
    return entries


def _activity_column(layout, name_col: int, vocabulary: dict) -> int | None:
    """The label column naming the activity an output indicator belongs to ("KEGIATAN /
    Uraian" left of "KEGIATAN / Indikator kegiatan (Output)")."""
    terms = vocabulary.get("rows", {}).get("item", [])
    for column in reversed(layout.columns[:name_col]):
        if "label" in column.roles and matches_any(column.label, terms) \
                and not column.roles & {"target", "budget", "realisation", "percent"} \
                and not matches_any(column.label, vocabulary.get("tables", {}).get("indicator", [])):
            return column.index
    return None


def target_entries(infos: list[TableInfo], vocabulary: dict, report_year: int | None,
                   period: tuple[int, int] | None = None) -> list[TargetEntry]:
    entries: list[TargetEntry] = []
    for info in infos:
        if info.kind == EVALUATION:
            entries.extend(_evaluation_output_entries(info, vocabulary, report_year))
        elif info.kind in (PK, RKT, RENSTRA, MEASUREMENT):
            entries.extend(_column_entries(info, vocabulary, report_year, period))
    return entries
