from lkjip_lint.checks import structure
from lkjip_lint.config import Config
from lkjip_lint.messages import render
from lkjip_lint.understand.outline import headings
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(*documents):
    return list(structure.check(Facts(list(documents), load_packs()), Config()))


def of_rule(findings, code):
    return [f for f in findings if f.rule == code]


OUTLINE = [
    "LAPORAN KINERJA DINAS CONTOH TAHUN 2023",
    "KATA PENGANTAR",
    "Puji syukur atas tersusunnya laporan kinerja ini.",
    "IKHTISAR EKSEKUTIF",
    "Ringkasan capaian kinerja tahun 2023.",
    "DAFTAR ISI",
    "BAB I PENDAHULUAN ....... 1",
    "BAB II PERENCANAAN KINERJA ....... 4",
    "BAB III AKUNTABILITAS KINERJA ....... 8",
    "A. Capaian Kinerja Organisasi ....... 8",
    "B. Realisasi Anggaran ....... 15",
    "BAB IV PENUTUP ....... 20",
    "LAMPIRAN ....... 21",
    "Lampiran 1. Perjanjian Kinerja ....... 22",
    "Lampiran 2. Penghargaan (jika ada) ....... 23",
    "BAB I",
    "PENDAHULUAN",
    "Latar belakang penyusunan laporan.",
    "BAB II",
    "PERENCANAAN KINERJA",
    "Rencana strategis dan perjanjian kinerja.",
    "BAB III",
    "AKUNTABILITAS KINERJA",
    "A. Capaian Kinerja Organisasi",
    "Pengukuran capaian kinerja tahun 2023.",
    "B. Realisasi Anggaran",
    "Realisasi anggaran tahun 2023.",
    "BAB IV",
    "PENUTUP",
    "Demikian laporan ini disusun.",
    "LAMPIRAN 1",
    "PERJANJIAN KINERJA TAHUN 2023",
]


def without(*lines):
    return [line for line in OUTLINE if line not in lines]


# --- LKJ511 ----------------------------------------------------------------------------

def test_a_complete_outline_is_silent(document_of):
    findings = run(document_of(*OUTLINE))
    assert of_rule(findings, "LKJ511") == []
    assert of_rule(findings, "LKJ514") == []


def test_a_missing_chapter(document_of):
    findings = of_rule(run(document_of(*without("IKHTISAR EKSEKUTIF", "BAB IV", "PENUTUP"))), "LKJ511")
    assert [f.expected for f in findings] == ["Ikhtisar Eksekutif", "Bab IV Penutup"]
    assert "'Ikhtisar Eksekutif'" in render(findings[0], "en")


def test_the_table_of_contents_does_not_stand_for_the_section(document_of):
    lines = without("IKHTISAR EKSEKUTIF")
    lines.insert(lines.index("DAFTAR ISI") + 1, "IKHTISAR EKSEKUTIF ....... iii")
    findings = of_rule(run(document_of(*lines)), "LKJ511")
    assert [f.expected for f in findings] == ["Ikhtisar Eksekutif"]


def test_a_missing_part_of_chapter_three(document_of):
    findings = of_rule(run(document_of(*without("B. Realisasi Anggaran", "Realisasi anggaran tahun 2023."))),
                       "LKJ511")
    assert [(f.expected, f.message_id) for f in findings] == [("Realisasi Anggaran", "missing-subsection")]
    assert findings[0].location.paragraph == OUTLINE.index("BAB III") + 1


def test_headings_are_matched_loosely(document_of):
    doc = document_of(
        "Kata Pengantar", "Ringkasan Eksekutif", "Daftar Isi",
        "1. Pendahuluan", "Bab 2 Perencanaan dan Perjanjian Kinerja",
        "3. Akuntabilitas Kinerja", "3.1 Pengukuran Capaian Kinerja", "3.2 Akuntabilitas Keuangan",
        "Bab 4 Penutup", "Lampiran", "Lampiran 1 Perjanjian Kinerja Tahun 2023",
        "Laporan kinerja ini disusun sesuai ketentuan.",
    )
    assert of_rule(run(doc), "LKJ511") == []


def test_the_annexed_agreement_must_follow_the_closing_chapter(document_of):
    findings = of_rule(run(document_of(*without("PERJANJIAN KINERJA TAHUN 2023"))), "LKJ511")
    assert [f.expected for f in findings] == ["Lampiran Perjanjian Kinerja"]


def test_the_agreement_may_come_as_a_companion_document(document_of):
    report = document_of(*without("PERJANJIAN KINERJA TAHUN 2023"))
    pk = document_of("PERJANJIAN KINERJA TAHUN 2023", "Pihak pertama berjanji.", path="pk.txt")
    assert of_rule(run(report, pk), "LKJ511") == []


def test_documents_that_are_not_reports_and_companions(document_of):
    assert run(document_of("Notulen rapat", "Daftar hadir peserta")) == []
    companion = document_of("PERJANJIAN KINERJA TAHUN 2023", "Pihak pertama berjanji.", path="pk.txt")
    assert of_rule(run(document_of(*OUTLINE), companion), "LKJ511") == []


def pdf_lines(document_of, *lines):
    """A PDF as the extractor gives it: one paragraph per printed line."""
    return document_of(*lines, path="report.pdf", fmt="pdf")


FOREWORD_LINES = [
    "KATA PENGANTAR",
    "Laporan kinerja ini disusun sebagai wujud pertanggungjawaban atas tugas pokok dan",
    "fungsi dinas. Penyusunan laporan berpedoman pada Peraturan Presiden Nomor 29 tentang",
    "Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan",
    "Aparatur Negara Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja.",
]


def test_a_wrapped_pdf_line_is_not_a_heading(document_of):
    """In a PDF each printed line is a paragraph: a short line is a heading only when it looks
    like one and does not carry on the unfinished sentence of the line before."""
    doc = pdf_lines(document_of, *FOREWORD_LINES,
                    "Akuntabilitas kinerja dinas pada tahun 2023 ditetapkan",
                    "Rencana Strategis",
                    "Bidang Pelayanan Kesehatan",
                    "Capaian Kinerja Organisasi",
                    "B. Realisasi anggaran",
                    "BAB III", "AKUNTABILITAS KINERJA")
    assert [h.text for h in headings(doc)] == [
        "KATA PENGANTAR", "Rencana Strategis", "Bidang Pelayanan Kesehatan", "Capaian Kinerja Organisasi",
        "B. Realisasi anggaran", "BAB III AKUNTABILITAS KINERJA", "AKUNTABILITAS KINERJA"]


def test_a_wrapped_foreword_line_does_not_open_chapter_three_of_a_pdf(document_of):
    body = OUTLINE[3:]
    at = body.index("BAB III")
    body[at:at + 2] = ["III. AKUNTABILITAS KINERJA"]
    doc = pdf_lines(document_of, OUTLINE[0], *FOREWORD_LINES, *body)
    assert of_rule(run(doc), "LKJ511") == []


def test_the_chapter_heading_opens_the_section_rather_than_an_earlier_line(document_of):
    lines = list(OUTLINE)
    lines.insert(lines.index("KATA PENGANTAR") + 1, "Akuntabilitas Kinerja Instansi Pemerintah")
    assert of_rule(run(document_of(*lines)), "LKJ511") == []


def test_contents_paged_in_roman_without_leaders_do_not_stand_for_sections(document_of):
    """"IKHTISAR EKSEKUTIF iii": a contents line even with no dot leader, as a PDF prints it."""
    lines = without("IKHTISAR EKSEKUTIF", "Ringkasan capaian kinerja tahun 2023.")
    lines.insert(lines.index("DAFTAR ISI") + 1, "KATA PENGANTAR i")
    lines.insert(lines.index("DAFTAR ISI") + 2, "IKHTISAR EKSEKUTIF iii")
    findings = run(document_of(*lines))
    assert [f.expected for f in of_rule(findings, "LKJ511")] == ["Ikhtisar Eksekutif"]
    assert [f.found for f in of_rule(findings, "LKJ514")] == ["IKHTISAR EKSEKUTIF"]


# --- LKJ514 ----------------------------------------------------------------------------

def test_a_contents_entry_without_a_heading(document_of):
    lines = list(OUTLINE)
    lines.insert(lines.index("BAB IV PENUTUP ....... 20"), "C. Evaluasi Kinerja Organisasi ....... 18")
    findings = of_rule(run(document_of(*lines)), "LKJ514")
    assert [f.found for f in findings] == ["C. Evaluasi Kinerja Organisasi"]
    assert findings[0].location.paragraph == lines.index("C. Evaluasi Kinerja Organisasi ....... 18") + 1


def test_contents_as_a_table_and_small_wording_slips(document_of, table_from_rows):
    toc = table_from_rows([
        ["", "Hal :"],
        ["KATA PENGANTAR", "i"],
        ["BAB I PENDAHULUAN", "1"],
        ["A. PENGUKURAN PENCAPAIAN KINERJATAHUN 2023", "11"],
        ["C. KEDUDUKAN, TUGAS DAN FUNGSI", "2"],
        ["D. PROFIL KEPEGAWAIAN", "3"],
        ["LAMPIRAN", ""],
        ["Lampiran 4. Lampiran SK IKU OPD", ""],
    ])
    doc = document_of(
        "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023",
        "KATA PENGANTAR", "DAFTAR ISI", toc, "BAB I", "PENDAHULUAN",
        "C. KEDUDUKAN, TUGAS, FUNGSI DAN SUSUNAN ORGANISASI",
        "A. PENGUKURAN CAPAIAN KINERJA TAHUN 2023", "Capaian kinerja tahun 2023.", "LAMPIRAN 1",
    )
    findings = of_rule(run(doc), "LKJ514")
    assert [f.found for f in findings] == ["D. PROFIL KEPEGAWAIAN"]
    assert findings[0].location.row == 6



def test_the_header_row_of_a_contents_table_is_not_an_entry(document_of, table_from_rows):
    toc = table_from_rows([
        ["No", "Judul Bagian", "Halaman"],
        ["1", "KATA PENGANTAR", "i"],
        ["2", "BAB I PENDAHULUAN", "1"],
        ["3", "BAB II RENCANA KERJA", "5"],
    ])
    doc = document_of("KATA PENGANTAR", "Isi kata pengantar.", "DAFTAR ISI", toc, "BAB I", "PENDAHULUAN",
                      "Latar belakang laporan kinerja.")
    findings = of_rule(run(doc), "LKJ514")
    assert [f.found for f in findings] == ["BAB II RENCANA KERJA"]

# --- LKJ512 ----------------------------------------------------------------------------

def small_table(table_from_rows, caption=None):
    return table_from_rows([["No", "Uraian"], ["1", "Isi"]], caption=caption)


def test_a_table_number_used_twice(document_of, table_from_rows):
    doc = document_of(
        "Tabel 3.1", "Pengukuran Kinerja", small_table(table_from_rows),
        "Hasilnya dapat dilihat pada tabel 3.1 di atas.",
        "Tabel 3.1 Perbandingan Realisasi", small_table(table_from_rows),
        "Tabel 3.2 Realisasi Anggaran", small_table(table_from_rows),
    )
    findings = of_rule(run(doc), "LKJ512")
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("Tabel 3.1", "Tabel 3.2", "duplicate-table-number")
    ]
    assert [r.location.line for r in findings[0].related] == [1]
    assert findings[0].related[0].found == "Tabel 3.1"


def test_a_repeated_number_in_place_of_the_next_is_one_finding(document_of, table_from_rows):
    doc = document_of(
        small_table(table_from_rows, caption="Tabel 3.3 Pengukuran"),
        small_table(table_from_rows, caption="Tabel 3.4 Perbandingan"),
        small_table(table_from_rows, caption="Tabel 3.4 Capaian Provinsi"),
        small_table(table_from_rows, caption="Tabel 3.6 Realisasi Anggaran"),
    )
    findings = of_rule(run(doc), "LKJ512")
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("Tabel 3.4", "Tabel 3.5", "duplicate-table-number")
    ]


def test_a_skipped_table_number(document_of, table_from_rows):
    doc = document_of(
        small_table(table_from_rows, caption="Tabel 3.1 Pengukuran"),
        small_table(table_from_rows, caption="Tabel 3.2 Perbandingan"),
        small_table(table_from_rows, caption="Tabel 3.4 Realisasi"),
    )
    findings = of_rule(run(doc), "LKJ512")
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("Tabel 3.4", "Tabel 3.3", "skipped-table-number")
    ]


def test_table_numbers_that_are_fine(document_of, table_from_rows):
    doc = document_of(
        small_table(table_from_rows, caption="Tabel 2.1 Sasaran"),
        small_table(table_from_rows, caption="Tabel 3.1 Pengukuran"),
        small_table(table_from_rows, caption="Tabel 3.1 (lanjutan)"),
        "Tabel 3.2 Grafik capaian (gambar)",
        "Tabel 3.3 menunjukkan realisasi anggaran.",
        small_table(table_from_rows, caption="Tabel 3.3 Realisasi"),
        "LAMPIRAN",
        small_table(table_from_rows, caption="Tabel 1 Rencana Strategis"),
        small_table(table_from_rows, caption="Tabel 2 Perjanjian Kinerja"),
    )
    assert of_rule(run(doc), "LKJ512") == []


# --- LKJ513 ----------------------------------------------------------------------------

def test_a_scale_whose_numbering_repeats(document_of, table_from_rows):
    scale = table_from_rows([
        ["No", "CAPAIAN KINERJA", "KETERANGAN"],
        ["1.", "Lebih dari 100 %", "SANGAT BAIK"],
        ["2.", "76 % s/d 100 %", "BAIK"],
        ["2.", "55 % s/d 75 %", "CUKUP"],
        ["3.", "Kurang dari 55 %", "KURANG"],
    ])
    findings = of_rule(run(document_of(scale)), "LKJ513")
    assert [(f.found, f.expected) for f in findings] == [("1, 2, 2, 3", "1, 2, 3, 4")]
    f = findings[0]
    assert f.location.row == 4 and f.location.column == 1
    assert f.param_dict() == {"value": "2"}
    assert render(f, "en") == "list numbering 1, 2, 2, 3 repeats 2; expected 1, 2, 3, 4"


def test_group_rows_and_their_children_are_one_numbering(document_of, table_from_rows):
    budget = table_from_rows([
        ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)"],
        ["I", "Program Penunjang", "1.240.488.150"],
        ["1", "Perencanaan", "13.518.000"],
        ["2", "Penyediaan jasa", "1.021.253.900"],
        ["II", "Program Penyelenggaraan", "3.071.415.500"],
        ["1", "Koordinasi", "2.705.332.000"],
        ["2", "Penyelenggaraan urusan", "366.083.500"],
        ["", "TOTAL", "4.311.903.650"],
    ])
    assert of_rule(run(document_of(budget)), "LKJ513") == []


def test_paragraph_lists(document_of):
    doc = document_of(
        "Kendala yang dihadapi antara lain:",
        "1. Terbatasnya sarana",
        "a. Ruang pelayanan sempit",
        "b. Komputer kurang",
        "2. Terbatasnya SDM",
        "2. Kurangnya koordinasi",
        "3. Anggaran terbatas",
        "BAB IV PENUTUP",
        "Langkah yang dilakukan:",
        "a) Koordinasi",
        "b) Pelatihan",
        "d) Pengadaan",
    )
    findings = of_rule(run(doc), "LKJ513")
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("1, 2, 2, 3", "1, 2, 3, 4", "list-numbering-repeat"),
        ("a, b, d", "a, b, c", "list-numbering-skip"),
    ]
    assert findings[1].param_dict() == {"missing": "c"}


def test_lists_that_only_look_broken(document_of):
    doc = document_of(
        "1. Sasaran dan Indikator Sasaran",
        "1. Sasaran 1 : Meningkatnya Kualitas pelayanan",
        "2. Sasaran 2 : Meningkatnya Koordinasi",
        "2. Program dan Indikator Program",
        "Tujuan : a. Meningkatkan kualitas pelayanan",  # the list starts inside a line
        "b. Meningkatkan koordinasi",
        "Indikator Tujuan : a. Hasil Survei Kepuasan Masyarakat",
        "b. Prosentase rekomendasi",
        "3. Kegiatan dan Indikator Kegiatan",
        "1. Kegiatan A",
        "1. Kegiatan B",
        "7. Tujuh puluh tahun kemudian",
    )
    assert of_rule(run(doc), "LKJ513") == []


# --- whole report or part; scanned pages; headings a PDF line break hides ----------------------

def test_an_excerpt_has_no_outline_to_check(document_of):
    """One chapter, no cover: an excerpt, whose missing foreword is no finding."""
    excerpt = ["BAB III AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi", "Pengukuran capaian kinerja."]
    assert of_rule(run(document_of(*excerpt)), "LKJ511") == []
    titled = ["LAPORAN KINERJA DINAS CONTOH TAHUN 2023"] + excerpt
    assert of_rule(run(document_of(*titled)), "LKJ511") == []  # an excerpt may open with the title
    covered = titled[:1] + ["KATA PENGANTAR", "Puji syukur.", "DAFTAR ISI", "BAB I PENDAHULUAN ..... 1"] + excerpt
    assert of_rule(run(document_of(*covered)), "LKJ511")  # a cover and three parts: a whole report


def test_another_plan_is_not_held_to_the_report_outline(document_of):
    """An RKT (or Renja, PK, Renstra, Rencana Aksi) has chapters of its own."""
    plan = ["RENCANA KINERJA TAHUNAN", "DINAS CONTOH TAHUN 2016", "BAB I", "PENDAHULUAN", "Latar belakang.",
            "BAB II", "RENCANA KINERJA", "Sasaran dan indikator kinerja tahun 2016."]
    assert of_rule(run(document_of(*plan)), "LKJ511") == []
    report = ["LAPORAN KINERJA DINAS CONTOH TAHUN 2016"] + plan[2:]
    assert of_rule(run(document_of(*report)), "LKJ511")


def test_chapters_are_counted_by_their_number(document_of):
    """One chapter printed twice under two wordings is one chapter: still an excerpt."""
    excerpt = ["BAB III AKUNTABILITAS KINERJA", "Pengukuran capaian kinerja.",
               "BAB 3 AKUNTABILITAS KINERJA TAHUN 2023", "Realisasi anggaran."]
    assert of_rule(run(document_of(*excerpt)), "LKJ511") == []
    two = excerpt + ["BAB IV PENUTUP", "Demikian laporan ini."]
    assert of_rule(run(document_of(*two)), "LKJ511")


def test_the_outline_of_every_document_when_asked(document_of, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "structure.toml").write_text("[report]\nwhole_report_min_chapters = 0\n", encoding="utf-8")
    excerpt = document_of("BAB III AKUNTABILITAS KINERJA", "Pengukuran capaian kinerja.")
    findings = list(structure.check(Facts([excerpt], load_packs((str(pack),))), Config()))
    assert of_rule(findings, "LKJ511")


def paged(lines_by_page, scanned=()):
    from lkjip_lint.model import Document, Location, Paragraph
    blocks, n = [], 0
    for page, lines in lines_by_page:
        for text in lines:
            n += 1
            blocks.append(Paragraph(text=text, index=n, location=Location(file="r.pdf", page=page, line=n,
                                                                         paragraph=n)))
    return Document("r.pdf", "pdf", tuple(blocks), metadata={"pages_without_text": list(scanned)})


def test_a_section_that_may_be_on_a_scanned_page_is_not_missing():
    pages = [(3, ["IKHTISAR EKSEKUTIF", "Ringkasan capaian kinerja tahun 2021."]),
             (4, ["DAFTAR ISI", "BAB I PENDAHULUAN ....... 1"]),
             (5, ["BAB I", "PENDAHULUAN", "Latar belakang penyusunan laporan."]),
             (6, ["BAB II", "PERENCANAAN KINERJA", "Rencana strategis."])]
    missing = {f.expected for f in of_rule(run(paged(pages, scanned=(1, 2))), "LKJ511")}
    assert "Kata Pengantar" not in missing  # pages 1 and 2, before the Ikhtisar, are scans
    assert "Lampiran" in missing  # nothing is scanned after the last chapter
    assert "Kata Pengantar" in {f.expected for f in of_rule(run(paged(pages)), "LKJ511")}


def test_a_numbered_heading_at_the_top_of_a_page_is_no_continuation(document_of):
    """"3.2 Akuntabilitas Keuangan" first on a page, after a sentence the page break cut."""
    from lkjip_lint.model import Document, Location, Paragraph
    texts = [(40, "Capaian kinerja organisasi pada tahun 2016 secara keseluruhan menunjukkan hasil yang"),
             (41, "3.2 Akuntabilitas Keuangan"),
             (41, "Realisasi anggaran dinas pada tahun 2016 adalah sebagai berikut.")]
    blocks = tuple(Paragraph(text=t, index=i, location=Location(file="r.pdf", page=p, line=i, paragraph=i))
                   for i, (p, t) in enumerate(texts, 1))
    assert "akuntabilitas keuangan" in [h.words for h in headings(Document("r.pdf", "pdf", blocks))]


def test_a_full_line_running_on_below_a_heading_is_no_heading():
    from lkjip_lint.model import Document, Location, Paragraph
    texts = ["3.1.2 Realisasi Indikator Kinerja Tahun 2015",
             "Berdasarkan Rencana Strategis Biro Humas, Protokol dan Umum, terdapat 7 (tujuh)",
             "sasaran strategis yang diukur melalui 11 indikator. Pengukuran tingkat capaian kinerja dilakukan",
             "dengan cara membandingkan antara target pencapaian sasaran yang telah ditetapkan sebagai"]
    blocks = tuple(Paragraph(text=t, index=i, location=Location(file="r.pdf", page=12, line=i, paragraph=i),
                             bold=(i == 1))
                   for i, t in enumerate(texts, 1))
    assert [h.text for h in headings(Document("r.pdf", "pdf", blocks))] == [texts[0]]


def test_a_heading_number_printed_twice_is_a_numbering_slip():
    from lkjip_lint.model import Document, Location, Paragraph
    lines = [(32, "BAB III AKUNTABILITAS KINERJA"), (32, "3.1.1 Kerangka Pengukuran Kinerja"),
             (33, "3.1.2 Evaluasi Program dan Kegiatan"), (52, "3.1.3 Evaluasi Capaian Indikator Kinerja"),
             (56, "3.1.2. Perbandingan Realisasi dan Capaian Kinerja"), (59, "3.1.5 Analisis Keberhasilan")]
    blocks = tuple(Paragraph(text=t, index=i, bold=True, location=Location(file="r.pdf", page=p, line=i, paragraph=i))
                   for i, (p, t) in enumerate(lines, 1))
    [finding] = of_rule(run(Document("r.pdf", "pdf", blocks)), "LKJ513")  # not again as a list skipping 3.1.4
    assert finding.location.page == 56 and finding.expected == "3.1.4"
    assert [r.location.page for r in finding.related] == [33]
    assert "3.1.2" in render(finding, "en") and "Evaluasi Program" in render(finding, "en")
