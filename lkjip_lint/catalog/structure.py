"""Rules of ``checks.structure``: The report's outline, its table of contents, and the numbering of its tables and lists."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

MISSING_SECTION = Rule(
    check="structure",
    code="LKJ511",
    options=(options.WHOLE_REPORT_MIN_CHAPTERS,),
    name="missing-section",
    category="structure",
    severity=Severity.WARNING,
    summary="A part of the outline required by Permenpan RB 53/2014 is not in the report.",
    doc="""
    An LKjIP follows the model outline of Permenpan RB 53/2014: Kata Pengantar,
    Ikhtisar Eksekutif, Daftar Isi, Bab I Pendahuluan, Bab II Perencanaan Kinerja,
    Bab III Akuntabilitas Kinerja (with Capaian Kinerja Organisasi and Realisasi
    Anggaran), Bab IV Penutup, and Lampiran with at least the Perjanjian Kinerja.
    Headings are matched loosely ("BAB III AKUNTABILITAS KINERJA" = "3. Akuntabilitas
    Kinerja"), with the alternative titles of ``rules/structure.toml``; the entries of
    the table of contents do not count as the sections themselves. When several headings
    start with a chapter's title, the "BAB" heading opens the chapter. In a PDF, where
    each printed line is a paragraph, a short line is a heading only when it looks like
    one (bold, labelled or capitalised) and does not carry on the sentence of the line
    before. Only the report is checked, and only when it is a performance report; an
    annexed Perjanjian Kinerja may also come as a companion document.

    The outline is checked only on a whole report: one with at least
    ``whole_report_min_chapters`` chapter headings, or with a cover (its first page names
    it a performance report) and at least three parts of the outline; an excerpt (a
    title and one chapter, a few pages) is not. Set the option to 0 to check
    every document. A section is not reported missing when a page without a text layer
    (a scan) lies where it would be printed: between the found sections before and after
    it in the outline.

    Example: a report whose Bab III has a "Capaian Kinerja" part but no part on the
    budget ("Realisasi Anggaran", "Akuntabilitas Keuangan").
    """,
)

DUPLICATE_TABLE_NUMBER = Rule(
    check="structure",
    code="LKJ512",
    name="duplicate-table-number",
    category="numbering",
    severity=Severity.WARNING,
    summary="A table number is used twice or skipped.",
    doc="""
    Table captions ("Tabel 3.1 …" just above a table) must number tables once each and
    without gaps within a chapter: 3.1, 3.2, 3.3 (a gap is one missing number). References in running text ("dapat
    dilihat pada tabel 3.2") are not captions, and a caption marked as a continuation
    ("Tabel 3.1 (lanjutan)") may repeat its number. Numbering may restart in the annexes.
    A gap is not reported when a caption line with the missing number exists elsewhere
    (a table printed as a picture).

    Example: "Tabel 3.1" above two different tables.
    """,
)

LIST_NUMBERING = Rule(
    check="structure",
    code="LKJ513",
    name="list-numbering",
    category="numbering",
    severity=Severity.WARNING,
    summary="The numbering of a list repeats or skips a number.",
    doc="""
    The items of one list must be numbered in sequence: 1, 2, 3 or a, b, c. This holds
    for lists in the text (nested lists are told apart by their label style) and for
    the "No" column of a table. Only one skipped number after at least two items is a
    skip; a longer jump, a list that restarts at 1 and a list whose first item sits
    inside another line ("Tujuan : a. …" then "b. …") are not reported.

    A dotted section number ("3.1.2") printed over two different body headings of one
    chapter is reported too, with both places. The table of contents, a running header
    or a heading continued on the next page (the same title), a numbering that starts
    over (an annex, a quoted document, another chapter) and a whole run of repeated
    numbers (an outline copied in) are not.

    Example: a predicate scale whose No column reads 1., 2., 2., 3.: expected 1, 2, 3, 4.
    """,
)

TOC_ENTRY_MISSING = Rule(
    check="structure",
    code="LKJ514",
    options=(options.TOC_MIN_SIMILARITY, options.WHOLE_REPORT_MIN_CHAPTERS),
    name="toc-entry-missing",
    category="structure",
    severity=Severity.WARNING,
    summary="An entry of the table of contents has no matching heading in the report.",
    doc="""
    Each entry of the DAFTAR ISI ("BAB I PENDAHULUAN ....... 1", or a table of entry and
    page) must match a heading of the report. Matching ignores chapter numbers, labels,
    case and punctuation, accepts a heading that contains all the entry's words, and
    otherwise uses a rapidfuzz similarity with the threshold in ``rules/structure.toml``.
    The annex list after the "Lampiran" entry and entries marked "(jika ada)" are not
    looked up: annexes are often scanned pages without text. Like LKJ511, checked only on
    a whole report (``whole_report_min_chapters`` chapters, or a cover and three parts of
    the outline).

    Example: the entry "C. EVALUASI KINERJA ORGANISASI" when no heading says so.
    """,
)

RULES = (MISSING_SECTION, DUPLICATE_TABLE_NUMBER, LIST_NUMBERING, TOC_ENTRY_MISSING)
