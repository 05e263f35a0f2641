"""Rules of ``checks.prose_claims``: Claims in the prose against the figures they describe: shares, breakdown sums,"""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

PROSE_PERCENTAGE_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ401",
    options=(options.BREAKDOWN_MAX_ITEMS,
             options.BREAKDOWN_MAX_LABEL_WORDS,
             options.BREAKDOWN_MAX_WORDS_AFTER,
             options.SHARE_MAX_WORDS_BEFORE,
             options.SHARE_MAX_DISTANCE),
    name="prose-percentage-mismatch",
    category="prose-claim",
    severity=Severity.ERROR,
    summary="A share stated in the text differs from the amounts it describes.",
    doc="""
    A sentence that gives a part's share of a whole must agree with the amounts:
    shares listed after a breakdown ("Belanja Operasi sebesar 82% dan Belanja Modal
    sebesar 18%" after "… Rp17.737.152.310 yang terdiri dari: a. Belanja Operasi
    Rp. 17.255.971.010 …"), a share of a whole the report tabulates ("Rp 2.857.294.000
    … sebesar 75% dari keseluruhan belanja langsung", the TOTAL of the budget table
    introduced as belanja langsung), and a realisation with its share of a pagu stated
    in the same sentence or paragraph ("realisasi Rp A (P%) dari pagu sebesar Rp B").
    The base is the budget amount of "P% dari pagu Rp B", else the one nearest before
    the realisation; an amount named as the realisation or as a remainder ("sisa
    anggaran", "selisih", "efisiensi") is never a base.

    Only shares whose operands are all found are checked; a percentage next to an
    amount whose base the text does not give is left alone. Rounding or truncation to
    the printed precision is accepted, and so is any share the amounts allow when they
    are printed rounded themselves ("Rp4,66 miliar atau 95,65% dari Rp4,87 miliar": each
    amount stands for ± half a unit of its last digit, so 95,49 … 95,89 % fit).

    Example: 17.255.971.010 / 17.737.152.310 × 100 = 97,29 %, printed 82%.
    """,
)

PROSE_SUM_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ402",
    options=(options.BREAKDOWN_MAX_ITEMS,
             options.BREAKDOWN_MAX_LABEL_WORDS,
             options.BREAKDOWN_MAX_WORDS_AFTER,
             options.SHARE_MAX_WORDS_BEFORE),
    name="prose-sum-mismatch",
    category="sum",
    severity=Severity.ERROR,
    summary="The parts a text lists for a stated whole do not add up to it.",
    doc="""
    A whole broken down in the text ("sebesar Rp17.737.152.310 yang terdiri dari:
    a. Belanja Operasi …, b. Belanja Modal …"), in the sentence itself, in list
    paragraphs or in a small table after it, must equal the sum of its top-level parts,
    and a part with sub-parts the sum of those. A list of amounts followed by a
    sentence giving their total ("Keseluruhan anggaran Program sejumlah Rp …") is read
    the same way, and so is "Realisasi tersebut terdiri atas A dan B" after a sentence
    stating one realisation. The parts of a sentence end where another clause begins
    ("…, dengan realisasi sebesar Rp C atau 96%"). The sum is printed in the style of
    the stated whole.

    Example: Belanja Pegawai Rp. 9.971.300.660 + Belanja Barang/jasa Rp. 7.284.670.350
    = 17.255.971.010, the Belanja Operasi stated: silent.
    """,
)

PROSE_AVERAGE_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ403",
    options=(options.AVERAGE_MAX_DISTANCE,) + options.IDENTITY,
    name="prose-average-mismatch",
    category="prose-claim",
    severity=Severity.WARNING,
    summary="A stated average capaian differs from the mean of the indicators it sums up.",
    doc="""
    "Rata-rata capaian sasaran sebesar P %" after the tables of a sasaran must be the
    mean capaian of the indicators in those tables, matched by name to the report
    year's measurement table. The capaian is recomputed from target and realisation
    (the printed one may be wrong); the evidence shows both. Nothing is reported when
    an indicator of those tables cannot be matched or its capaian cannot be computed,
    nor for a sentence that names another year than the report's (a cited regulation's
    year, "Nomor 86 Tahun 2017", does not count). An average that names its sasaran
    ("Rata-rata capaian Sasaran 2 sebesar P %"), or one of several in a sentence, is the
    mean of that sasaran's indicators, told apart by the sasaran column of the
    measurement table; when its rows cannot be attributed, nothing is reported. A
    paragraph that says how many indicators it sums up ("Secara keseluruhan, dari 6
    (enam) indikator kinerja, …") speaks of every indicator when that is their number,
    even after the last sasaran's tables, else of the tables above when that is theirs;
    any other number leaves the average alone.

    Example: "rata-rata capaian sasaran sebesar 72 %" after the SKM tables, whose one
    indicator achieved 72,1 / 80 × 100 = 90,13 %.
    """,
)

PROSE_COUNT_CLAIM = Rule(
    check="prose_claims",
    code="LKJ404",
    options=(options.COUNT_MAX_GAP_WORDS,) + options.IDENTITY,
    name="prose-count-claim",
    category="prose-claim",
    severity=Severity.ERROR,
    summary="A count of indicators above, on or below target differs from the measurement table.",
    doc="""
    "Sebanyak N (…) indikator … diatas target / mencapai target / di bawah target" is
    checked against the report year's measurement table: an indicator has met its
    target when its capaian (recomputed, so polarity counts) is at least 100 %. A
    claim may speak of a subset (one sasaran), so a count lower than the table's is
    accepted unless the sentence says it covers every indicator ("dari 2 indikator",
    "4 (empat) dari 6 (enam) indikator melampaui target", where 4 is the count);
    a count higher than the table can support is always reported. A sentence that
    names another year than the report's (other than a cited regulation's) speaks of
    other figures and is left alone.

    A share of indicators must be the counts it sums up over their total: "7 (tujuh)
    indikator mencapai target dan 7 (tujuh) indikator melampaui target atau 92,86 % dari
    total indikator" is 14 of the total the paragraph states ("dari 15 indikator"), else
    of the measurement table's indicators; "13 indikator (86,67 %)" is that one count's
    share.

    Example: "sebanyak 2 (dua) indikator capaian diatas target" while the SKM
    indicator realised 72,1 against 80: 1 indicator met its target.
    """,
)

PROSE_FORMULA_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ405",
    name="prose-formula-mismatch",
    category="prose-claim",
    severity=Severity.ERROR,
    summary="A calculation written out in the text does not give the result it states.",
    doc="""
    Arithmetic written in a sentence, "a / b x 100 = c", "(a + b) / n = c", "a - b = c",
    is recomputed: "(36.743 Penduduk usia 7 s.d 12 tahun yang sekolah / 39.834 Penduduk
    usia 7 s.d 12 tahun di Tanah Datar) x 100 = 92.22". An operand is the number right
    after the start, a bracket or an operator; the words after it describe it (inside
    brackets they may hold numbers of their own, "usia 7 s.d 12 tahun"). Operators are
    "/", "x", "×", "*", "+" and "-" standing apart from the words around them ("s/d" and
    "2016-2021" are words). Numbers may be printed in either style; the result is right
    when the computed value rounds or truncates to it at its printed precision, under any
    reading of an ambiguous number. A sentence that does not read as arithmetic is left
    alone.

    Example: (36.743 / 39.834) × 100 = 92,24, printed 92.22.
    """,
)

PROSE_ACHIEVEMENT_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ406",
    options=(options.INDICATOR_MIN_SHARE,) + options.IDENTITY,
    name="prose-achievement-mismatch",
    category="achievement",
    severity=Severity.WARNING,
    summary="A capaian quoted in the text for an indicator or a sasaran differs from the measurement table.",
    doc="""
    A sentence that quotes one capaian after a capaian word ("… dengan capaian 100,00 %
    tergolong Baik") for an indicator it names, or in a paragraph that opens with one
    sasaran ("Sasaran 2 : …"), must agree with the report year's measurement table: the
    indicator's capaian, printed or recomputed from target and realisation, or for a
    sasaran the capaian of one of its indicators or their mean. Averages ("rata-rata
    capaian", LKJ403), budget shares, several percentages in one sentence, and sentences
    naming another year are left alone; so is a sasaran whose rows the measurement table
    does not tell apart. The words are in ``[achievements]`` of ``rules/claims.toml``.

    Example: "Sasaran 2 : … Hal ini dapat dilihat berdasarkan hasil pengukuran indikator
    sasaran dengan capaian 10,00 % tergolong Baik." while the measurement table gives its
    one indicator 100 / 100 × 100 = 100,00 %.
    """,
)

PROSE_BUDGET_MISMATCH = Rule(
    check="prose_claims",
    code="LKJ407",
    options=(options.SHARE_MAX_WORDS_BEFORE,),
    name="prose-budget-mismatch",
    category="budget-mismatch",
    severity=Severity.WARNING,
    summary="A budget total stated in the text differs from the same total elsewhere in the report.",
    doc="""
    The institution's whole budget ("APBD Tahun Anggaran 2021 sebesar Rp …",
    "Keseluruhan anggaran … adalah sebesar Rp …", "… dari alokasi Rp …") and its named
    parts ("Belanja Langsung sebesar Rp …", "Belanja Tidak Langsung …") are collected
    from every sentence, each as an allocation or as a realisation, together with the
    TOTAL of a budget table introduced as that part ("Alokasi dan Realisasi Anggaran
    Belanja Langsung Per Program"). The amount printed in most places (on a tie, the one
    a table totals) is the reference; a sentence stating another is reported. Amounts
    given a narrower scope (a program, a sasaran, "yang dialokasikan untuk …"), another
    year, or another budget (APBN, a revised budget, a planning ceiling) are other totals
    and are left alone; so is a tie between prose places. The words are in ``[shares]``
    of ``rules/claims.toml``.

    Example: "Belanja Langsung sebesar Rp 7.829.691.150" in the Ikhtisar Eksekutif while
    the TOTAL of "Tabel 3.8 Alokasi dan Realisasi Anggaran Belanja Langsung" is
    7.829.291.150.
    """,
)

RULES = (PROSE_PERCENTAGE_MISMATCH, PROSE_SUM_MISMATCH, PROSE_AVERAGE_MISMATCH, PROSE_COUNT_CLAIM,
         PROSE_FORMULA_MISMATCH, PROSE_ACHIEVEMENT_MISMATCH, PROSE_BUDGET_MISMATCH)
