"""Rules of ``checks.identifiers``: Officials' identifiers: every NIP well-formed, and one NIP and one rank per person."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

NIP_INVALID = Rule(
    check="identifiers",
    code="LKJ602",
    options=(options.NIP_MIN_AGE,
             options.NIP_MAX_AGE,
             options.NIP_MIN_BIRTH_YEAR) + options.OFFICIALS,
    name="nip-invalid",
    category="identifier",
    severity=Severity.ERROR,
    summary="A NIP cannot be a civil-servant number.",
    doc="""
    A NIP has 18 digits: birth date (yyyymmdd), first appointment (yyyymm), gender
    (1 male, 2 female) and a 3-digit serial. It is printed spaced, dotted or unspaced
    ("19640101 199302 1 004", "19640101.199302.1.004", "196401011993021004"). Reported:
    a number of another length; a birth date that does not exist; an appointment month
    outside 01–12; an appointment before birth or at an implausible age (limits in
    rules/names.toml, 18–60 by default); a gender digit other than 1 or 2.

    A PPPK (contract staff) number has digits 13–14 that are not a month; when the text
    of its signature block says PPPK, the month is not checked.

    Each wrong number is reported once, with every other place it is printed.

    Example: "NIP. 196640101 199302 1004" has 19 digits.
    """,
)

NIP_INCONSISTENT = Rule(
    check="identifiers",
    code="LKJ603",
    options=options.OFFICIALS,
    name="nip-inconsistent",
    category="identifier",
    severity=Severity.ERROR,
    summary="The same official carries different NIPs in one report.",
    doc="""
    Officials are read from signature blocks (name, optional rank, NIP), "Nama :" blocks
    and tables with a NIP column. The same person is recognised whatever the titles,
    spacing and case: "Drs. ISWANDI, M.Si" = "Drs. I S W A N D I M. Si".

    The person's NIP is the one configured in ``officials`` when given, else the one
    printed most often. One finding per person lists every place a different NIP is
    printed. People printed without a NIP (a Bupati signing as superior) are not checked.

    Example: NIP 19640101 199302 1 004 in four signature blocks, and
    19640101 199302 1 001 under the foreword.
    """,
)

RANK_INCONSISTENT = Rule(
    check="identifiers",
    code="LKJ604",
    options=options.OFFICIALS,
    name="rank-inconsistent",
    category="identifier",
    severity=Severity.WARNING,
    summary="The same official carries different ranks in one report.",
    doc="""
    Ranks (pangkat) are compared after normalising how they are written: "Pembina TK I",
    "Pembina Tk.I", "Pembina TK. I" and "Pembina Tingkat I" are one rank; a golongan
    ("IV/b") is compared when both places print one. The rank list is in
    rules/names.toml. A warning, not an error: an official can be promoted between the
    signing of the Perjanjian Kinerja and the report.

    Example: "Pembina Tk.I" under the foreword, "Pembina" on the decree.
    """,
)

OFFICIAL_NAME_VARIANT = Rule(
    check="identifiers",
    code="LKJ605",
    options=(options.NAME_SLIP_MIN_LETTERS,) + options.OFFICIALS,
    name="official-name-variant",
    category="spelling",
    severity=Severity.WARNING,
    summary="An official's name is spelled one letter differently in one place.",
    doc="""
    Every printing of a person's name is compared: "Nama :" lines and rows, and names
    with their titles in signature blocks ("BUPATI JEMBER, Ir. H. HENDY SISWANTO, ST,
    IPU"), titles, spacing and case aside. Two spellings one letter apart (a letter
    changed, added, dropped, or two swapped) with the same number of words are one
    person's name misspelt in the places with fewer printings; names shorter than
    ``slip_min_letters`` letters (unless both spellings carry one NIP), a tie in the
    number of places, and two spellings each with a NIP of its own (two people) are left
    alone.

    Example: "Nama : Ir. H. HENDI SISWANTO" in the Perjanjian Kinerja while both of its
    signature blocks print "HENDY SISWANTO".
    """,
)

RULES = (NIP_INVALID, NIP_INCONSISTENT, RANK_INCONSISTENT, OFFICIAL_NAME_VARIANT)
