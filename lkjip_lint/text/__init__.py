"""Text primitives: one reader for each small thing reports print.

Every other layer reads sentences, years, periods, ranges, captions, list markers,
"N (words)" counts and units through these modules, so that two places never read the
same text two ways. Nothing here knows about tables or findings.

    sentences   Indonesian sentences (titles, degrees and abbreviations do not end one)
    years       years, year ranges and month names
    periods     "Tahun Anggaran 2021", "Th. 2017", "Triwulan II", "s.d. 2016"
    ranges      "76 % s/d 100 %", "≥ 91", "x < 50", "antara 76 dan 90"
    captions    "Tabel 3.1", "Tabel: 3.3", "Tabel 2.3a", "TABEL 3 .1", "Gambar III.2"
    headings    chapters ("BAB IV", "B A B  I V") and spaced capitals ("P E N U T U P")
    markers     list labels ("I.", "1.", "a.", "1)", "-") and roman numerals
    counts      "4 (empat) kegiatan": a count, its words and the noun counted
    units       scale words (ribu, juta …) and units of count (orang, dokumen …)
    stems       Indonesian word roots (affixes stripped), for telling words apart
"""
