"""Achievement (capaian): a printed capaian equals realisasi / target × 100 (or the
negative-indicator form)."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..catalog.achievement import ACHIEVEMENT_MISMATCH, ACHIEVEMENT_EQUALS_REALISATION, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import consistent, display_style, format_percent
from ..textutil import shorten
from ..understand.achievement import Measurement
from ..understand.polarity import NEGATIVE


def _copies_realisation(measurement: Measurement) -> bool:
    printed = measurement.printed
    return (printed.value == measurement.realisation.value
            and measurement.target.value != measurement.realisation.value)


def _finding(measurement: Measurement, expected: Decimal, fallback_style: str | None) -> Finding:
    layout = measurement.layout
    printed = measurement.printed
    style = display_style(printed.number, fallback_style)
    expected_text = format_percent(expected, printed.number, fallback_style)
    equals_realisation = _copies_realisation(measurement)
    rule = ACHIEVEMENT_EQUALS_REALISATION if equals_realisation else ACHIEVEMENT_MISMATCH
    message_id = rule.name
    if measurement.polarity == NEGATIVE:
        message_id += "-negative"
    column_label = layout.column_label(measurement.percent_col)
    indicator = shorten(measurement.indicator)
    return make_finding(
        rule.code,
        layout.table.cell_location(printed.cell, row_label=indicator, column_label=column_label),
        message_id,
        found=printed.cell.text.strip(),
        expected=expected_text,
        evidence=measurement.formula(style),
        snippet=" | ".join(c.text for c in layout.table.rows[measurement.row]),
        column=column_label,
        indicator=indicator,
        target=measurement.target.cell.text.strip(),
        realisation=measurement.realisation.cell.text.strip(),
    )


def check(facts, config) -> Iterator[Finding]:
    for measurement in facts.measurements:
        expected = measurement.expected
        if expected is None or measurement.printed is None:
            continue
        if measurement.printed.unit:  # a count, not a percentage
            continue
        if consistent(measurement.printed.number, expected, slack=config.tolerance):
            continue
        yield _finding(measurement, expected, measurement.layout.document_style)
