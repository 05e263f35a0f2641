from lkjip_lint.checks import counts
from lkjip_lint.config import Config
from lkjip_lint.messages import render
from lkjip_lint.model import Location, Paragraph
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(document):
    return list(counts.check(Facts([document], load_packs()), Config()))


def labelled(label, text, index=0):
    """A paragraph as the Word reader gives it: the numbering apart from the text."""
    return Paragraph(text=text, index=index, location=Location(file="report.txt", paragraph=index),
                     list_label=label)


NESTED_ACTIVITIES = [
    "3. Kegiatan dan Indikator Kegiatan",
    "Kegiatan yang dilaksanakan selama Tahun 2021 sebanyak {stated} kegiatan yaitu :",
    "a. Program Koordinasi Pemerintahan terdiri kegiatan-kegiatan",
    "1. Kegiatan : Koordinasi Penyelenggaraan Pemerintahan",
    "Indikator Kegiatan (output/keluaran) :",
    "- Jumlah Peserta Rakor Rutin",
    "- Jumlah Kegiatan PKK yang terlaksana",
    "2. Kegiatan : Koordinasi Pemberdayaan Masyarakat",
    "3. Kegiatan : Koordinasi Ketentraman dan Ketertiban Umum",
    "4. Kegiatan : Peningkatan Kualitas Pelayanan Kecamatan",
    "b. Program Penyelenggaraan Pelayanan Umum terdiri kegiatan-kegiatan :",
    "1. Kegiatan : Koordinasi Pelayanan Umum",
    "Matriks hubungan sasaran, program dan kegiatan tertuang dalam RKT sebagaimana terlampir.",
    "C. PERJANJIAN KINERJA",
]


def nested(stated):
    return [line.format(stated=stated) for line in NESTED_ACTIVITIES]


def test_activities_nested_under_programs_are_counted(document_of):
    findings = run(document_of(*nested("4 (empat)")))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ412"
    assert f.found == "4 (empat) kegiatan"
    assert f.expected == "5 (lima) kegiatan"
    assert f.param_dict() == {"stated": 4, "counted": 5, "noun": "kegiatan"}
    assert f.evidence.startswith("1. Kegiatan : Koordinasi Penyelenggaraan Pemerintahan; 2. Kegiatan")
    assert len(f.related) == 5
    assert f.location.paragraph == 2
    assert render(f, "en") == "'4 (empat) kegiatan' announces 4 kegiatan, but the list that follows has 5"


def test_the_right_nested_count_is_silent(document_of):
    assert run(document_of(*nested("5 (lima)"))) == []


def test_top_level_items_naming_the_noun(document_of):
    lines = [
        "1. Sasaran dan Indikator Sasaran",
        "Ada {n} sasaran Kecamatan Contoh pada Tahun Anggaran 2023 yaitu :",
        "1. Sasaran 1 : Meningkatnya Kualitas pelayanan",
        "Indikator Sasaran : Hasil Survei Kepuasan Masyarakat (SKM).",
        "2. Sasaran 2 : Meningkatnya Koordinasi Pemerintahan",
        "Indikator Sasaran : Prosentase rekomendasi yang ditindaklanjuti.",
        "2. Program dan Indikator Program",  # the outer list goes on: the inner one ended
        "a. Program Pelayanan Umum",
    ]
    assert run(document_of(*[line.format(n="2 (dua)") for line in lines])) == []
    findings = run(document_of(*[line.format(n="3 (tiga)") for line in lines]))
    assert [(f.found, f.expected) for f in findings] == [("3 (tiga) sasaran", "2 (dua) sasaran")]


def test_a_list_of_unnamed_items(document_of):
    doc = document_of(
        "Visi tersebut diwujudkan melalui 3 (tiga) misi, yaitu :",
        "1) Melaksanakan Reformasi Birokrasi",
        "2) Mewujudkan Pemenuhan Kebutuhan Dasar",
        "BAB III AKUNTABILITAS KINERJA",
    )
    findings = run(doc)
    assert [(f.found, f.expected) for f in findings] == [("3 (tiga) misi", "2 (dua) misi")]


def test_one_program_and_one_activity_as_announced(document_of, table_from_rows):
    table = table_from_rows([["", "Uraian", "Target", "Realisasi", "%"],
                             ["Masukan", "Anggaran", "400.681.000", "391.222.000", "98 %"]])
    doc = document_of(
        "Program dan kegiatan yang mendukung sasaran 1 terdiri dari 1 (satu) program dan "
        "1 (satu) kegiatan sebagai berikut :",
        "1. Program: Penyelenggaraan urusan pemerintahan di kecamatan",
        "Kegiatan Peningkatan efektifitas pelayanan kepada masyarakat",
        table,
        "II. Tujuan 2 Sasaran 1 : Koordinasi Penyelenggaraan kegiatan pemerintahan.",
        "1. Program: Koordinasi Penyelenggaraan kegiatan pemerintahan",
    )
    assert run(doc) == []


def test_each_noun_of_a_sentence_is_counted(document_of):
    doc = document_of(
        "Sasaran 2 didukung oleh 2 (dua) program dan 3 (tiga) kegiatan sebagai berikut :",
        "1. Program: Koordinasi Penyelenggaraan kegiatan pemerintahan",
        "Kegiatan peningkatan efektifitas kegiatan pemerintahan",
        "2. Program: Penyelenggaraan urusan pemerintahan umum",
        "Kegiatan Pelaksanaan tugas forum koordinasi pimpinan",
        "C. AKUNTABILITAS KEUANGAN",
    )
    findings = run(doc)
    assert [(f.found, f.expected) for f in findings] == [("3 (tiga) kegiatan", "2 (dua) kegiatan")]


def test_labels_from_the_extractor(document_of):
    doc = document_of(
        "Program utama tahun 2023 sebanyak 3 (tiga) program yaitu :",
        labelled("a.", "Program Koordinasi Pemerintahan", 2),
        labelled("b.", "Program Pelayanan Umum", 3),
        "BAB III AKUNTABILITAS KINERJA",
    )
    findings = run(doc)
    assert [(f.found, f.expected) for f in findings] == [("3 (tiga) program", "2 (dua) program")]


def test_unclear_ends_are_not_judged(document_of, table_from_rows):
    numbering_breaks = document_of(
        "Sebanyak 4 (empat) kegiatan yaitu :",
        "1. Kegiatan A", "2. Kegiatan B", "2. Kegiatan C",
    )
    given_as_a_table = document_of(
        "Sebanyak 4 (empat) kegiatan yaitu :",
        table_from_rows([["No", "Kegiatan"], ["1", "Kegiatan A"]]),
    )
    prose_follows = document_of(
        "Sebanyak 4 (empat) kegiatan sebagai berikut :",
        "Seluruh kegiatan dilaksanakan oleh seksi terkait sepanjang tahun.",
        "1. Kegiatan A",
    )
    assert run(numbering_breaks) == []
    assert run(given_as_a_table) == []
    assert run(prose_follows) == []


def test_sentences_that_announce_nothing(document_of):
    doc = document_of(
        "Sebanyak 2 (dua) indikator capaian di atas target yaitu dalam kategori Baik dan Baik, ini merupakan upaya.",
        "Hal ini dapat dilihat dari hasil pengukuran 1 (satu) indikator sasaran Survei Kepuasan Masyarakat (SKM).",
        "1. Kegiatan A",
        "Dari 10 (sepuluh) program, terdapat 2 (dua) program prioritas yaitu :",
        "a. Program Koordinasi",
        "b. Program Pelayanan",
        "BAB IV PENUTUP",
    )
    assert run(doc) == []


def test_claims_of_one_sentence_share_one_list(document_of):
    """"3 (tiga) sasaran strategis dan 1 (satu) sasaran non strategis yaitu :" and four items."""
    lines = ["Sasaran yang ingin dicapai terdiri dari 3 (tiga) sasaran strategis dan 1 (satu) sasaran non strategis "
             "yaitu :", "1. Meningkatnya peran serta perempuan", "2. Meningkatnya perlindungan anak",
             "3. Meningkatnya keluarga berkualitas", "4. Meningkatnya kualitas pelayanan administrasi",
             "C. PERJANJIAN KINERJA"]
    assert run(document_of(*lines)) == []
    lines[4] = "4. Meningkatnya kualitas pelayanan administrasi"
    lines.insert(5, "5. Meningkatnya kualitas data")
    assert [f.found for f in run(document_of(*lines))] == ["3 (tiga) sasaran strategis", "1 (satu) sasaran"]


SASARAN_WITH_INDICATORS_NUMBERED_ON = [
    "Adapun untuk {sasaran} sasaran strategis dengan {indicators} indikator sasarannya adalah sebagai berikut:",
    "1. Sasaran Strategis 1: Meningkatnya Produksi", "1) Persentase peningkatan produksi",
    "2) Persentase peningkatan produktivitas", "2. Sasaran Strategis 2: Meningkatnya Benih Unggul",
    "3) Persentase peningkatan benih", "4) Persentase benih tersertifikasi",
    "3. Sasaran Strategis 3: Terkendalinya Lahan", "5) Persentase luas lahan",
    "C. PERJANJIAN KINERJA",
]


def test_indicators_numbered_on_across_their_sasaran_are_one_list(document_of):
    """Indicators numbered 1) 2) under sasaran 1., then 3) 4) under 2., 5) under 3.: the
    sasaran are the three outer items, the indicators five."""
    lines = [line.format(sasaran=3, indicators=5) for line in SASARAN_WITH_INDICATORS_NUMBERED_ON]
    assert run(document_of(*lines)) == []
    lines = [line.format(sasaran=4, indicators=5) for line in SASARAN_WITH_INDICATORS_NUMBERED_ON]
    findings = run(document_of(*lines))
    assert [(f.found, f.expected) for f in findings] == [("4 sasaran strategis", "3 (tiga) sasaran strategis")]


def test_an_item_wrapped_over_two_pdf_lines_is_one_item():
    from lkjip_lint.model import Document

    def line(text, n, page=9):
        return Paragraph(text=text, index=n, location=Location(file="r.pdf", page=page, line=n, paragraph=n))
    blocks = (line("Kegiatan yang dilaksanakan sebanyak 2 (dua) kegiatan yaitu :", 0),
              line("a. Program Koordinasi terdiri kegiatan-kegiatan :", 1),
              line("1. Kegiatan : Koordinasi Penyelenggaraan Pemerintahan", 2),
              line("b. Program Penyelenggaraan Pelayanan Umum Kecamatan terdiri kegiatan-", 3),
              line("kegiatan :", 4),
              line("1. Kegiatan : Koordinasi Pelayanan Umum", 5),
              line("C. PERJANJIAN KINERJA", 6))
    assert run(Document("r.pdf", "pdf", blocks)) == []
