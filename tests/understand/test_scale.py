from decimal import Decimal

import pytest

from lkjip_lint.checks import scales
from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.scale import REGULATION, REPORT, regulations
from lkjip_lint.vocab import load_packs

D = Decimal

SAMPLE_SCALE = [
    ["No", "CAPAIAN KINERJA", "KETERANGAN"],
    ["1.", "Lebih dari 100 %", "SANGAT BAIK"],
    ["2.", "76 % s/d 100 %", "BAIK"],
    ["2.", "55 % s/d 75 %", "CUKUP"],
    ["3.", "Kurang dari 55 %", "KURANG"],
]

PERMENDAGRI_SCALE = [
    ["No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian"],
    ["1", "≥ 91", "Sangat Tinggi"],
    ["2", "76 – 90", "Tinggi"],
    ["3", "66 – 75", "Sedang"],
    ["4", "51 – 65", "Rendah"],
    ["5", "x ≤ 50", "Sangat Rendah"],
]


def facts_of(*documents):
    return Facts(list(documents), load_packs())


def test_the_report_scale_table_is_read(table_from_rows, document_of):
    facts = facts_of(document_of("Penilaian menggunakan skala ordinal sebagai berikut :",
                                 table_from_rows(SAMPLE_SCALE)))
    scale = facts.scale
    assert scale.source == REPORT
    assert [band.display for band in scale.bands] == ["Sangat Baik", "Baik", "Cukup", "Kurang"]
    assert [band.display for band in scale.ordered()] == ["Kurang", "Cukup", "Baik", "Sangat Baik"]
    assert scale.summary.startswith("Lebih dari 100 % Sangat Baik; 76 % s/d 100 % Baik")


def test_five_band_scale(table_from_rows, document_of):
    scale = facts_of(document_of(table_from_rows(PERMENDAGRI_SCALE))).scale
    assert [b.display for b in scale.bands_for(D(91))] == ["Sangat Tinggi"]
    assert [b.display for b in scale.bands_for(D("90.5"))] == ["Tinggi", "Sangat Tinggi"]
    assert [b.display for b in scale.bands_for(D(50))] == ["Sangat Rendah"]


@pytest.mark.parametrize("value, names", [
    ("72", ["CUKUP"]),
    ("75.5", ["CUKUP", "BAIK"]),  # whole-number bands: the seam belongs to both
    ("100", ["BAIK"]),
    ("100.01", ["SANGAT BAIK"]),
    ("54.99", ["KURANG"]),
    ("55", ["CUKUP"]),
])
def test_band_of_a_value(table_from_rows, document_of, value, names):
    scale = facts_of(document_of(table_from_rows(SAMPLE_SCALE))).scale
    assert [band.label for band in scale.bands_for(D(value))] == names


def test_without_a_scale_table_or_a_cited_regulation_there_is_no_scale(table_from_rows, document_of):
    """No built-in scale stands in for the report's: one kecamatan's bands are not every
    report's."""
    measurement = table_from_rows([
        ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase layanan tepat waktu", "90 %", "95 %", "105,56 %"],
    ])
    assert facts_of(document_of(measurement)).scale is None


CITING = "Penilaian capaian mengacu pada Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017."


@pytest.mark.parametrize("citation", [
    CITING,
    "sesuai Permendagri No. 86/2017 tentang evaluasi",
    "berdasarkan Permendagri 86 Tahun 2017",
    "mengacu Permendagri Nomor : 54 Tahun 2010",
])
def test_a_cited_regulation_gives_its_scale(document_of, citation):
    scale = facts_of(document_of(citation)).scale
    assert scale.source == REGULATION
    assert scale.where.startswith("Permendagri ")
    assert [b.display for b in scale.bands_for(D(95))] == ["Sangat Tinggi"]


def test_a_regulation_cited_for_another_number_gives_none(document_of):
    assert facts_of(document_of("mengacu pada Permendagri Nomor 13 Tahun 2006 tentang keuangan daerah")).scale is None


def test_the_regulations_bands_named_as_the_report_names_them(document_of):
    doc = document_of(CITING, "Rata-rata capaian kinerja sebesar 92 % dengan kategori Sangat Baik.")
    scale = facts_of(doc).scale
    assert [b.display for b in scale.ordered()] == ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]


def test_every_regulation_of_the_pack_is_readable():
    found = regulations(load_packs())
    assert {r.name for r in found} >= {"Permendagri 86/2017", "Permendagri 54/2010"}
    assert all(len(naming.bands) == 5 for r in found for naming in r.namings)


def test_tables_that_are_not_scales(table_from_rows, document_of):
    measurement = table_from_rows([
        ["No", "Indikator", "Target", "Realisasi", "Keterangan"],
        ["1", "Persentase A", "90 %", "95 %", "Baik"],
        ["2", "Persentase B", "90 %", "80 %", "Cukup"],
        ["3", "Persentase C", "90 %", "92 %", "Baik"],
    ])
    skm_conversion = table_from_rows([
        ["Nilai Interval", "Nilai Konversi", "Mutu Pelayanan", "Kinerja Unit Pelayanan"],
        ["1,00 – 2,5996", "25,00 – 64,99", "D", "Tidak Baik"],
        ["2,60 – 3,064", "65,00 – 76,60", "C", "Kurang Baik"],
        ["3,0644 – 3,532", "76,61 – 88,30", "B", "Baik"],
        ["3,5324 – 4,00", "88,31 – 100,00", "A", "Sangat Baik"],
    ])
    assert facts_of(document_of(measurement, skm_conversion)).report_scales == []


INEQUALITY_SCALE = [
    ["No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"],
    ["1", "91 ≤ x", "Sangat Tinggi"],
    ["2", "76 ≤ x < 91", "Tinggi"],
    ["3", "66 ≤ x < 76", "Sedang"],
    ["4", "51 ≤ x < 66", "Rendah"],
    ["5", "x < 51", "Sangat Rendah"],
]


def test_a_scale_table_written_as_inequalities_is_read(table_from_rows, document_of):
    scale = facts_of(document_of(table_from_rows(INEQUALITY_SCALE))).scale
    assert scale.source == REPORT
    assert [b.display for b in scale.bands_for(D("90.5"))] == ["Tinggi"]
    assert [b.display for b in scale.bands_for(D(91))] == ["Sangat Tinggi"]


TINGGI_MEASUREMENT = [
    ["No", "Indikator", "Target", "Realisasi", "Capaian", "Kriteria"],
    ["1", "Persentase pertumbuhan pajak daerah", "5,00", "7,36", "147,20", "Sangat Tinggi"],
    ["2", "Rata-rata waktu penyelesaian keberatan", "30", "36", "80,00", "Tinggi"],
    ["3", "Rasio pajak daerah terhadap PAD", "62,50", "64,18", "102,69", "Sangat Tinggi"],
]


def test_predicate_words_choose_the_naming_of_the_cited_regulation(table_from_rows, document_of):
    """No scale table, a cited Permendagri, and predicates in Sangat Tinggi … Sangat Rendah:
    the regulation's bands under that naming."""
    scale = facts_of(document_of(CITING, table_from_rows(TINGGI_MEASUREMENT))).scale
    assert scale.source == REGULATION
    assert "Sangat Tinggi" in scale.summary
    assert [b.display for b in scale.bands_for(D(80))] == ["Tinggi"]


def test_predicate_words_that_no_naming_has_leave_the_report_without_scale(table_from_rows, document_of):
    mixed = [row[:5] + [label] for row, label in
             zip(TINGGI_MEASUREMENT, ["Kriteria", "Sangat Tinggi", "Baik", "Sangat Tinggi"])]
    assert facts_of(document_of(CITING, table_from_rows(mixed))).scale is None


def test_a_scale_table_naming_its_bands_by_verdict_words_is_read(table_from_rows, document_of):
    verdict_scale = table_from_rows([
        ["No", "Capaian (x)", "Kriteria"],
        ["1", "x ≥ 85", "Sangat Berhasil"],
        ["2", "70 ≤ x < 85", "Berhasil"],
        ["3", "55 ≤ x < 70", "Cukup Berhasil"],
        ["4", "x < 55", "Tidak Berhasil"],
    ])
    scale = facts_of(document_of(verdict_scale)).scale
    assert scale.source == REPORT
    assert [b.display for b in scale.bands_for(D("72.5"))] == ["Berhasil"]


def test_a_polarity_phrase_names_no_band(document_of):
    doc = document_of(CITING, "Indikator angka kemiskinan merupakan indikator dengan polaritas negatif, yaitu "
                      "semakin rendah semakin baik.")
    assert facts_of(doc).scale.source == REGULATION

def test_a_scale_table_that_cannot_be_read_leaves_the_report_without_scale(table_from_rows, document_of):
    """Its own scale, unread: a cited regulation's does not stand in for it."""
    unreadable = [row[:1] + ["lihat lampiran"] + row[2:] for row in INEQUALITY_SCALE]
    unreadable[0] = INEQUALITY_SCALE[0]
    doc = document_of(CITING, table_from_rows(unreadable), table_from_rows(TINGGI_MEASUREMENT, index=2))
    assert facts_of(doc).scale is None


def test_a_gap_in_a_scale_written_as_inequalities_is_reported(table_from_rows, document_of):
    rows = [list(row) for row in INEQUALITY_SCALE]
    rows[2][1] = "76 ≤ x < 90"
    findings = list(scales.check(facts_of(document_of(table_from_rows(rows))), Config()))
    assert [(f.rule, f.found) for f in findings] == [("LKJ311", "91 ≤ x")]
