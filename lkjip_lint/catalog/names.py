"""Rules of ``checks.names``: The institution's own name, spelled one way throughout the report."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

INSTITUTION_NAME_VARIANT = Rule(
    check="names",
    code="LKJ601",
    options=options.NAME_VARIANTS + options.OFFICIALS,
    name="institution-name-variant",
    category="spelling",
    severity=Severity.WARNING,
    summary="The institution's name is spelled differently in places.",
    doc="""
    The institution is taken from the configuration (``institution``), else from the
    cover, a letterhead or the most frequent unit phrase ("Kecamatan …", "Dinas …",
    "Badan …"; the unit words are in rules/names.toml). Its canonical spelling is the one
    printed most often on stand-alone lines (cover, letterheads, headings, signature
    blocks): running text is where a name copied from another report spreads.

    Every other spelling of that name is reported once, at its first place, with every
    other place it is printed: the same letters spaced differently ("Sumber Sari"), one
    letter off ("Summersari"), or a few letters changed inside the word with the same
    beginning and ending ("Sumpalsari"). A spelling counts once it is printed right after
    the unit word or the head's title ("Kecamatan Sumpalsari", "Camat Sumpalsari"); then
    every place counts ("Sumpalsari, 14 Januari 2022"). Case does not matter
    ("CAMAT SUMPERSARI" is the spelling "Sumpersari").

    Not reported: other places whose name shares only a beginning or an ending
    ("Sumberjambe", "Sumberbaru" next to "Sumbersari"), ordinary words never printed after
    the unit word ("Tanggal" in a report of Kecamatan Tanggul), the kabupaten or kota name,
    the names of the report's officials, and names listed in ``accepted-names`` (the
    configuration) or ``accepted_names`` (names.toml of a rules pack). A unit with a
    descriptive name (Dinas, Badan …) is compared only right after its unit word.

    Example: the cover says KECAMATAN SUMBERSARI; "Laporan Kinerja Kecamatan Sumpalsari"
    in the foreword is reported as a variant of Kecamatan Sumbersari.
    """,
)

RULES = (INSTITUTION_NAME_VARIANT,)
