"""Rules of ``checks.digit_groups``: an amount whose digits are grouped wrongly cannot be read."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

AMOUNT_MISGROUPED = Rule(
    check="digit_groups",
    code="LKJ413",
    name="amount-misgrouped",
    category="number-format",
    severity=Severity.ERROR,
    summary="An amount's digits are grouped wrongly, so it cannot be read.",
    doc="""
    Amounts are printed in groups of three digits ("9.871.466.000", "Rp 2,872,447,000").
    An amount with a group of two or four digits between its separators
    ("9.871.1466.000", "2.8766.522.000") has a digit too many or too few somewhere, and
    no reader can tell which: every other check leaves it out. Read: table cells in a
    column of money (its header says Anggaran, Pagu, Realisasi, Rp …, or its other values
    are amounts) and amounts written with "Rp" in the text. Codes such as a kode rekening
    ("5.2.2.01.01") are not amounts and are not read.

    Example: "9.871.1466.000" in the Anggaran column: its groups are 9 | 871 | 1466 | 000.
    """,
)

RULES = (AMOUNT_MISGROUPED,)
