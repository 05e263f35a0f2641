"""Achievement (capaian): a printed capaian equals realisasi / target × 100 (or the
negative-indicator form)."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..findings import Finding, Severity, make_finding
from ..numbers import consistent
from ..rule import Rule
from ..textutil import shorten
from ..understand.achievement import Measurement, measurements
from ..understand.polarity import NEGATIVE
from .percentages import display_style, format_percent

ACHIEVEMENT_MISMATCH = Rule(
    code="LKJ301",
    name="achievement-mismatch",
    category="achievement",
    severity=Severity.ERROR,
    summary="A printed capaian differs from realisation / target × 100.",
    doc="""
    In a table with target (Target), realisation (Realisasi) and achievement (Capaian,
    %, Tingkat Kemajuan) columns, and in the output rows of an evaluation table, the
    achievement must be realisasi / target × 100 for an indicator where higher is
    better, and (2 − realisasi / target) × 100 where lower is better. A printed value
    the true figure rounds or truncates to is accepted.

    Cells may hold a letter grade with a value ("B (80%)": the value counts), a
    percentage, a bare number or a count with its unit ("13.000 Berkas"). Rows whose
    target and realisation carry different units are skipped, and so are budget rows
    ("Anggaran", "Pagu"): LKJ101 checks those.

    Polarity comes from the report (a "Polaritas" column, or a sentence naming the
    indicator and its polarity), from the ``[indicators]`` lists of
    ``rules/polarity.toml``, or from the wording: a lower-is-better term ("angka
    kematian", "kemiskinan", "stunting" …) makes the indicator negative unless a
    reversing word ("penurunan", "ditindaklanjuti") leaves it open; then the row is
    skipped.

    Example: Keluaran "Jumlah pelayanan … yang di proses" 13.000 Berkas, realisasi
    12.000 Berkas, printed 100 %: 12.000 / 13.000 × 100 = 92,31 %.
    Example (negative): "Angka kematian ibu" target 100, realisasi 80, printed 80 %:
    (2 − 80 / 100) × 100 = 120 %.
    """,
)

ACHIEVEMENT_EQUALS_REALISATION = Rule(
    code="LKJ302",
    name="achievement-equals-realisation",
    category="achievement",
    severity=Severity.ERROR,
    summary="The capaian column repeats the realisation instead of comparing it with the target.",
    doc="""
    A capaian printed equal to the realisation, while the target is not 100, is the
    realisation copied into the wrong column rather than an arithmetic slip. Reported
    instead of LKJ301 for that cell.

    Example: target B (80%), realisasi B (72,1%), capaian B (72.1%):
    72,1 / 80 × 100 = 90,13 %.
    """,
)

RULES = (ACHIEVEMENT_MISMATCH, ACHIEVEMENT_EQUALS_REALISATION)


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
    for measurement in measurements(facts):
        expected = measurement.expected
        if expected is None or measurement.printed is None:
            continue
        if measurement.printed.unit:  # a count, not a percentage
            continue
        if consistent(measurement.printed.number, expected, slack=config.tolerance):
            continue
        yield _finding(measurement, expected, measurement.layout.document_style)
