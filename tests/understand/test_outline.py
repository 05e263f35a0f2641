from lkjip_lint.understand.outline import headings, table_of_contents, title_words


def test_title_words():
    assert title_words("BAB III. AKUNTABILITAS KINERJA.") == "akuntabilitas kinerja"
    assert title_words("Bab 3 Akuntabilitas Kinerja") == "akuntabilitas kinerja"
    assert title_words("3. Akuntabilitas Kinerja") == "akuntabilitas kinerja"
    assert title_words("3.1 Pengukuran Capaian Kinerja") == "pengukuran capaian kinerja"
    assert title_words("C. KEDUDUKAN, TUGAS DAN FUNGSI ....") == "kedudukan tugas dan fungsi"


def test_a_bare_chapter_line_is_joined_with_its_title(document_of):
    doc = document_of("BAB I", "PENDAHULUAN", "Latar belakang penyusunan laporan ini adalah amanat peraturan.")
    found = headings(doc)
    assert found[0].text == "BAB I PENDAHULUAN" and found[0].chapter
    assert all("latar" not in h.words for h in found)


def test_contents_from_lines_with_page_numbers(document_of):
    doc = document_of("KATA PENGANTAR", "DAFTAR ISI", "KATA PENGANTAR ........ i", "BAB I PENDAHULUAN ...... 1",
                      "A. Latar Belakang\t1", "IKHTISAR EKSEKUTIF", "Isi ringkasan.")
    toc = table_of_contents(doc, ["daftar isi"])
    assert [e.text for e in toc.entries] == ["KATA PENGANTAR", "BAB I PENDAHULUAN", "A. Latar Belakang"]
    assert toc.blocks == frozenset({1, 2, 3, 4})


def test_contents_as_a_table(document_of, table_from_rows):
    toc_table = table_from_rows([["", "Hal :"], ["KATA PENGANTAR", "i"], ["DAFTAR ISI.....", "ii"],
                                 ["LAMPIRAN", ""]])
    doc = document_of("DAFTAR ISI", toc_table, "IKHTISAR EKSEKUTIF")
    toc = table_of_contents(doc, ["daftar isi"])
    assert [e.text for e in toc.entries] == ["KATA PENGANTAR", "DAFTAR ISI", "LAMPIRAN"]
    assert toc.entries[0].location.row == 2


def test_no_contents(document_of):
    assert table_of_contents(document_of("KATA PENGANTAR", "Isi."), ["daftar isi"]) is None


def test_headings_in_spaced_capitals_and_numbered_without_a_space(document_of):
    doc = document_of("B A B  I V", "P E N U T U P", "3.1.4.Perbandingan Realisasi Kinerja",
                      "Demikian laporan ini disusun.")
    found = headings(doc)
    assert found[0].chapter and found[0].words == "penutup"
    assert "perbandingan realisasi kinerja" in [h.words for h in found]


def test_a_contents_line_is_no_heading_where_the_contents_were_not_found(document_of):
    doc = document_of("Hlm.", "BAB IV P E N U T U P ........ 65", "BAB IV PENUTUP", "Demikian laporan ini.")
    assert [h.text for h in headings(doc)] == ["BAB IV PENUTUP"]


def test_a_page_column_headed_hlm_starts_the_contents(document_of):
    doc = document_of("DAFTAR ISI", "Hlm.", "KATA PENGANTAR ........ i", "BAB I PENDAHULUAN ...... 1", "BAB I PENDAHULUAN")
    toc = table_of_contents(doc, ["daftar isi"])
    assert [e.text for e in toc.entries] == ["KATA PENGANTAR", "BAB I PENDAHULUAN"]
