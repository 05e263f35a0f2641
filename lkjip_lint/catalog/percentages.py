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
    summary="A realisation percentage differs from its column's reading (realisation / budget × 100, the unspent complement, a share of the total).",
    doc="""
    In a table with budget (Anggaran, Pagu, Alokasi …), realisation (Realisasi) and
    percentage (%, Capaian, Persentase …) columns, every printed percentage must follow
    the column's reading at its printed precision. A value that the true figure rounds
    or truncates to is accepted (106.8667 printed as 106.86 is fine).

    Readings tried before a finding: realisation / budget × 100 (with the realisation
    one column, the "Jumlah" after quarterly columns, or those columns summed); the
    unspent complement, 100 − realisation % or sisa / anggaran ("SILPA %", "Sisa %");
    a share of the column total ("% dari total", "proporsi": the one total the printed
    shares agree on). The reading that makes the printed value right in most rows of
    the column becomes its reading (the header's own relation first); a row that fits
    none is reported, naming the reading. A physical-progress column ("Realisasi Fisik
    (%)") and a column no reading fits are not checked. Severity: error when the header
    names the relation or the other rows confirm it, warning when only the rows show it.

    The same holds for a budget row (Anggaran, Pagu) of a target / realisation / %
    table, as in the evaluation tables of Bab III.

    Example: Anggaran 3.071.415.500, Realisasi 3.094.283.480, printed 996.22 %:
    3.094.283.480 / 3.071.415.500 × 100 = 100.74 %.
    """,
)

RULES = (PERCENTAGE_MISMATCH,)
