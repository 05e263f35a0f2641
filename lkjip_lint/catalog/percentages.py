"""Rules of ``checks.percentages``: Budget realisation percentages: a percentage equals realisation / budget × 100."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

PERCENTAGE_MISMATCH = Rule(
    check="percentages",
    code="LKJ101",
    name="percentage-mismatch",
    category="percentage",
    severity=Severity.ERROR,
    summary="A realisation percentage differs from realisation / budget × 100.",
    doc="""
    In a table with budget (Anggaran, Pagu, Alokasi …), realisation (Realisasi) and
    percentage (%, Capaian, Persentase …) columns, every printed percentage must equal
    realisation / budget × 100 at its printed precision. A value that the true figure
    rounds or truncates to is accepted (106.8667 printed as 106.86 is fine).

    The same holds for a budget row (Anggaran, Pagu) of a target / realisation / %
    table, as in the evaluation tables of Bab III.

    Example: Anggaran 3.071.415.500, Realisasi 3.094.283.480, printed 996.22 %:
    3.094.283.480 / 3.071.415.500 × 100 = 100.74 %.
    """,
)

RULES = (PERCENTAGE_MISMATCH,)
