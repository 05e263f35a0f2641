"""Rules of ``checks.years``: Years that cannot be right: impossible years, comparison columns and Renstra year ordinals."""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

IMPOSSIBLE_YEAR = Rule(
    check="years",
    code="LKJ501",
    options=(options.YEAR_EARLIEST,
             options.YEAR_STRICT_BEFORE,
             options.YEAR_STRICT_AFTER,
             options.YEAR_LOOSE_AFTER),
    name="impossible-year",
    category="year",
    severity=Severity.ERROR,
    summary="A year after 'tahun', 'Th.', 'TA' or a month cannot be a year.",
    doc="""
    A number written where a year belongs (after "tahun", "Tahun Anggaran", "TA", "Th."
    or a month name) must be a plausible year: five or six digits never are ("tahun
    20121"), and four digits far from the report year are not either. After "Tahun
    Anggaran", "TA" and "Th." the year must lie within 30 years before and 10 after the
    report year; after a plain "tahun", within 1900 and 30 years after the report year,
    because laws and history are cited ("Nomor 5 Tahun 1974", "sejak tahun 1950"); a
    law's year is judged that way after any head word ("UUD Th. 1945"). The
    bounds are in ``rules/structure.toml`` under ``[years]``. Amounts ("13.000") and
    counts with a unit ("1 tahun 12000 berkas") are not years.

    Example: "Kegiatan adalah tindakan nyata dalam jangka waktu tahun 20121" in a 2021
    report.
    """,
)

COMPARISON_YEAR_MISMATCH = Rule(
    check="years",
    code="LKJ502",
    name="comparison-year-mismatch",
    category="year",
    severity=Severity.ERROR,
    summary="A comparison column's year does not fit the report year.",
    doc="""
    Comparison tables mark their columns relative to the report year: "Th. 2021 (n)"
    is the report year, "Th. 2020 (n-1)" the year before. A marked year that does not
    equal the report year plus the marker's offset is reported, once per header cell.

    A single realisation column with a year ("REALISASI Th. 2018") in a table that
    compares the report's results (with a target, the Renstra, a national figure) must
    be the report year, unless the table is about earlier years ("tahun sebelumnya",
    "n-1", "perkembangan"). Tables with several year columns (a Renstra matrix
    2016 … 2021, a trend table) are not judged.

    Example: in a 2021 report, "Th. 2018 (n-1)" should read "Th. 2020 (n-1)" and
    "Th. 2019 (n)" should read "Th. 2021 (n)".
    """,
)

RENSTRA_YEAR_ORDINAL = Rule(
    check="years",
    code="LKJ503",
    name="renstra-year-ordinal",
    category="year",
    severity=Severity.WARNING,
    summary="'tahun ketiga Renstra …' names a year of the Renstra period that cannot be right.",
    doc="""
    A sentence that calls a year the first, third or last year of the Renstra ("tahun
    ketiga pelaksanaan Renstra 2016-2021", "tahun ke-5 periode Renstra") is checked
    against the Renstra period (from the sentence, else from the report) and the year
    it speaks of (a year in the sentence, else the report year). When a period of six
    listed years starts with its base year, both ways of counting are accepted.

    Example: in a 2021 report, "tahun ketiga Renstra 2016-2021": 2021 is the sixth year.
    """,
)

RENSTRA_PERIOD_MISMATCH = Rule(
    check="years",
    code="LKJ504",
    name="renstra-period-mismatch",
    category="year",
    severity=Severity.WARNING,
    summary="A mention of the Renstra gives another period than the report's Renstra.",
    doc="""
    Every year range printed after "Renstra" or "Rencana Strategis" ("Dokumen Perubahan
    Rencana Strategis OPD … Tahun 2016-2021") is compared with the Renstra period the
    report supports best (its mentions and the year columns of its Renstra matrix). A
    range that shares its first or its last year with that period but not both is
    reported; a range that shares neither is another plan (a ministry's Renstra 2015-2019
    cited in a province's report) and is left alone.

    Example: "… Rencana Strategis OPD Kabupaten Jember Tahun 2017-2021" in a report
    whose Renstra, matrix and other mentions say 2016-2021.
    """,
)

REPORT_YEAR_MISMATCH = Rule(
    check="years",
    code="LKJ505",
    name="report-year-mismatch",
    category="year",
    severity=Severity.WARNING,
    summary="A year stated about the report itself is not the report year.",
    doc="""
    Years a report states about itself are compared with the report year:

    - a caption or heading naming the report's own documents ("Tabel 2.1 … Perjanjian
      Kinerja Tahun 2012", "Pengukuran Kinerja Tahun …") with one year that is neither
      the report year nor the year before or after it;
    - a heading with one year over a table whose caption names the report year ("3.1.2
      Realisasi Indikator Kinerja Tahun 2015" over "Tabel 3.2 Pengukuran Kinerja 2016");
    - the date the foreword or the closing chapter is signed on, which is the report year
      or the next ("Sumbersari, 14 Januari 2022" for 2021);
    - a sentence saying which year this report measures ("… kinerja … tahun 2015 akan
      dituangkan dalam laporan ini" in the 2016 report), which later year's planning it
      informs ("sebagai bahan evaluasi dan penyusunan rencana kegiatan tahun 2022"), or
      comparing a year with itself ("… tahun 2016 adalah 100 % sama seperti capaian
      kinerja pada tahun 2016").

    Titles that compare years or name a plan, targets, a regulation's year, and year
    ranges are left alone. The words are in ``rules/structure.toml`` under ``[years]``.

    Example: "Sumbersari, 14 Januari 2023" signing the 2021 report.
    """,
)

RULES = (IMPOSSIBLE_YEAR, COMPARISON_YEAR_MISMATCH, RENSTRA_YEAR_ORDINAL, RENSTRA_PERIOD_MISMATCH,
         REPORT_YEAR_MISMATCH)
