from lkjip_lint.model import Document, Location, Paragraph
from lkjip_lint.understand.heading_numbers import repeated_heading_numbers
from lkjip_lint.understand.outline import contents_pages, headings
from lkjip_lint.vocab import load_packs

BODY = "Uraian capaian kinerja pada bagian ini disajikan secara ringkas sebagai berikut."


def pdf(pages):
    """A PDF as the extractor gives it: one paragraph per line, a heading line bold;
    ``pages`` are (page, [line, …]) and a line given as ("text", False) is not bold."""
    blocks, n = [], 0
    for page, lines in pages:
        for line in lines:
            text, bold = line if isinstance(line, tuple) else (line, line != BODY)
            n += 1
            blocks.append(Paragraph(text=text, index=n, bold=bold,
                                    location=Location(file="r.pdf", page=page, line=n, paragraph=n)))
    return Document("r.pdf", "pdf", tuple(blocks))


def repeats(pages):
    document = pdf(pages)
    found = [h for h in headings(document) if h.location.page not in contents_pages(document)]
    structure = load_packs()["structure"]
    return [(r.number, r.first.location.page, r.second.location.page, r.expected)
            for r in repeated_heading_numbers(document, found, continued=tuple(structure["tables"]["continued"]),
                                              annex=tuple(structure["toc"]["annex_titles"]))]


CHAPTER_THREE = [(30, ["BAB III AKUNTABILITAS KINERJA", "3.1 Capaian Kinerja Organisasi",
                       "3.1.1 Kerangka Pengukuran Kinerja", BODY]),
                 (33, ["3.1.2 Evaluasi Program dan Kegiatan", BODY]),
                 (52, ["3.1.3 Evaluasi Capaian Indikator Kinerja", BODY])]


def test_a_number_printed_over_a_second_heading_is_reported_with_both_places():
    pages = CHAPTER_THREE + [(56, ["3.1.2. Perbandingan Realisasi dan Capaian Kinerja", BODY]),
                             (59, ["3.1.5 Realisasi Kinerja Indikator RPJMD", BODY])]
    assert repeats(pages) == [("3.1.2", 33, 56, "3.1.4")]


def test_a_number_repeated_right_away_expects_the_next_one():
    pages = CHAPTER_THREE[:2] + [(34, ["3.1.2 Analisis Efisiensi Sumber Daya", BODY])]
    assert repeats(pages) == [("3.1.2", 33, 34, "3.1.3")]


def test_the_table_of_contents_lists_every_heading_once_more():
    contents = (5, ["DAFTAR ISI", "3.1.1 Kerangka Pengukuran Kinerja ........ 30",
                    "3.1.2 Evaluasi Program dan Kegiatan yang", "Menunjang Capaian ........ 33",
                    "3.1.3 Evaluasi Capaian Indikator Kinerja ........ 52"])
    assert repeats([contents] + CHAPTER_THREE) == []


def test_running_headers_and_continued_headings_repeat_their_title():
    pages = CHAPTER_THREE + [(53, ["3.1.3 Evaluasi Capaian Indikator Kinerja", BODY]),
                             (54, ["3.1.3 Evaluasi Capaian Indikator Kinerja (lanjutan)", BODY])]
    assert repeats(pages) == []


def test_numbering_that_starts_over_is_no_repeat():
    quoted = (40, ["3.1.1 Gambaran Umum", "3.1.2 Permasalahan Pelayanan", BODY])
    assert repeats(CHAPTER_THREE[:2] + [quoted]) == []
    annex = (80, ["LAMPIRAN", "3.1.2 Rencana Aksi Triwulan", BODY])
    assert repeats(CHAPTER_THREE + [annex]) == []
    chapter_four = (70, ["BAB IV PENUTUP", "4.1 Kesimpulan", "3.1.2 Langkah Perbaikan", BODY])
    assert repeats(CHAPTER_THREE + [chapter_four]) == []


def test_a_copied_outline_repeats_on_and_on():
    copied = (45, ["2.1.2 Tujuan Strategis", "2.1.3 Sasaran Strategis", BODY])
    outline = (20, ["2.1.1 Visi", "2.1.2 Misi", "2.1.3 Kebijakan", "2.1.4 Program", BODY])
    assert repeats([outline, copied]) == []


def test_a_repeated_first_number_may_start_a_numbering_over():
    pages = CHAPTER_THREE + [(60, ["3.1 Capaian Kinerja Tahun Sebelumnya", BODY])]
    assert repeats(pages) == []


def test_numbered_lines_of_running_text_are_no_headings():
    lines = (40, [("3.1.2 Persentase penduduk miskin yang menerima bantuan", False), BODY])
    assert repeats(CHAPTER_THREE + [lines]) == []


def test_a_contents_page_is_found_by_its_dot_leaders():
    document = pdf([(2, ["DAFTAR ISI", "BAB I PENDAHULUAN ....... 1", "1.1 Latar Belakang ....... 1",
                         "1.2 Dasar Hukum ....... 2"]),
                    (3, ["BAB I PENDAHULUAN", "1.1 Latar Belakang", BODY])])
    assert contents_pages(document) == frozenset({2})
