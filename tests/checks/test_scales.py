from lkjip_lint.checks import scales
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

from ..conftest import FIXTURES, SAMPLES

SAMPLE_SCALE = [
    ["No", "CAPAIAN KINERJA", "KETERANGAN"],
    ["1.", "Lebih dari 100 %", "SANGAT BAIK"],
    ["2.", "76 % s/d 100 %", "BAIK"],
    ["2.", "55 % s/d 75 %", "CUKUP"],  # repeated item number: LKJ513's business
    ["3.", "Kurang dari 55 %", "KURANG"],
]
SKM = "Hasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik"
AVERAGE_72 = ("Dari tabel diatas rata-rata capaian sasaran sebesar 72 %, sehingga pencapaian sasaran tersebut "
              "adalah berhasil.")


def run(*blocks, document_of, rules=None):
    findings = list(scales.check(Facts([document_of(*blocks)], load_packs()), Config()))
    return [f for f in findings if rules is None or f.rule in rules]


def scale_table(table_from_rows, rows):
    body = [[str(i + 1), band, label] for i, (band, label) in enumerate(rows)]
    return table_from_rows([["No", "Capaian", "Kategori"]] + body)


# --- LKJ311 ----------------------------------------------------------------------------------

def test_the_sample_scale_is_consistent(table_from_rows, document_of):
    assert run(table_from_rows(SAMPLE_SCALE), document_of=document_of) == []


def test_whole_number_bands_have_no_gap(table_from_rows, document_of):
    table = scale_table(table_from_rows, [("≥ 91", "Sangat Tinggi"), ("76 – 90", "Tinggi"), ("66 – 75", "Sedang"),
                                          ("51 – 65", "Rendah"), ("x ≤ 50", "Sangat Rendah")])
    assert run(table, document_of=document_of) == []


def test_a_real_gap(table_from_rows, document_of):
    table = scale_table(table_from_rows, [("91 - 100", "Sangat Baik"), ("76 - 89", "Baik"), ("55 - 75", "Cukup"),
                                          ("< 55", "Kurang")])
    findings = run(table, document_of=document_of)
    assert [(f.rule, f.message_id, f.found) for f in findings] == [("LKJ311", "scale-gap", "91 - 100")]
    assert "between 89 and 91" in render(findings[0])



def test_a_gap_of_one_value_names_the_bands_that_leave_it_out(table_from_rows, document_of):
    table = scale_table(table_from_rows, [("x > 80", "Sangat Baik"), ("70 < x ≤ 80", "Baik"),
                                          ("60 < x < 70", "Cukup"), ("x ≤ 60", "Kurang")])
    findings = run(table, document_of=document_of)
    assert [(f.message_id, f.found) for f in findings] == [("scale-gap", "70 < x ≤ 80")]
    assert "between '60 < x < 70' and '70 < x ≤ 80'" in render(findings[0])

def test_a_gap_between_decimal_bands(table_from_rows, document_of):
    table = scale_table(table_from_rows, [("88,31 - 100", "Sangat Baik"), ("76,61 - 88,29", "Baik"),
                                          ("65,00 - 76,60", "Cukup"), ("< 65", "Kurang")])
    findings = run(table, document_of=document_of)
    assert [(f.message_id, f.found) for f in findings] == [("scale-gap", "88,31 - 100")]


def test_an_overlap(table_from_rows, document_of):
    table = scale_table(table_from_rows, [("≥ 100", "Sangat Baik"), ("76 - 100", "Baik"), ("55 - 75", "Cukup"),
                                          ("< 55", "Kurang")])
    findings = run(table, document_of=document_of)
    assert [(f.message_id, f.found) for f in findings] == [("scale-overlap", "≥ 100")]
    assert "100 belongs to both" in render(findings[0])


def test_bands_out_of_order(table_from_rows, document_of):
    shuffled = scale_table(table_from_rows, [("> 100", "Sangat Baik"), ("55 - 75", "Cukup"), ("76 - 100", "Baik"),
                                             ("< 55", "Kurang")])
    findings = run(shuffled, document_of=document_of)
    assert [(f.message_id, f.found) for f in findings] == [("scale-order", "76 - 100")]
    assert "after '55 - 75'" in render(findings[0])

    swapped_names = scale_table(table_from_rows, [("> 100", "Sangat Baik"), ("76 - 100", "Cukup"), ("55 - 75", "Baik"),
                                                  ("< 55", "Kurang")])
    findings = run(swapped_names, document_of=document_of)
    assert [(f.message_id, f.found) for f in findings] == [("scale-names-order", "76 - 100")]
    assert "covers higher values than 'Baik' (55 - 75)" in render(findings[0])


# --- LKJ321 ----------------------------------------------------------------------------------

def test_average_called_successful_while_the_scale_says_cukup(table_from_rows, document_of):
    findings = run(table_from_rows(SAMPLE_SCALE), AVERAGE_72, document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ321", "berhasil", "Cukup")]
    f = findings[0]
    assert f.snippet == AVERAGE_72
    assert f.evidence.startswith("72 % → 55 % s/d 75 % = Cukup [report scale")
    assert f.location.paragraph == 1


CITING = "Capaian kinerja dinilai menurut Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017."


def test_without_a_scale_of_its_own_predicates_are_left_alone(document_of):
    """No printed scale and no cited regulation: no borrowed default judges the report."""
    assert run(AVERAGE_72, document_of=document_of) == []
    assert run("Capaian kinerja sebesar 60 % dengan kategori Sangat Baik.", document_of=document_of) == []


def test_the_scale_of_a_cited_regulation_is_named_in_the_finding(document_of):
    findings = run(CITING, "Capaian kinerja sebesar 60 % dengan kategori Sangat Baik.", document_of=document_of)
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("Sangat Baik", "Kurang", "predicate-mismatch-regulation")]
    assert "[scale of Permendagri 86/2017, cited by the report" in findings[0].evidence
    assert "Permendagri 86/2017, which the report cites" in render(findings[0])
    assert "yang dirujuk laporan" in render(findings[0], "id")


def test_under_a_cited_regulation_its_bands_decide(document_of):
    # 95 % is Sangat Baik by Permendagri 86/2017 (≥ 91), though a kecamatan's own scale might say Baik
    assert run(CITING, "Capaian kinerja sebesar 95 % dengan kategori Sangat Baik.", document_of=document_of) == []


def test_predicates_that_fit(table_from_rows, document_of):
    sentences = [
        "Dari tabel diatas rata-rata capaian sebesar 97,63 %, sehingga pencapaian sasaran tersebut adalah berhasil.",
        "Capaian kinerja sebesar 72 % termasuk kategori Cukup.",
        "Capaian kinerja sebesar 75,5 % termasuk kategori Baik.",  # the seam between 75 and 76
        "Capaian sebesar 101 % dengan predikat Sangat Baik.",
    ]
    assert run(table_from_rows(SAMPLE_SCALE), *sentences, document_of=document_of) == []


def test_sentences_that_only_look_like_predicates(table_from_rows, document_of):
    sentences = [
        "Kegiatan telah dilaksanakan dengan baik dan capaian sebesar 60 %.",  # no cue before "baik"
        "Capaian lebih dari 100 % dikategorikan Sangat Baik.",  # the scale itself, in prose
        "Capaian 76 % s/d 100 % dikategorikan Baik.",
        "Realisasi anggaran sebesar 39 % dengan kategori baik.",  # a budget share, not an achievement
        "Berdasarkan Peraturan Menteri Nomor 53 Tahun 2014, capaian dinilai dengan kategori Baik.",
    ]
    assert run(table_from_rows(SAMPLE_SCALE), *sentences, document_of=document_of) == []


def test_a_sentence_naming_an_indicator(table_from_rows, document_of):
    measurement = table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", "Menurunnya kematian ibu", "Angka kematian ibu melahirkan", "100", "80", "120 %"],
        ["2", "Meningkatnya pelayanan", SKM, "B (80%)", "B (72,1%)", "B (72.1%)"],
    ])
    wrong = "Hal ini dapat dilihat dari indikator Angka kematian ibu melahirkan dengan capaian tergolong Kurang."
    findings = run(table_from_rows(SAMPLE_SCALE), measurement, wrong, document_of=document_of, rules={"LKJ321"})
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("Kurang", "Sangat Baik", "predicate-mismatch-indicator")]
    # Baik fits the recomputed 90,13 % although the printed capaian (72,1) is Cukup: LKJ302 reports that.
    fits_recomputed = "Indikator Hasil Survei Kepuasan Masyarakat (SKM), dengan capaian tergolong Baik."
    assert run(table_from_rows(SAMPLE_SCALE), measurement, fits_recomputed, document_of=document_of,
               rules={"LKJ321"}) == []



def test_a_band_word_of_the_indicator_name_is_not_a_verdict(table_from_rows, document_of):
    measurement = table_from_rows([
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase sekolah dengan akreditasi kategori Baik", "80 %", "88 %", "110 %"],
    ])
    quoted = "Masih terdapat sekolah yang belum memperoleh akreditasi kategori Baik."
    verdict = "Indikator persentase sekolah dengan akreditasi tergolong Kurang."
    findings = run(table_from_rows(SAMPLE_SCALE), measurement, quoted, verdict, document_of=document_of,
                   rules={"LKJ321"})
    assert [(f.found, f.expected, f.location.paragraph) for f in findings] == [("Kurang", "Sangat Baik", 2)]



def test_verdict_words_judged_by_the_reports_own_verdict_scale(table_from_rows, document_of):
    verdict_scale = scale_table(table_from_rows, [("x ≥ 85", "Sangat Berhasil"), ("70 ≤ x < 85", "Berhasil"),
                                                  ("55 ≤ x < 70", "Cukup Berhasil"), ("x < 55", "Tidak Berhasil")])
    measurement = table_from_rows([
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Kriteria"],
        ["1", "Pertumbuhan produksi tanaman pangan daerah", "3,20", "2,32", "72,50", "Berhasil"],
        ["2", "Persentase kelompok tani yang dibina", "80", "58", "72,50", "Cukup Berhasil"],
    ], index=2)
    findings = run(verdict_scale, measurement, "Capaian kinerja sebesar 72,50 % adalah berhasil.",
                   document_of=document_of, rules={"LKJ321"})
    assert [(f.found, f.expected, f.location.row) for f in findings] == [("Cukup Berhasil", "Berhasil", 3)]


def test_a_polarity_phrase_does_not_choose_the_scale(document_of):
    findings = run(CITING, "Indikator angka kemiskinan merupakan indikator dengan polaritas negatif, yaitu semakin "
                   "rendah semakin baik.", "Capaian kinerja sebesar 60 % adalah berhasil.", document_of=document_of)
    assert [(f.found, f.expected) for f in findings] == [("berhasil", "Rendah")]

def test_predicate_column_of_a_measurement_table(table_from_rows, document_of):
    measurement = table_from_rows([
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori"],
        ["1", "Persentase dokumen perencanaan tepat waktu", "100 %", "90 %", "90 %", "Sangat Baik"],
        ["2", "Persentase layanan perizinan selesai", "100 %", "60 %", "60 %", "Cukup"],
    ])
    findings = run(table_from_rows(SAMPLE_SCALE), measurement, document_of=document_of, rules={"LKJ321"})
    assert [(f.found, f.expected, f.location.row, f.location.column_label) for f in findings] == [
        ("Sangat Baik", "Baik", 2, "Kategori")]


# --- LKJ322 ----------------------------------------------------------------------------------

def test_skm_letter_must_fit_its_index(table_from_rows, document_of):
    table = table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI", "CAPAIAN"],
        ["1", "Meningkatnya Kualitas Pelayanan", SKM, "B (80%)", "B (72,1%)", "B (72.1%)"],
        ["2", "Meningkatnya Koordinasi", "Persentase rekomendasi ditindaklanjuti", "A (95%)", "C (90%)", "95 %"],
    ])
    findings = run(table, document_of=document_of, rules={"LKJ322"})
    assert [(f.found, f.expected, f.location.column_label) for f in findings] == [("B (72,1%)", "C", "REALISASI")]
    assert findings[0].evidence == "72,1 → C (65,00–76,60, Permenpan RB 14/2017)"
    assert "72,1 is grade C" in render(findings[0])


def test_each_wrong_form_once_per_cell(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Indikator", "Realisasi"],
        ["1", "Nilai IKM", "B (72,1%) / B(72,1%) / A (90,5)"],
    ])
    findings = run(table, document_of=document_of, rules={"LKJ322"})
    assert [f.found for f in findings] == ["B (72,1%)"]


def test_skm_in_prose(document_of):
    findings = run(
        "Nilai Survei Kepuasan Masyarakat tahun ini B (76,6%), naik dari tahun lalu.",
        "Akreditasi sekolah memperoleh nilai A (85%) pada tahun 2021.",  # not about the survey
        "Nilai SKM sebesar B (80%) telah sesuai target.",
        document_of=document_of, rules={"LKJ322"})
    assert [(f.found, f.expected) for f in findings] == [("B (76,6%)", "C")]


# --- the sample --------------------------------------------------------------------------------

def test_sample_report():
    document = extract(SAMPLES / "lkjip-kecamatan-sumbersari-2021.txt")
    findings = list(scales.check(Facts([document], load_packs()), Config()))
    assert [(f.rule, f.found, f.expected, f.location.line) for f in findings] == [
        ("LKJ321", "berhasil", "Cukup", 376),
        ("LKJ322", "B (72,1%)", "C", 337),   # Tabel 3.1 realisation
        ("LKJ322", "B(72,1%)", "C", 354),    # Tabel 3.2, both years
        ("LKJ322", "B(72,1%)", "C", 354),
        ("LKJ322", "B (100%)", "A", 363),    # Tabel 3.3 end-of-Renstra target
        ("LKJ322", "B (72,1%)", "C", 363),
    ]


def test_corrected_report():
    document = extract(FIXTURES / "corrected.txt")
    findings = list(scales.check(Facts([document], load_packs()), Config()))
    assert findings == []


# --- every predicate after a value; counts of indicators in a band -----------------------------

def test_each_predicate_after_the_value_is_judged(table_from_rows, document_of):
    findings = run(table_from_rows(SAMPLE_SCALE),
                   "Dari tabel diatas rata-rata capaian sasaran sebesar 100,00%, sehingga pencapaian sasaran tersebut "
                   "adalah berhasil dengan kategori Kurang.", document_of=document_of, rules={"LKJ321"})
    assert [(f.found, f.expected) for f in findings] == [("Kurang", "Baik")]
    assert run(table_from_rows(SAMPLE_SCALE),
               "Dari tabel diatas rata-rata capaian sasaran sebesar 100,00%, sehingga pencapaian sasaran tersebut "
               "adalah berhasil dengan kategori Baik.", document_of=document_of, rules={"LKJ321"}) == []


def measured(table_from_rows, capaian=("90,13 %", "100,00 %")):
    return table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", "Meningkatnya pelayanan", SKM, "80", "72,1", capaian[0]],
        ["2", "Meningkatnya koordinasi", "Persentase rekomendasi koordinasi yang ditindaklanjuti", "100", "100",
         capaian[1]],
    ], index=2, caption="Tabel 3.1 Pengukuran Kinerja Tahun 2021")


def test_a_count_of_indicators_in_a_band(table_from_rows, document_of):
    claim = ("Kinerja telah dilaksanakan dengan baik, dimana sebanyak 2 (dua) indikator sasaran memperoleh "
             "capaian dalam kategori {band}.")
    findings = run("LAPORAN KINERJA TAHUN 2021", table_from_rows(SAMPLE_SCALE), measured(table_from_rows),
                   claim.format(band="Sangat Baik"), document_of=document_of, rules={"LKJ321"})
    assert [(f.found, f.expected, f.message_id) for f in findings] == [
        ("2 (dua)", "0", "predicate-count-mismatch")]
    assert [r.role for r in findings[0].related] == ["reference", "reference"]
    assert run("LAPORAN KINERJA TAHUN 2021", table_from_rows(SAMPLE_SCALE), measured(table_from_rows),
               claim.format(band="Baik"), document_of=document_of, rules={"LKJ321"}) == []


def test_counts_that_speak_of_something_else(table_from_rows, document_of):
    sentences = [
        # a subset: one of two indicators is Baik
        "Sebanyak 1 (satu) indikator memperoleh capaian dalam kategori Baik.",
        # the predicate judges the average printed between them
        "Sasaran ini diukur dengan 2 (dua) indikator dengan rata-rata capaian 95,07% dan termasuk kategori Baik.",
        # the total of "dari 2 indikator" is not counted in the band
        "Dikategorikan Baik karena dari 2 (dua) indikator sasaran pencapaiannya sebanyak 2 (dua) indikator "
        "dalam kategori baik.",
        # another year
        "Pada tahun 2020 sebanyak 2 (dua) indikator dalam kategori Cukup.",
    ]
    assert run("LAPORAN KINERJA TAHUN 2021", table_from_rows(SAMPLE_SCALE), measured(table_from_rows), *sentences,
               document_of=document_of, rules={"LKJ321"}) == []


def test_every_indicator_counted_must_all_lie_in_the_band(table_from_rows, document_of):
    findings = run("LAPORAN KINERJA TAHUN 2021", table_from_rows(SAMPLE_SCALE),
                   measured(table_from_rows, ("90,13 %", "120,00 %")),
                   "Dari 2 (dua) indikator sasaran, sebanyak 1 (satu) indikator dalam kategori Baik dan 0 indikator "
                   "dalam kategori Cukup.", document_of=document_of, rules={"LKJ321"})
    assert findings == []


# --- LKJ323 ----------------------------------------------------------------------------------

UNSUR = [["No.", "Unsur Pelayanan", "Nilai Rerata Per Unsur", "Nilai Rerata Tertimbang"]] + [
    [f"{i}.", name, mean, weighted] for i, (name, mean, weighted) in enumerate([
        ("Persyaratan", "3,200", "0,355"), ("Prosedur", "3,216", "0,357"), ("Waktu pelayanan", "2,936", "0,326"),
        ("Biaya/tarif", "3,530", "0,392"), ("Produk layanan", "3,136", "0,348"),
        ("Kompetensi pelaksana", "3,200", "0,355"), ("Perilaku pelaksana", "3,316", "0,368"),
        ("Pungutan Tidak Resmi", "3,916", "0,435"), ("Penanganan Pengaduan", "3,323", "0,369")], 1)]


def test_the_index_its_unsur_give(table_from_rows, document_of):
    sentence = "Pengukuran kualitas pelayanan menghasilkan skor Indeks Kepuasan Masyarakat (IKM) sebesar {}."
    for index in ("82,63", "82,70", "82,72"):  # the weighted sum, the mean, and within the rounding of 9 weights
        assert run(sentence.format(index), table_from_rows(UNSUR), document_of=document_of,
                   rules={"LKJ323"}) == [], index
    findings = run(sentence.format("81,71"), table_from_rows(UNSUR), document_of=document_of, rules={"LKJ323"})
    assert [(f.found, f.expected) for f in findings] == [("81,71", "82,63")]
    assert len(findings[0].related) == 9 and {r.role for r in findings[0].related} == {"reference"}


def test_an_index_with_no_single_unsur_table_or_in_a_band_is_left_alone(table_from_rows, document_of):
    sentence = "Nilai IKM berada dalam interval konversi 76,61 – 88,30 dengan mutu B."
    assert run(sentence, table_from_rows(UNSUR), document_of=document_of, rules={"LKJ323"}) == []
    two = run("Skor IKM sebesar 81,71.", table_from_rows(UNSUR), table_from_rows(UNSUR, index=2),
              document_of=document_of, rules={"LKJ323"})
    assert two == []
    short = run("Skor IKM sebesar 81,71.", table_from_rows(UNSUR[:4]), document_of=document_of, rules={"LKJ323"})
    assert short == []  # three unsur of nine: an excerpt, not the survey
