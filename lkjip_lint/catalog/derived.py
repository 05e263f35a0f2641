"""Rules of ``checks.derived``: columns computed from other columns of their row
(Selisih, Sisa, Perubahan %, a Jumlah of quarterly columns) follow their reading."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

DIFFERENCE_MISMATCH = Rule(
    check="derived",
    code="LKJ104",
    name="difference-mismatch",
    category="sum",
    severity=Severity.ERROR,
    summary="A Selisih, +/- or Sisa column differs from the difference of the columns it compares.",
    doc="""
    A column headed "Selisih", "+/-", "Lebih/Kurang" or "Deviasi" is the difference of
    two other columns of its row; a "Sisa" (or SILPA) amount is anggaran − realisasi.
    Which two columns, and in which order, is read from the table: realisasi − target,
    the later year − the earlier, anggaran − realisasi, and the rows themselves decide
    (the pair most rows follow). A row that follows no difference is reported, naming
    the reading the column's other rows follow. Values are compared at their printed
    precision. A column no header word tells is read as a difference when its rows show
    one in at least three telling rows and break it in exactly one (a warning).

    Example: "+/-" of 2020 − 2019 with 49 − 42 = +7 in one row, but 6 and 6 printed
    "+6": 6 − 6 = 0.
    """,
)

CHANGE_MISMATCH = Rule(
    check="derived",
    code="LKJ105",
    name="change-mismatch",
    category="percentage",
    severity=Severity.ERROR,
    summary="A Perubahan, Kenaikan or Pertumbuhan column differs from the change between the columns it compares.",
    doc="""
    A column headed "Perubahan %", "Kenaikan", "Pertumbuhan" (and not an amount of a
    revised budget) holds the change from one column to the next: (n − (n−1)) / (n−1)
    × 100 as a percentage, or the difference itself (percentage points for rates, or an
    amount without %). The rows decide which; a row that follows neither is reported.

    A column whose rows follow, exactly at their printed precision, one wrong formula
    (n − 100, (n−1) − 100, or n / (n−1) × 100) in at least three rows and more than
    half of them is no misread column: each such row is reported naming that formula.

    Example: IPM 71,43 (n−1) and 71,61 (n), Perubahan printed "- 28,39%":
    (71,61 − 71,43) / 71,43 × 100 = 0,25 %; what is printed is 71,61 − 100.
    """,
)

ROW_SUM_MISMATCH = Rule(
    check="derived",
    code="LKJ106",
    name="row-sum-mismatch",
    category="sum",
    severity=Severity.ERROR,
    summary="A column that adds up others of its row (a Jumlah after quarterly columns) differs from their sum.",
    doc="""
    A "Jumlah" or "Total" column right after columns of one period each (Triwulan I …
    IV, TW, semesters, months) holds their sum in every row. An empty period counts as
    nothing recorded.

    A column no header word tells is read the same way when its rows show it: the sum
    of the columns just before it (or, for LKJ104, the difference of two columns) in at
    least three telling rows, broken in exactly one. That is a warning: only the rows
    say so.

    Example: Triwulan 1 + 1 + 1 + 2 = 5, Jumlah printed 4.
    """,
)

RULES = (DIFFERENCE_MISMATCH, CHANGE_MISMATCH, ROW_SUM_MISMATCH)
