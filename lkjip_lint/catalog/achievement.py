"""Rules of ``checks.achievement``: Achievement (capaian): a printed capaian equals realisasi / target × 100 (or the"""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

ACHIEVEMENT_MISMATCH = Rule(
    check="achievement",
    code="LKJ301",
    options=options.IDENTITY,
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
    reversing word ("penurunan", "ditindaklanjuti") leaves it open; then both forms are
    tried and a row that fits neither is reported.

    Readings tried before a finding: the realisation of one column, the "Jumlah" after
    quarterly or monthly columns, or those columns summed (1 + 1 + 1 + 2 = 5 against
    target 3 gives 166,67 %); the lower-is-better form for an indicator whose words
    ("menurunnya", "kehilangan", "serangan" …, ``[decreasing]`` in
    ``rules/polarity.toml``) or falling Renstra targets say it is meant to go down; a
    capaian printed as realisasi − target when every row of the column is; operands
    printed at a lower precision (66,7 for 66,67). The reading most rows of the column
    follow becomes its reading; a row that fits none is reported. Severity: error when
    the header names the relation or the other rows confirm it, warning when only the
    rows show it.

    Example: Keluaran "Jumlah pelayanan … yang di proses" 13.000 Berkas, realisasi
    12.000 Berkas, printed 100 %: 12.000 / 13.000 × 100 = 92,31 %.
    Example (negative): "Angka kematian ibu" target 100, realisasi 80, printed 80 %:
    (2 − 80 / 100) × 100 = 120 %.
    """,
)

ACHIEVEMENT_EQUALS_REALISATION = Rule(
    check="achievement",
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
