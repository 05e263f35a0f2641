"""Rules of ``checks.sums``: Sums in amount tables: a group row equals the sum of its sub-rows, a total row the sum"""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

GROUP_SUM_MISMATCH = Rule(
    check="sums",
    code="LKJ102",
    name="group-sum-mismatch",
    category="sum",
    severity=Severity.ERROR,
    summary="A group row (Program, roman numeral, bold) differs from the sum of its sub-rows.",
    doc="""
    In an amount table (Anggaran, Realisasi, Pagu …), a group row, recognised by its
    marker (I, II … above 1, 2 … above a, b …; 1 above 1.1), by its first word
    (Program above Kegiatan above Sub Kegiatan) or by bold type, must equal the sum
    of its direct sub-rows in every amount column. Header rows and column-number
    rows ("(1) (2) (3)") are not data.

    Example: Program III Realisasi 168.448.000, its activities 0 + 168.448.500 =
    168.448.500.
    """,
)

TOTAL_SUM_MISMATCH = Rule(
    check="sums",
    code="LKJ103",
    name="total-sum-mismatch",
    category="sum",
    severity=Severity.ERROR,
    summary="A TOTAL / JUMLAH row differs from the sum of the rows it totals.",
    doc="""
    A total row (TOTAL, JUMLAH, Jumlah Total …) must equal the sum of the top-level
    rows above it (since the previous total row), in every amount column.

    Example: TOTAL Anggaran 7.765.851.650 = the sum of Programs I–V.
    """,
)

RULES = (GROUP_SUM_MISMATCH, TOTAL_SUM_MISMATCH)
