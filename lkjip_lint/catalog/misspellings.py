"""Rules of ``checks.misspellings``: Common non-standard spellings of words used in every performance report."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

COMMON_MISSPELLING = Rule(
    check="misspellings",
    code="LKJ621",
    name="common-misspelling",
    category="spelling",
    severity=Severity.INFO,
    summary="A common non-standard spelling (Prosentase for Persentase).",
    doc="""
    Words that reports often spell in a non-standard way, with the standard form
    (KBBI / PUEBI): Prosentase and Presentase → Persentase, Kordinasi → Koordinasi,
    milyar → miliar, Nopember → November, Survey → Survei, efektifitas → efektivitas,
    sistim → sistem … The list is in rules/misspellings.toml; a rules pack can extend it.

    Each word is reported once, at its first place, with every other place. The
    suggestion keeps the case of the word as printed. A word that is also another
    region's term (Qonun in a Jember report) is reported once, as LKJ611 region-term.

    Information only; switch it off with ``--ignore LKJ621`` (or ``ignore = ["LKJ621"]``
    in the configuration).

    Example: "Prosentase rekomendasi hasil koordinasi …" → Persentase.
    """,
)

RULES = (COMMON_MISSPELLING,)
