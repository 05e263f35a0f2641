"""Achievement (capaian): a printed capaian follows its column's reading, realisasi /
target × 100 (or the lower-is-better form), unless a reading the row allows explains it."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from ..catalog.achievement import ACHIEVEMENT_MISMATCH, ACHIEVEMENT_EQUALS_REALISATION, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import format_number
from ..textutil import shorten
from ..understand.achievement import Capaian, Measurement, capaian
from ..understand.polarity import NEGATIVE, POSITIVE
from .certainty import reading_severity, report_style, still_broken, table_name


def _copies_realisation(measurement: Measurement) -> bool:
    printed = measurement.printed
    return (printed.value == measurement.realisation.value
            and measurement.target.value != measurement.realisation.value)


def _finding(measurement: Measurement, style: str) -> Finding | None:
    layout = measurement.layout
    printed = measurement.printed
    reading = measurement.reading
    row = next((r for r in reading.rows if r.row == measurement.row), None)
    if row is None or row.expected is None:
        return None
    column_label = layout.column_label(measurement.percent_col)
    indicator = shorten(measurement.indicator)
    params = dict(column=column_label, indicator=indicator, target=measurement.target.cell.text.strip(),
                  realisation=measurement.realisation.cell.text.strip() if "+" not in measurement.realisation.number.raw
                  else measurement.realisation.number.raw, holding=reading.holding, applicable=reading.applicable,
                  table=table_name(layout))
    if isinstance(reading.formula, Capaian):
        polarity = measurement.stated_polarity
        if polarity is None:
            positive = capaian(measurement.target.value, measurement.realisation.value, POSITIVE)
            negative = capaian(measurement.target.value, measurement.realisation.value, NEGATIVE)
            expected_text = _percent_text(positive, printed, style)
            message_id = "achievement-mismatch-either"
            params["inverse"] = _percent_text(negative, printed, style)
            ratio = f"{_operand_text(measurement.realisation, style)} / {_operand_text(measurement.target, style)}"
            evidence = (f"{ratio} × 100 = {format_number(positive, 2, style)}; "
                        f"(2 − {ratio}) × 100 = {format_number(negative, 2, style)}")
            rule = ACHIEVEMENT_MISMATCH
        else:
            shown = replace(measurement, polarity=polarity)
            expected = shown.expected
            if expected is None:
                return None
            expected_text = _percent_text(expected, printed, style)
            rule = ACHIEVEMENT_EQUALS_REALISATION if _copies_realisation(measurement) else ACHIEVEMENT_MISMATCH
            message_id = rule.name + ("-negative" if polarity == NEGATIVE else "")
            evidence = shown.formula(style)
    else:
        rule = ACHIEVEMENT_MISMATCH
        message_id = "achievement-mismatch-reading"
        expected_text = format_number(row.expected.value, max(printed.number.decimals, 2), style)
        evidence = reading.formula.evidence(list(row.values), row.expected, style)
        params["reading"] = reading.formula.describe()
    return make_finding(
        rule.code,
        layout.table.cell_location(printed.cell, row_label=indicator, column_label=column_label),
        message_id,
        found=printed.cell.text.strip(),
        expected=expected_text,
        evidence=evidence,
        severity=reading_severity(reading),
        snippet=" | ".join(c.text for c in layout.table.rows[measurement.row]),
        **params,
    )


def _percent_text(value, printed, style: str) -> str:
    """A computed capaian at the printed value's precision (two decimals at least), in the
    report's style."""
    return format_number(value, max(printed.number.decimals, 2), style) + " %"


def _operand_text(value, style: str) -> str:
    return format_number(value.value, value.number.decimals, style)


def check(facts, config) -> Iterator[Finding]:
    style = report_style(facts)
    for measurement in facts.measurements:
        if measurement.reading is None or measurement.fits is not False or measurement.printed is None:
            continue
        if measurement.printed.unit or not measurement.units_agree:  # a count, not a percentage
            continue
        row = next((r for r in measurement.reading.rows if r.row == measurement.row), None)
        if row is None or not still_broken(row, config):
            continue
        finding = _finding(measurement, style)
        if finding:
            yield finding
