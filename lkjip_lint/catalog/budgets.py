"""Rules of ``checks.budgets``: The same program or activity must carry the same budget wherever the report names it."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

BUDGET_MISMATCH = Rule(
    check="budgets",
    code="LKJ205",
    options=options.IDENTITY,
    name="budget-mismatch",
    category="budget-mismatch",
    severity=Severity.WARNING,
    summary="The same program or activity carries different budget amounts in different places.",
    doc="""
    A program or activity appears in the PK annex, the RKT, the evaluation tables of
    Bab III, the budget realisation table and the text. Unless the report says the
    budget was revised, the amount must be the same everywhere. Names are matched by
    their content words ("Koordinasi pimpinan di kecamatan" = "Pelaksanaan tugas forum
    koordinasi pimpinan di kecamatan"); an evaluation table joins the program and the
    activity named above it.

    Amounts are compared only with amounts of the same scope: the year a table's
    caption, header or title names (a "Rencana Program dan Kegiatan Tahun 2017" in a
    2016 report is its own), the budget source (APBN, APBD), the planning stage (a
    "Pagu Indikatif" or "Rancangan Awal RKPD" ceiling against the budget accounted for);
    amounts printed in thousands ("Rp. 000") are read as rupiah. A program is never
    compared with one of its own activities: "Program: X Kegiatan: Y" above an
    evaluation table names the activity Y.

    One finding per program or activity, listing every place and amount. The budget
    realisation table, when present, is taken as the reference. A warning: the places
    are different tables; info when a name matched only through two spelling slips or more.

    Example: 2.743.174.000 in the PK annex, RKT and evaluation table; 2.705.332.000 in
    the budget realisation table.
    """,
)

RULES = (BUDGET_MISMATCH,)
