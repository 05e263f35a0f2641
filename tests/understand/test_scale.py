from decimal import Decimal

import pytest

from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.scale import (DEFAULT, REPORT, Bounds, active_scale, default_scale, parse_bounds,
                                        report_scales)
from lkjip_lint.vocab import load_packs

D = Decimal
INF = None

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


@pytest.mark.parametrize("text, bounds", [
    ("Lebih dari 100 %", Bounds(D(100), INF, low_open=True)),
    ("76 % s/d 100 %", Bounds(D(76), D(100))),
    ("55 % s.d. 75 %", Bounds(D(55), D(75))),
    ("Kurang dari 55 %", Bounds(INF, D(55), high_open=True)),
    ("≥ 91", Bounds(D(91), INF)),
    ("76 – 90", Bounds(D(76), D(90))),
    ("91 - 100", Bounds(D(91), D(100))),
    ("> 100", Bounds(D(100), INF, low_open=True)),
    ("< 55", Bounds(INF, D(55), high_open=True)),
    ("x ≤ 50", Bounds(INF, D(50))),
    ("90 < x ≤ 100", Bounds(D(90), D(100), low_open=True)),
    ("85 persen ke atas", Bounds(D(85), INF)),
    ("88,31 – 100,00", Bounds(D("88.31"), D("100.00"), decimals=2)),
])
def test_band_texts(text, bounds):
    assert parse_bounds(text) == bounds


@pytest.mark.parametrize("text", [
    "Nomor 53 Tahun 2014", "1.", "SANGAT BAIK", "100 - 76", "2016-2021 dan 2022", "Rp 1.000.000", "",
])
def test_texts_that_are_not_bands(text):
    assert parse_bounds(text) is None


def test_the_report_scale_table_is_read(table_from_rows, document_of):
    facts = facts_of(document_of("Penilaian menggunakan skala ordinal sebagai berikut :",
                                 table_from_rows(SAMPLE_SCALE)))
    scale = active_scale(facts)
    assert scale.source == REPORT
    assert [band.display for band in scale.bands] == ["Sangat Baik", "Baik", "Cukup", "Kurang"]
    assert [band.display for band in scale.ordered()] == ["Kurang", "Cukup", "Baik", "Sangat Baik"]
    assert scale.summary.startswith("Lebih dari 100 % Sangat Baik; 76 % s/d 100 % Baik")


def test_five_band_scale(table_from_rows, document_of):
    scale = active_scale(facts_of(document_of(table_from_rows(PERMENDAGRI_SCALE))))
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
    scale = active_scale(facts_of(document_of(table_from_rows(SAMPLE_SCALE))))
    assert [band.label for band in scale.bands_for(D(value))] == names


def test_without_a_scale_table_the_default_applies(table_from_rows, document_of):
    measurement = table_from_rows([
        ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase layanan tepat waktu", "90 %", "95 %", "105,56 %"],
    ])
    scale = active_scale(facts_of(document_of(measurement)))
    assert scale.source == DEFAULT
    assert scale.where == "rules/scales.toml"
    assert [b.display for b in scale.bands_for(D(72))] == ["Cukup"]


def test_default_scale_is_the_four_band_one():
    scale = default_scale(load_packs())
    assert [b.display for b in scale.ordered()] == ["Kurang", "Cukup", "Baik", "Sangat Baik"]


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
    assert report_scales(facts_of(document_of(measurement, skm_conversion))) == []
