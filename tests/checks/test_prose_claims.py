from lkjip_lint.checks import prose_claims
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.model import Location, Paragraph
from lkjip_lint.textutil import shorten
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

from ..conftest import FIXTURES, SAMPLES, build_document

SKM = "Hasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik"
COORDINATION = "Prosentase rekomendasi hasil koordinasi bidang pemerintahan yang ditindaklanjuti dalam satu tahun"


def run(*blocks, document_of, rules=None):
    findings = list(prose_claims.check(Facts([document_of(*blocks)], load_packs()), Config()))
    return [f for f in findings if rules is None or f.rule in rules]


def item(text: str, label: str, index: int) -> Paragraph:
    return Paragraph(text=text, index=index, location=Location(file="report.txt", paragraph=index), list_label=label)


def breakdown_table(table_from_rows, operasi="Rp. 17.255.971.010"):
    return table_from_rows([
        ["a. Belanja Operasi", "", operasi],
        ["Belanja Pegawai", "Rp. 9.971.300.660", ""],
        ["Belanja Barang/jasa", "Rp. 7.284.670.350", ""],
        ["b. Belanja Modal", "", "Rp. 481.181.300"],
        ["- Belanja Modal....", "Rp. 481.181.300", ""],
    ])


BUDGET_INTRO = "Keseluruhan anggaran Kecamatan tahun 2021 adalah sebesar Rp17.737.152.310 yang terdiri dari:"


# --- LKJ401 ------------------------------------------------------------------------------------

def test_shares_listed_after_a_breakdown(table_from_rows, document_of):
    findings = run(BUDGET_INTRO, breakdown_table(table_from_rows),
                   "Proporsi Anggaran pada tahun 2021, Belanja Operasi sebesar 82% dan Belanja Modal sebesar 18%",
                   document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [
        ("LKJ401", "82%", "97,29 %"), ("LKJ401", "18%", "2,71 %")]
    assert findings[0].evidence == "17.255.971.010 / 17.737.152.310 × 100 = 97,29"
    assert "share of 'Belanja Operasi'" in render(findings[0])


def test_correct_shares_are_silent(table_from_rows, document_of):
    assert run(BUDGET_INTRO, breakdown_table(table_from_rows),
               "Proporsi Anggaran pada tahun 2021, Belanja Operasi sebesar 97,29% dan Belanja Modal sebesar 2,7%",
               document_of=document_of) == []


def budget_realisation_table(table_from_rows):
    return table_from_rows([
        ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"],
        ["I", "Program Penunjang", "1.240.488.150", "1.186.528.863", "95.65 %"],
        ["II", "Program Penyelenggaraan", "3.071.415.500", "3.094.283.480", "100.74 %"],
        ["III", "Program Pemberdayaan", "2.758.409.000", "168.448.000", "6.11 %"],
        ["IV", "Program Ketertiban", "572.419.000", "318.748.000", "55.68 %"],
        ["V", "Program Pemerintahan Umum", "123.120.000", "44.800.000", "36.39 %"],
        ["", "TOTAL", "7.765.851.650", "4.812.808.343", "61.97 %"],
    ])


def test_share_of_a_whole_tabulated_elsewhere(table_from_rows, document_of):
    findings = run(
        "Keseluruhan anggaran belanja langsung per program pada Kecamatan tahun 2021 terdiri dari:",
        budget_realisation_table(table_from_rows),
        "Keseluruhan anggaran Program sejumlah Rp 1.218.210.150 yang dialokasikan untuk sasaran I adalah "
        "sebesar 16 % dari keseluruhan belanja langsung Kecamatan Sumbersari",
        "Keseluruhan anggaran Program sejumlah Rp 2.857.294.000 yang dialokasikan untuk sasaran II adalah "
        "sebesar 75% dari keseluruhan belanja langsung Kecamatan Sumbersari",
        document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ401", "75%", "36,79 %")]
    assert findings[0].evidence == "2.857.294.000 / 7.765.851.650 × 100 = 36,79"
    assert findings[0].location.paragraph == 3


def test_share_of_a_whole_the_text_does_not_give(table_from_rows, document_of):
    # "belanja langsung" is named nowhere near a budget table: the whole is unknown
    assert run(budget_realisation_table(table_from_rows),
               "Keseluruhan anggaran Program sejumlah Rp 2.857.294.000 adalah sebesar 75% dari keseluruhan belanja "
               "langsung", document_of=document_of) == []


def test_realisation_share_of_a_pagu_in_the_same_sentence(document_of):
    findings = run(
        "Pagu anggaran tahun 2021 sebesar Rp 200.000.000 dengan realisasi sebesar Rp 150.000.000 (70%).",
        "Realisasi belanja sebesar Rp 90.000.000 atau 90% dari pagu sebesar Rp 100.000.000.",
        document_of=document_of)
    assert [(f.found, f.expected) for f in findings] == [("70%", "75,00 %")]


def test_realisation_share_of_a_pagu_in_the_same_paragraph(document_of):
    findings = run(
        "Pagu anggaran Dinas tahun 2021 sebesar Rp 200.000.000. Realisasi sampai Desember sebesar "
        "Rp 150.000.000 atau 70% dari pagu anggaran.",
        document_of=document_of)
    assert [(f.found, f.expected) for f in findings] == [("70%", "75,00 %")]



def test_a_share_of_rounded_amounts_may_be_the_share_of_the_exact_ones(document_of):
    findings = run(
        "Pagu anggaran tahun 2023 sebesar Rp3,15 miliar dengan realisasi sebesar Rp2,98 miliar atau 94,80%.",
        "Pagu anggaran kegiatan sebesar Rp1,20 miliar dengan realisasi sebesar Rp1,10 miliar atau 95,00%.",
        document_of=document_of)
    assert [(f.found, f.expected) for f in findings] == [("95,00%", "91,67 %")]

def test_sentences_that_look_like_claims_but_are_not(table_from_rows, document_of):
    sentences = [
        # a percentage next to an amount whose base is not in the text
        "Sedangkan realisasi Penyerapan Anggaran sebesar Rp 14.463.930.781 (82.04%) meliputi belanja tidak "
        "langsung sebesar Rp 7.184.254.363 (78.54%) dan Belanja langsung sebesar Rp 4.681.378.843 (88.08%),",
        "Sedangkan realisasi belanja langsung sebesar Rp 4.681.378.843 atau 88.08% dari pagu anggaran.",
        # a percentage of something else
        "Belanja Operasi sebesar 82% dari target nasional tercapai.",
        # a range and a regulation number
        "Capaian 76 % s/d 100 % termasuk kategori Baik sesuai Permenpan RB Nomor 53 Tahun 2014.",
    ]
    assert run(*sentences, document_of=document_of, rules={"LKJ401"}) == []


def test_a_whole_broken_down_by_meliputi_is_the_amount_printed_like_its_parts(document_of):
    """"realisasi Rp A (P%) dari alokasi Rp B meliputi X Rp C (P%) dan Y Rp D (P%)": the
    parts are realisations with their shares, so their whole is A, not the allocation B."""
    findings = run("Sedangkan realisasi Penyerapan Anggaran sebesar Rp 11.993.062.706 (67,40%) dari alokasi "
                   "Rp 17.800.591.810 meliputi belanja tidak langsung sebesar Rp 7.184.254.363 (72,05%) dan "
                   "Belanja langsung sebesar Rp 4.812.808.343 (61,47%).", document_of=document_of, rules={"LKJ402"})
    assert [(f.found, f.expected) for f in findings] == [("Rp 11.993.062.706", "Rp 11.997.062.706")]
    assert run("Sedangkan realisasi Penyerapan Anggaran sebesar Rp 11.997.062.706 (67,40%) dari alokasi "
               "Rp 17.800.591.810 meliputi belanja tidak langsung sebesar Rp 7.184.254.363 (72,05%) dan "
               "Belanja langsung sebesar Rp 4.812.808.343 (61,47%).", document_of=document_of, rules={"LKJ402"}) == []


# --- LKJ402 ------------------------------------------------------------------------------------

def test_the_sample_breakdown_adds_up(table_from_rows, document_of):
    assert run(BUDGET_INTRO, breakdown_table(table_from_rows), document_of=document_of, rules={"LKJ402"}) == []


def test_parts_that_do_not_add_up(table_from_rows, document_of):
    intro = BUDGET_INTRO.replace("Rp17.737.152.310", "Rp17.900.000.000")
    findings = run(intro, breakdown_table(table_from_rows, operasi="Rp. 17.320.000.000"),
                   document_of=document_of, rules={"LKJ402"})
    assert sorted((f.found, f.expected) for f in findings) == [
        ("Rp. 17.320.000.000", "Rp 17.255.971.010"),  # Belanja Operasi against its sub-parts
        ("Rp17.900.000.000", "Rp 17.801.181.300"),   # the whole against a. + b., either way
    ]
    whole = next(f for f in findings if f.found == "Rp17.900.000.000")
    assert whole.evidence == "17.320.000.000 + 481.181.300 = 17.801.181.300"


def test_a_part_its_own_parts_contradict_is_the_one_reported(table_from_rows, document_of):
    """Belanja Operasi printed 17.255.971.000 while its parts add up to 17.255.971.010, with
    which the whole adds up too: the part is what is wrong, not the whole."""
    findings = run(BUDGET_INTRO, breakdown_table(table_from_rows, operasi="Rp. 17.255.971.000"),
                   document_of=document_of, rules={"LKJ402"})
    assert [(f.found, f.expected) for f in findings] == [("Rp. 17.255.971.000", "Rp 17.255.971.010")]


def test_inline_breakdown(document_of):
    findings = run("Belanja daerah sebesar Rp 300.000.000 yang terdiri dari Belanja Pegawai Rp 100.000.000 "
                   "dan Belanja Barang dan Jasa Rp 150.000.000.", document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ402", "Rp 300.000.000", "Rp 250.000.000")]
    assert "2 listed parts add up to Rp 250.000.000" in render(findings[0])


def test_list_then_total():
    def document(total):
        return build_document(
            "Didukung oleh :",
            item("Program Pelayanan Umum Kecamatan Dengan Anggaran Rp 1.021.253.900", "-", 2),
            item("Pemeliharaan Barang milik daerah dengan Anggaran Rp 196.956.250", "-", 3),
            f"Keseluruhan anggaran Program sejumlah Rp {total} yang dialokasikan untuk sasaran I.",
        )
    assert list(prose_claims.check(Facts([document("1.218.210.150")], load_packs()), Config())) == []
    findings = list(prose_claims.check(Facts([document("1.281.210.150")], load_packs()), Config()))
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ402", "Rp 1.281.210.150", "Rp 1.218.210.150")]


def test_a_sentence_after_the_list_is_not_a_part():
    document = build_document(
        "Anggaran kegiatan sebesar Rp 10.000.000 yang terdiri dari:",
        item("Belanja Pegawai Rp 6.000.000", "a.", 2),
        item("Belanja Barang Rp 4.000.000", "b.", 3),
        "Realisasi anggaran sampai dengan akhir tahun sebesar Rp 9.000.000 atau 90% dari pagu.",
    )
    findings = list(prose_claims.check(Facts([document], load_packs()), Config()))
    assert findings == []


def test_a_total_of_something_more_specific_than_the_list():
    document = build_document(
        "Didukung oleh :",
        item("Program Pelayanan Umum dengan Anggaran Rp 1.021.253.900", "-", 2),
        item("Program Pemeliharaan dengan Anggaran Rp 196.956.250", "-", 3),
        "Total anggaran belanja langsung sebesar Rp 7.765.851.650.",
    )
    assert list(prose_claims.check(Facts([document], load_packs()), Config())) == []


# --- LKJ403 / LKJ404 ---------------------------------------------------------------------------

def measurement_table(table_from_rows, skm_realisation="B (72,1%)", skm_capaian="B (72.1%)"):
    return table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI", "CAPAIAN"],
        ["1", "Meningkatnya Kualitas Pelayanan", SKM, "B (80%)", skm_realisation, skm_capaian],
        ["2", "Meningkatnya Koordinasi", COORDINATION, "100%", "100 %", "100 %"],
    ], caption="Tabel 3.1 Pengukuran Realisasi Kinerja Tahun 2021")


def sasaran_tables(table_from_rows, realisation="B(72,1%)"):
    comparison = table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI"],
        ["1", "Meningkatnya Kualitas Pelayanan", "1 Hasil Survei Kepuasan Masyarakat (SKM) pada bidang Pelayanan",
         "B(80%)", realisation],
    ], caption="Tabel 3.2")
    national = table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "REALISASI NASIONAL"],
        ["1", "N", "I", "H"],
    ], caption="Tabel 3.4")
    return comparison, national


def test_average_against_the_recomputed_capaian(table_from_rows, document_of):
    findings = run(measurement_table(table_from_rows), "Tujuan 1 Sasaran 1 : Meningkatkan Kualitas Pelayanan",
                   *sasaran_tables(table_from_rows),
                   "Dari tabel diatas rata-rata capaian sasaran sebesar 72 %, sehingga pencapaian sasaran tersebut "
                   "adalah berhasil.", document_of=document_of, rules={"LKJ403"})
    assert [(f.found, f.expected) for f in findings] == [("72 %", "90,13 %")]
    assert "72,1 / 80 × 100 = 90,13 (printed B (72.1%))" in findings[0].evidence


def test_right_average_is_silent(table_from_rows, document_of):
    assert run(measurement_table(table_from_rows, "B (78,1%)", "97,63 %"), *sasaran_tables(table_from_rows, "B(78,1%)"),
               "Dari tabel diatas rata-rata capaian sasaran sebesar 97,63 %, sehingga pencapaian sasaran tersebut "
               "adalah berhasil.", document_of=document_of, rules={"LKJ403"}) == []


def test_average_of_indicators_that_cannot_be_matched_is_silent(table_from_rows, document_of):
    other = table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI"],
        ["1", "Sasaran lain", "Persentase desa yang menyusun profil desa tepat waktu", "80 %", "70 %"],
    ])
    assert run(measurement_table(table_from_rows), other, "Rata-rata capaian sasaran sebesar 72 %.",
               document_of=document_of, rules={"LKJ403"}) == []


def test_count_of_indicators_above_target(table_from_rows, document_of):
    findings = run("Dimana sebanyak 2 (dua) indikator capaian diatas target yaitu dalam kategori Baik dan Baik.",
                   measurement_table(table_from_rows), document_of=document_of, rules={"LKJ404"})
    assert [(f.found, f.expected) for f in findings] == [("2", "1")]
    assert "2 indicator(s) diatas target" in render(findings[0])


def test_counts_that_hold(table_from_rows, document_of):
    sentences = [
        "Sebanyak 1 (satu) indikator di bawah target.",
        "Sebanyak 1 (satu) indikator mencapai target.",
        "Pada sasaran 2, sebanyak 1 (satu) indikator mencapai target.",
        "Dilakukan evaluasi terhadap 2 (dua) indikator kinerja dari 2 (dua) sasaran.",
    ]
    assert run(measurement_table(table_from_rows), *sentences, document_of=document_of, rules={"LKJ404"}) == []


def test_counts_about_another_year_are_left_alone(table_from_rows, document_of):
    findings = run("LAPORAN KINERJA TAHUN 2021", "Tahun Anggaran 2021.",
                   "Pada tahun 2020 sebanyak 2 (dua) indikator mencapai target.",
                   "Pada tahun 2021 sebanyak 2 (dua) indikator mencapai target.",
                   measurement_table(table_from_rows), document_of=document_of, rules={"LKJ404"})
    assert [f.snippet for f in findings] == ["Pada tahun 2021 sebanyak 2 (dua) indikator mencapai target."]


def test_count_when_the_sentence_covers_every_indicator(table_from_rows, document_of):
    findings = run("Dari 2 (dua) indikator, 0 (nol) indikator di bawah target.", measurement_table(table_from_rows),
                   document_of=document_of, rules={"LKJ404"})
    assert [(f.found, f.expected) for f in findings] == [("0", "1")]


def test_negative_indicator_below_its_target_value_has_met_it(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", "Menurunnya kematian ibu", "Angka kematian ibu melahirkan", "100", "80", "120 %"],
        ["2", "Menurunnya stunting", "Prevalensi stunting pada balita", "20 %", "25 %", "75 %"],
    ])
    assert run(table, "Sebanyak 1 (satu) indikator mencapai target dan 1 (satu) indikator di bawah target.",
               document_of=document_of, rules={"LKJ404"}) == []
    findings = run(table, "Sebanyak 2 (dua) indikator mencapai target.", document_of=document_of, rules={"LKJ404"})
    assert [(f.found, f.expected) for f in findings] == [("2", "1")]


# --- the sample --------------------------------------------------------------------------------

def test_sample_report():
    document = extract(SAMPLES / "lkjip-kecamatan-sumbersari-2021.txt")
    findings = list(prose_claims.check(Facts([document], load_packs()), Config()))
    assert [(f.rule, f.found, f.expected, f.location.line) for f in findings] == [
        ("LKJ401", "82%", "97,29 %", 485),
        ("LKJ401", "18%", "2,71 %", 485),
        ("LKJ401", "75%", "36,79 %", 536),
        ("LKJ403", "72 %", "90,13 %", 376),
        ("LKJ404", "2", "1", 77),
    ]


def test_corrected_report_is_silent():
    document = extract(FIXTURES / "corrected.txt")
    assert list(prose_claims.check(Facts([document], load_packs()), Config())) == []


# --- what the unseen reports taught ---------------------------------------------------------

def test_realisation_after_an_inline_breakdown_is_not_one_of_its_parts(document_of):
    def sentence(modal):
        return ("Pagu belanja Dinas Pariwisata Tahun 2022 sebesar Rp 1,000,000.00, terdiri atas Belanja Operasi "
                f"Rp 600,000.00 dan Belanja Modal Rp {modal}, dengan realisasi sebesar Rp 900,000.00 atau 90.00%.")
    assert run(sentence("400,000.00"), document_of=document_of) == []
    findings = run(sentence("410,000.00"), document_of=document_of)
    # the sum is printed in the style of the stated whole, not the Indonesian default
    assert [(f.rule, f.found, f.expected, f.evidence) for f in findings] == [
        ("LKJ402", "Rp 1,000,000.00", "Rp 1,010,000.00", "600,000.00 + 410,000.00 = 1,010,000.00")]


def test_parts_end_where_another_clause_begins(document_of):
    assert run("Anggaran kegiatan sebesar Rp 10.000.000 terdiri dari honorarium Rp 4.000.000 dan belanja bahan "
               "Rp 6.000.000, sedangkan kegiatan lain sebesar Rp 2.000.000.", document_of=document_of) == []


def test_a_remainder_is_never_the_base_of_a_share(document_of):
    def sentence(share):
        return (f"Pagu belanja Dinas Kesehatan Kabupaten Contoh Tahun 2022 sebesar Rp 200.000.000 dengan realisasi "
                f"Rp 150.000.000 atau {share}, sehingga terdapat sisa anggaran sebesar Rp 50.000.000.")
    assert run(sentence("75%"), document_of=document_of) == []
    findings = run(sentence("70%"), document_of=document_of)
    assert [(f.found, f.expected, f.evidence) for f in findings] == [
        ("70%", "75,00 %", "150.000.000 / 200.000.000 × 100 = 75,00")]


def test_the_base_is_the_budget_amount_nearest_before_the_share(document_of):
    findings = run("Pagu awal sebesar Rp 100.000.000 dan pagu perubahan sebesar Rp 120.000.000 dengan realisasi "
                   "sebesar Rp 90.000.000 atau 80%.", document_of=document_of)
    assert [(f.found, f.expected) for f in findings] == [("80%", "75,00 %")]


def test_a_breakdown_of_the_whole_named_back_by_tersebut(document_of):
    def paragraph(restoran):
        return ("Realisasi pendapatan Tahun 2022 sebesar Rp 300.000.000 atau 105% dari target Rp 285.714.286. "
                "Realisasi tersebut terdiri atas pajak hotel sebesar Rp 100.000.000 dan pajak restoran sebesar "
                f"Rp {restoran}.")
    assert run(paragraph("200.000.000"), document_of=document_of) == []
    findings = run(paragraph("150.000.000"), document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ402", "Rp 300.000.000", "Rp 250.000.000")]


def test_tersebut_naming_another_kind_of_amount_is_left_alone(document_of):
    # "Pagu tersebut" while the sentence before states only a realisation: no whole is known
    assert run("Realisasi belanja Tahun 2022 sebesar Rp 300.000.000. Pagu tersebut terdiri atas belanja operasi "
               "sebesar Rp 100.000.000 dan belanja modal sebesar Rp 150.000.000.", document_of=document_of) == []


def two_sasaran_table(table_from_rows, numbers=("1", "", "2", "")):
    return table_from_rows([
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [numbers[0], "Meningkatnya mutu layanan kesehatan dasar", "Persentase puskesmas terakreditasi utama",
         "50", "55", "110"],
        [numbers[1], "", "Persentase bayi baru lahir mendapat pelayanan", "100", "90", "90"],
        [numbers[2], "Meningkatnya kepuasan masyarakat atas layanan", "Indeks kepuasan masyarakat layanan kesehatan",
         "80", "76", "95"],
        [numbers[3], "", "Persentase pengaduan masyarakat yang ditindaklanjuti", "100", "85", "85"],
    ])


def test_average_of_a_named_sasaran_is_the_mean_of_its_own_indicators(table_from_rows, document_of):
    def sentence(second):
        return (f"Rata-rata capaian Sasaran 1 sebesar 100,00% (kategori Sangat Baik) dan rata-rata capaian "
                f"Sasaran 2 sebesar {second} (kategori Baik).")
    assert run(two_sasaran_table(table_from_rows), sentence("90,00%"), document_of=document_of,
               rules={"LKJ403"}) == []
    findings = run(two_sasaran_table(table_from_rows), sentence("92,00%"), document_of=document_of,
                   rules={"LKJ403"})
    assert [(f.found, f.expected) for f in findings] == [("92,00%", "90,00 %")]


def test_average_of_a_sasaran_whose_rows_cannot_be_told_apart_is_silent(table_from_rows, document_of):
    # the No column numbers the indicators, not the sasaran: which rows are "Sasaran 2" is unclear
    table = two_sasaran_table(table_from_rows, numbers=("1", "2", "3", "4"))
    assert run(table, "Rata-rata capaian Sasaran 2 sebesar 97,00%.", document_of=document_of,
               rules={"LKJ403"}) == []
    # nor does an average that speaks of two sasaran at once say which indicators it sums up
    assert run(two_sasaran_table(table_from_rows), "Rata-rata capaian Sasaran 1 dan 2 sebesar 97,00%.",
               document_of=document_of, rules={"LKJ403"}) == []


def test_average_in_a_summary_that_covers_every_indicator(table_from_rows, document_of):
    def summary(average):
        return f"Dari 4 (empat) indikator kinerja, rata-rata capaian kinerja sebesar {average}."
    assert run(summary("95,00%"), two_sasaran_table(table_from_rows), document_of=document_of,
               rules={"LKJ403"}) == []
    findings = run(summary("96,00%"), two_sasaran_table(table_from_rows), document_of=document_of,
                   rules={"LKJ403"})
    assert [(f.found, f.expected) for f in findings] == [("96,00%", "95,00 %")]



def test_an_overall_average_after_the_last_sasaran_tables(table_from_rows, document_of):
    last_sasaran = table_from_rows([
        ["No", "Indikator Kinerja", "Realisasi 2022", "Realisasi 2023"],
        ["1", "Indeks kepuasan masyarakat layanan kesehatan", "74", "75"],
        ["2", "Persentase pengaduan masyarakat yang ditindaklanjuti", "80", "82"],
    ], caption="Tabel 3.4 Perbandingan Realisasi Sasaran 2")

    def findings_for(summary):
        return run(two_sasaran_table(table_from_rows), "Sasaran 2 : Meningkatnya kepuasan masyarakat atas layanan",
                   last_sasaran, summary, document_of=document_of, rules={"LKJ403"})
    assert findings_for("Secara keseluruhan, dari 4 (empat) indikator kinerja, rata-rata capaian 95,00%.") == []
    assert findings_for("Secara keseluruhan, dari 3 (tiga) indikator kinerja, rata-rata capaian 95,00%.") == []
    wrong_overall = findings_for("Secara keseluruhan, dari 4 (empat) indikator kinerja, rata-rata capaian 96,00%.")
    assert [(f.found, f.expected) for f in wrong_overall] == [("96,00%", "95,00 %")]
    wrong_sasaran = findings_for("Dari 2 (dua) indikator sasaran ini, rata-rata capaian 95,00%.")
    assert [(f.found, f.expected) for f in wrong_sasaran] == [("95,00%", "90,00 %")]

def test_count_before_dari_is_the_count_and_the_total_follows(table_from_rows, document_of):
    assert run(measurement_table(table_from_rows), "Sebanyak 1 (satu) dari 2 (dua) indikator mencapai target.",
               document_of=document_of, rules={"LKJ404"}) == []
    findings = run(measurement_table(table_from_rows), "Sebanyak 0 (nol) dari 2 (dua) indikator mencapai target.",
                   document_of=document_of, rules={"LKJ404"})
    assert [(f.found, f.expected) for f in findings] == [("0", "1")]


def test_a_cited_regulation_year_does_not_make_a_sentence_about_another_year(table_from_rows, document_of):
    findings = run("LAPORAN KINERJA TAHUN 2021", "Tahun Anggaran 2021.",
                   "Sebanyak 2 (dua) indikator mencapai target menurut Permendagri Nomor 86 Tahun 2017.",
                   "Sebanyak 2 (dua) indikator mencapai target (Permenpan RB No. 14/2017).",
                   "Pada tahun 2020 sebanyak 2 (dua) indikator mencapai target menurut Nomor 86 Tahun 2017.",
                   measurement_table(table_from_rows), document_of=document_of, rules={"LKJ404"})
    assert [f.snippet for f in findings] == [
        "Sebanyak 2 (dua) indikator mencapai target menurut Permendagri Nomor 86 Tahun 2017.",
        "Sebanyak 2 (dua) indikator mencapai target (Permenpan RB No. 14/2017).",
    ]


# --- LKJ405 ------------------------------------------------------------------------------------

def test_a_formula_at_its_printed_precision(document_of):
    assert run("Capaian = 72,1 / 80 x 100 % = 90,12 %", document_of=document_of, rules={"LKJ405"}) == []  # truncated
    assert run("Capaian = 72,1 / 80 x 100 % = 90,13 %", document_of=document_of, rules={"LKJ405"}) == []  # rounded
    findings = run("Capaian = 72,1 / 80 x 100 % = 91,13 %", document_of=document_of, rules={"LKJ405"})
    assert [(f.found, f.expected) for f in findings] == [("91,13 %", "90,13 %")]
    assert findings[0].evidence == "72,1 / 80 × 100 % = 90,1250"


# --- LKJ406 ------------------------------------------------------------------------------------

def sasaran_table(table_from_rows, printed="100,00 %"):
    return table_from_rows([
        ["No", "Sasaran Strategis", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", "Meningkatnya Kualitas Pelayanan", SKM, "80", "72,1", "90,13 %"],
        ["2", "Meningkatnya Koordinasi", COORDINATION, "100", "100", printed],
    ], caption="Tabel 3.1 Pengukuran Kinerja Tahun 2021")


def test_a_capaian_quoted_for_a_sasaran_or_an_indicator(table_from_rows, document_of):
    sentences = [
        "Sasaran 2 : Meningkatnya Koordinasi mendapat predikat Baik. Hal ini dapat dilihat dari hasil pengukuran "
        "indikator sasaran dengan capaian 110,00% tergolong Sangat Baik.",
        f"Sasaran 1 diukur dengan indikator {SKM}, dengan capaian 80,13% tergolong Baik.",
    ]
    findings = run("LAPORAN KINERJA TAHUN 2021", *sentences, sasaran_table(table_from_rows),
                   document_of=document_of, rules={"LKJ406"})
    assert [(f.found, f.expected, f.param_dict()["subject"]) for f in findings] == [
        ("110,00%", "100,00 %", "Sasaran 2"), ("80,13%", "90,13 %", shorten(SKM))]
    assert all(r.role == "reference" for f in findings for r in f.related)


def test_quoted_capaian_that_agree_or_are_something_else(table_from_rows, document_of):
    sentences = [
        "Sasaran 2 : Meningkatnya Koordinasi. Hal ini dapat dilihat dengan capaian 100% tergolong Baik.",
        # the printed capaian is wrong (LKJ301's business), the quote is the recomputed one
        f"Indikator {SKM} dengan capaian 90,12 %.",
        "Sasaran 2 : realisasi anggaran dengan capaian 98,54% dari pagu.",  # a budget's share
        "Sasaran 2 : rata-rata capaian sebesar 72 %.",  # an average: LKJ403
        "Sasaran 2 : capaian tahun 2020 sebesar 95%.",  # another year
        "Capaian = (2 - Realisasi / Target) x 100%.",  # a formula
    ]
    assert run("LAPORAN KINERJA TAHUN 2021", *sentences, sasaran_table(table_from_rows),
               document_of=document_of, rules={"LKJ406"}) == []


# --- LKJ407 ------------------------------------------------------------------------------------

def belanja_langsung_table(table_from_rows, total="7.829.291.150"):
    return table_from_rows([
        ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN (%)"],
        ["I", "Program A", "5.000.000.000", "3.000.000.000", "60,00%"],
        ["II", "Program B", "2.829.291.150", "1.812.808.343", "64,07%"],
        ["", "TOTAL", total, "4.812.808.343", "61,47%"],
    ], caption="Tabel 3.8 Alokasi dan Realisasi Anggaran Belanja Langsung Per Program Tahun 2021")


IKHTISAR = ("Untuk mendukung pencapaian kinerja tahun 2021 dialokasikan dana dalam APBD Tahun Anggaran 2021 "
            "sebesar Rp 17.800.591.810, yang terdiri dari Belanja Tidak Langsung sebesar Rp 9.971.300.660 dan "
            "Belanja Langsung sebesar Rp {bl}.")


def test_a_named_budget_against_the_table_that_totals_it(table_from_rows, document_of):
    findings = run("LAPORAN KINERJA TAHUN 2021", IKHTISAR.format(bl="7.829.691.150"),
                   belanja_langsung_table(table_from_rows), document_of=document_of, rules={"LKJ407"})
    assert [(f.found, f.expected) for f in findings] == [("Rp 7.829.691.150", "7.829.291.150")]
    assert [r.role for r in findings[0].related] == ["reference"]


def test_a_table_total_its_rows_contradict_is_read_as_its_rows(table_from_rows, document_of):
    """TOTAL printed 7.829.921.150, its rows adding up to 7.829.291.150: the prose that agrees
    with the rows is not wrong."""
    assert run("LAPORAN KINERJA TAHUN 2021", IKHTISAR.format(bl="7.829.291.150"),
               belanja_langsung_table(table_from_rows, total="7.829.921.150"),
               document_of=document_of, rules={"LKJ407"}) == []


def test_totals_of_other_scopes_years_and_budgets_are_not_compared(table_from_rows, document_of):
    sentences = [
        IKHTISAR.format(bl="7.829.291.150"),
        "Keseluruhan anggaran sejumlah Rp 400.681.000 yang dialokasikan untuk sasaran I.",
        "Program Peningkatan Pelayanan memperoleh anggaran dari sumber Belanja Langsung APBD dengan alokasi "
        "sebesar Rp 3.571.250.000.",
        "Pada tahun 2020 Belanja Langsung sebesar Rp 6.000.000.000.",
        "Belanja Langsung APBD Perubahan sebesar Rp 8.000.000.000.",
        "Sedangkan realisasi Belanja Langsung sebesar Rp 4.812.808.343 (61,47%).",
        "Jumlah anggaran Belanja Tidak Langsung sebesar Rp.11.038,000,000.00 sehingga total anggaran …",
    ]
    assert run("LAPORAN KINERJA TAHUN 2021", *sentences, belanja_langsung_table(table_from_rows),
               document_of=document_of, rules={"LKJ407"}) == []


def test_two_prose_places_against_each_other_have_no_right_one(document_of):
    assert run("LAPORAN KINERJA TAHUN 2021", "Keseluruhan anggaran tahun 2021 adalah sebesar Rp 17.800.291.810.",
               "Realisasi sebesar Rp 11.997.062.706 (67,40%) dari alokasi Rp 17.800.591.810.",
               document_of=document_of, rules={"LKJ407"}) == []


def test_a_realisation_share_of_a_named_budget_stated_elsewhere(table_from_rows, document_of):
    findings = run("LAPORAN KINERJA TAHUN 2021", IKHTISAR.format(bl="7.829.291.150"),
                   "Sedangkan realisasi anggaran sampai dengan 31 Desember 2021 terdiri dari realisasi Belanja Tidak "
                   "Langsung sebesar Rp 7.184.254.363 (72,05%) dan Belanja Langsung sebesar Rp 4.812.808.343 "
                   "(614,70%).", belanja_langsung_table(table_from_rows),
                   document_of=document_of, rules={"LKJ401"})
    assert [(f.found, f.expected) for f in findings] == [("614,70%", "61,47 %")]
