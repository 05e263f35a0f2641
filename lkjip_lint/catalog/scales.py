"""Rules of ``checks.scales``: The ordinal scale, the predicates judged by it, and SKM grades."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

SCALE_INCONSISTENT = Rule(
    check="scales",
    code="LKJ311",
    options=(options.SCALE_MIN_BANDS,),
    name="scale-inconsistent",
    category="scale",
    severity=Severity.WARNING,
    summary="The report's ordinal scale has a gap, an overlap, or bands out of order.",
    doc="""
    The scale table that names the bands of capaian ("Lebih dari 100 % SANGAT BAIK,
    76 % s/d 100 % BAIK, 55 % s/d 75 % CUKUP, Kurang dari 55 % KURANG") must classify
    every value exactly once, and list its bands in order.

    Bands written in whole numbers cover everything up to the next band: "55 – 75"
    followed by "76 – 100" is no gap. "76 – 89" followed by "91 – 100" leaves 90 in no
    band, and so does "60 < x < 70" followed by "70 < x ≤ 80" (the message then quotes
    both ranges); "76 – 100" followed by "≥ 100" puts 100 in two. Bands are out of order when
    their ranges do not rise (or fall) steadily down the table, or when a better name
    ("Baik") sits on a lower range than a worse one ("Cukup").

    Repeated item numbers in the scale table are a numbering matter (LKJ513).
    """,
)

PREDICATE_MISMATCH = Rule(
    check="scales",
    code="LKJ321",
    options=(options.INDICATOR_MIN_SHARE,
             options.PREDICATE_MAX_CUE_GAP,
             options.SCALE_MIN_BANDS,
             options.BAND_COUNT_MAX_GAP_WORDS) + options.IDENTITY,
    name="predicate-mismatch",
    category="predicate",
    severity=Severity.WARNING,
    summary="A predicate word does not match the band of the value it describes.",
    doc="""
    A predicate ("Sangat Baik", "Baik", "Cukup", "berhasil", "tidak berhasil" …) given
    to an achievement must be the band the report's scale assigns to that value. A
    report that prints no scale is judged only by the scale of a regulation it cites
    ("Permendagri Nomor 86 Tahun 2017"; the regulations and their bands are in
    ``rules/scales.toml``), named the way the report names its predicates; a report that
    prints none and cites none is left alone: no built-in scale stands in for its own.
    Verdicts map onto bands through the same pack: "berhasil" admits Sangat Baik and
    Baik; a report whose own scale names its bands by verdicts ("70 ≤ x < 85 Berhasil")
    is read like any other.

    Checked where the value and the predicates sit in one sentence (each predicate after
    the value is judged: "adalah berhasil dengan kategori Kurang" of 100 %), or one table
    row, or where a sentence names one indicator of the measurement table and predicates
    its capaian, or where a sentence counts indicators in a band ("sebanyak 2 (dua)
    indikator sasaran memperoleh capaian dalam kategori Sangat Baik"): no more indicators
    of the report year's measurement table may lie in that band than the count (printed
    or recomputed capaian), and exactly that many when the sentence speaks of every
    indicator ("dari 2 (dua) indikator"). A band word counts as a predicate only after a cue
    ("tergolong", "kategori", "adalah" …): "dilaksanakan dengan baik" is no predicate,
    nor is a band word after a comparative ("semakin rendah semakin baik") or one that
    belongs to the name of the indicator the sentence speaks of ("… memperoleh nilai SKM
    dengan kategori Baik" of "Persentase Unit Pelayanan dengan Nilai SKM Kategori Baik").
    Where the printed capaian is itself wrong (LKJ301), a predicate that fits the
    correct value is accepted.

    Example: "rata-rata capaian sasaran sebesar 72 %, sehingga pencapaian sasaran
    tersebut adalah berhasil" with 55 %–75 % CUKUP: 72 % is Cukup.
    """,
)

SKM_GRADE_MISMATCH = Rule(
    check="scales",
    code="LKJ322",
    name="skm-grade-mismatch",
    category="predicate",
    severity=Severity.ERROR,
    summary="An SKM letter does not match its index (Permenpan RB 14/2017).",
    doc="""
    The community satisfaction index converts to a letter: D 25,00–64,99, C 65,00–76,60,
    B 76,61–88,30, A 88,31–100,00 (bands in ``rules/scales.toml``). A letter printed with
    its index ("B (80%)") must agree. Read only where the row or sentence speaks of the
    survey (SKM, IKM, kepuasan masyarakat), and not in capaian columns, whose values are
    achievements rather than indices. Each wrong form is reported once per cell or
    sentence.

    Example: "B (72,1%)": 72,1 is grade C.
    """,
)

SKM_INDEX_MISMATCH = Rule(
    check="scales",
    code="LKJ323",
    name="skm-index-mismatch",
    category="prose-claim",
    severity=Severity.WARNING,
    summary="The satisfaction index stated in the text does not follow from the unsur table.",
    doc="""
    Permenpan RB 14/2017 computes the community satisfaction index from its service
    elements (unsur): the mean of their scores (1–4) × 25, which is the sum of their
    weighted scores (score × 1/n) × 25. When the report has one table of unsur with
    their mean scores (and, if printed, their weighted scores), an index stated in a
    sentence about the survey ("skor Indeks Kepuasan Masyarakat (IKM) sebesar 81,71") must
    be one of those, give or take the rounding of the printed scores (each score's last
    digit, ×25; the weighted scores' errors add up). A report with several unsur tables
    (several surveys) is left alone, and so is a bound of a band ("interval 76,61 – 88,30").
    The column words are in ``[skm]`` of ``rules/scales.toml``.

    Example: 9 unsur whose weighted scores add up to 3,305 give 82,63 (their mean score
    3,308 gives 82,70), stated 81,71.
    """,
)

RULES = (SCALE_INCONSISTENT, PREDICATE_MISMATCH, SKM_GRADE_MISMATCH, SKM_INDEX_MISMATCH)
