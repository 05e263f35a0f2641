"""Rules of ``checks.number_words``: Digits and the number words next to them must agree: "742 (tujuh ratus empat puluh dua)"."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

NUMBER_WORDS_MISMATCH = Rule(
    check="number_words",
    code="LKJ411",
    name="number-words-mismatch",
    category="number-words",
    severity=Severity.ERROR,
    summary="A number and the number words in parentheses beside it differ.",
    doc="""
    Official Indonesian text writes important numbers twice: in digits and, in
    parentheses, in words ("2 (dua) program", "Rp 440.768.000 (empat ratus empat puluh
    juta tujuh ratus enam puluh delapan ribu rupiah)"); the reverse order "dua (2)" is
    read too. Both must name the same number. Only parentheses that hold number words
    and nothing else are read: "(SKM)", "(n-1)", "(1)" and "(dua koma lima)" are not
    claims. A trailing "rupiah" or "persen" inside the parentheses is allowed.

    Example: "sebanyak 4 (tiga) kegiatan": the digits say 4, the words say 3.
    """,
)

RULES = (NUMBER_WORDS_MISMATCH,)
