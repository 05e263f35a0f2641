from lkjip_lint.checks import years
from lkjip_lint.config import Config
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(*documents, year=None):
    return list(years.check(Facts(list(documents), load_packs()), Config(report_year=year)))


def rules(findings):
    return [f.rule for f in findings]


# --- LKJ501 ----------------------------------------------------------------------------

def test_five_digit_year(document_of):
    findings = run(document_of("Kegiatan adalah tindakan nyata dalam jangka waktu tahun 20121 yang dilaksanakan."),
                   year=2021)
    assert len(findings) == 1
    f = findings[0]
    assert (f.rule, f.found, f.expected) == ("LKJ501", "tahun 20121", "tahun 2021")
    assert f.snippet.startswith("Kegiatan adalah")
    assert "report year 2021" in render(f, "en")


def test_years_far_from_the_report_year(document_of):
    doc = document_of(
        "Rencana pembangunan Tahun 2201 disusun bersama.",
        "Realisasi Tahun Anggaran 1985 tercatat.",
        "Pada 14 Januari 20222 laporan ditandatangani.",
    )
    assert [f.found for f in run(doc, year=2021)] == ["Tahun 2201", "Tahun Anggaran 1985", "Januari 20222"]


def test_real_years_in_context_are_fine(document_of, table_from_rows):
    doc = document_of(
        "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis.",
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945.",
        "Kecamatan ini dibentuk sejak tahun 1950.",
        "Menuju Indonesia Emas Tahun 2045.",
        "Berdasarkan UUD Th. 1945 dan Perda No. 5 TA 1988.",
        "Renstra Tahun 2016-2021 dan TA 2021/2022.",
        "Dalam 1 tahun 12000 berkas diproses; anggaran tahun 2021 sebesar Rp 20.121.000.",
        table_from_rows([["Uraian", "Th. 2020 (n-1)", "Th. 2021 (n)"], ["SKM", "B", "B"]]),
    )
    assert run(doc, year=2021) == []


def test_without_a_report_year_only_impossible_tokens_are_reported(document_of):
    findings = run(document_of("Dilaksanakan pada tahun 20121 dan tahun 2045."))
    assert [(f.found, f.message_id) for f in findings] == [("tahun 20121", "impossible-year-unknown-report")]


# --- LKJ502: (n) markers -----------------------------------------------------------------

def comparison_table(table_from_rows, previous, current):
    return table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI", ""],
        ["", "", "", "", previous, current],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "Meningkatnya Kualitas Pelayanan", "Nilai SKM", "B(80%)", "B(72,1%)", "B(78,1%)"],
    ], caption="Tabel 3.2 Perbandingan Realisasi Kinerja dengan Realisasi Tahun Sebelumnya")


def test_marked_columns_of_another_year(document_of, table_from_rows):
    doc = document_of("LAPORAN KINERJA TAHUN 2021",
                      comparison_table(table_from_rows, "Th. 2018 (n-1)", "Th. 2019 (n)"))
    findings = run(doc)
    assert [(f.found, f.expected) for f in findings] == [
        ("Th. 2018 (n-1)", "Th. 2020 (n-1)"),
        ("Th. 2019 (n)", "Th. 2021 (n)"),
    ]
    assert findings[0].location.row == 2 and findings[0].location.column == 5
    assert findings[0].evidence == "n-1 = 2021 - 1 = 2020"
    assert "which is 2020" in render(findings[0], "en")


def test_marked_columns_follow_the_report_year(document_of, table_from_rows):
    right_2021 = document_of("LAPORAN KINERJA TAHUN 2021",
                             comparison_table(table_from_rows, "Th. 2020 (n-1)", "Th. 2021 (n)"))
    right_2023 = document_of("LAPORAN KINERJA TAHUN 2023",
                             comparison_table(table_from_rows, "Tahun 2022 (n-1)", "Tahun 2023 (n)"))
    wrong_2023 = document_of("LAPORAN KINERJA TAHUN 2023",
                             comparison_table(table_from_rows, "Tahun 2020 (n-1)", "Tahun 2021 (n)"))
    assert run(right_2021) == []
    assert run(right_2023) == []
    assert [f.expected for f in run(wrong_2023)] == ["Tahun 2022 (n-1)", "Tahun 2023 (n)"]


# --- LKJ502: realisation columns ---------------------------------------------------------

NATIONAL = "Tabel 3.4 Perbandingan Realisasi Kinerja dengan Realisasi Nasional"


def national_table(table_from_rows, realisation_header, caption=NATIONAL):
    return table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", realisation_header, "REALISASI NASIONAL", "KET. (+/-)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "N", "I", "H", "I", "L"],
    ], caption=caption)


def test_a_realisation_column_of_another_year(document_of, table_from_rows):
    doc = document_of("LAPORAN KINERJA TAHUN 2021", national_table(table_from_rows, "REALISASI Th. 2018"))
    findings = run(doc)
    assert [(f.rule, f.found, f.expected) for f in findings] == [
        ("LKJ502", "REALISASI Th. 2018", "REALISASI Th. 2021")
    ]
    assert findings[0].message_id == "realisation-year-mismatch"
    assert findings[0].location.column == 4


def test_realisation_columns_that_are_fine(document_of, table_from_rows):
    this_year = national_table(table_from_rows, "REALISASI Th. 2021")
    about_earlier_years = national_table(table_from_rows, "REALISASI Th. 2020",
                                         caption="Tabel 3.5 Realisasi Kinerja Tahun Sebelumnya")
    trend = table_from_rows([
        ["Indikator", "Realisasi 2017", "Realisasi 2018", "Realisasi 2019", "Realisasi 2020", "Realisasi 2021"],
        ["Nilai SKM", "70", "72", "75", "78", "80"],
    ], caption="Tabel 3.6 Perbandingan capaian")
    renstra = table_from_rows([
        ["No.", "Sasaran", "Target Kinerja Sasaran Pada Tahun", "", "", "", "", ""],
        ["", "", "2016", "2017", "2018", "2019", "2020", "2021"],
        ["1", "Meningkatnya kualitas Pelayanan", "95", "80", "80", "80", "90", "100"],
    ])
    doc = document_of("LAPORAN KINERJA TAHUN 2021", this_year, about_earlier_years, trend,
                      "RENCANA STRATEGIS KECAMATAN CONTOH", renstra)
    assert run(doc) == []


def test_companion_documents_are_not_judged_for_comparison_years(document_of, table_from_rows):
    report = document_of("LAPORAN KINERJA TAHUN 2021")
    last_year = document_of(national_table(table_from_rows, "REALISASI Th. 2020"), path="lkjip-2020.txt")
    assert run(report, last_year) == []


# --- LKJ503 ----------------------------------------------------------------------------

def test_renstra_year_ordinals(document_of):
    right = document_of("LAPORAN KINERJA TAHUN 2021",
                        "Tahun 2021 merupakan tahun ketiga pelaksanaan Renstra Dinas 2019-2023.")
    wrong = document_of("LAPORAN KINERJA TAHUN 2021",
                        "Tahun ini merupakan tahun keempat pelaksanaan Renstra Dinas 2019-2023.")
    assert run(right) == []
    findings = run(wrong)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ503", "tahun keempat", "tahun ketiga")]
    assert findings[0].param_dict()["actual"] == 3
    assert "year 3 of the Renstra 2019-2023" in render(findings[0], "en")


def test_renstra_period_from_the_report_and_the_base_year(document_of):
    doc = document_of(
        "LAPORAN KINERJA TAHUN 2021",
        "Rencana Strategis (Renstra) Kecamatan Contoh Tahun 2016-2021 memuat dua sasaran.",
        "Tahun 2021 adalah tahun kelima pelaksanaan Renstra.",  # 2016 counted as the base year
        "Tahun 2021 adalah tahun keenam pelaksanaan Renstra.",
        "Tahun 2021 adalah tahun terakhir periode Renstra.",
    )
    assert run(doc) == []
    wrong = document_of("LAPORAN KINERJA TAHUN 2021",
                        "Rencana Strategis (Renstra) Kecamatan Contoh Tahun 2016-2021 memuat dua sasaran.",
                        "Capaian ini diraih pada tahun ketiga pelaksanaan Renstra.")
    assert [f.expected for f in run(wrong)] == ["tahun keenam"]


def test_ordinals_that_are_not_about_the_renstra(document_of):
    doc = document_of("LAPORAN KINERJA TAHUN 2021", "Renstra 2019-2023.",
                      "Ini tahun kedua kegiatan pelatihan berjalan.", "Tahun ke depan Renstra direviu.")
    assert run(doc) == []
