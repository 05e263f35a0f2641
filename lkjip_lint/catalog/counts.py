"""Rules of ``checks.counts``: An announced count ("sebanyak 4 (empat) kegiatan yaitu :") must match the list that follows."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

LIST_COUNT_MISMATCH = Rule(
    check="counts",
    code="LKJ412",
    options=(options.LIST_MAX_BLOCKS,),
    name="list-count-mismatch",
    category="count",
    severity=Severity.ERROR,
    summary="A sentence announces N items of a kind, and the list after it has a different number.",
    doc="""
    A sentence that ends by announcing a list ("… sebanyak 4 (empat) kegiatan yaitu :",
    "terdiri dari 2 (dua) program dan 2 (dua) kegiatan sebagai berikut :") is compared
    with the list that follows it. When the list's own items name the counted noun
    ("a. Program …", "1. Sasaran 1 : …") or name nothing in particular, its top-level
    items are counted; when they name another noun (programs, each with its
    activities), the nested items and lines that name the counted noun are counted.

    The list ends at a heading, a table caption, the next item of an enclosing list or
    the next announcing sentence. When the end is unclear (numbering that breaks off,
    a list given as a table) nothing is reported. Nouns and the announcing words are in
    ``rules/structure.toml`` under ``[counts]``.

    Example: "sebanyak 4 (empat) kegiatan yaitu :" followed by program a. with
    kegiatan 1-4 and program b. with kegiatan 1: five kegiatan are listed.
    """,
)

RULES = (LIST_COUNT_MISMATCH,)
