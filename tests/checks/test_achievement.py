from lkjip_lint.checks import achievement
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

from ..conftest import FIXTURES, SAMPLES

HEADER = ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "REALISASI", "CAPAIAN"]
SKM = "Hasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik"
COORDINATION = "Prosentase rekomendasi hasil koordinasi yang ditindaklanjuti dalam satu tahun"


def run(*blocks, document_of):
    return list(achievement.check(Facts([document_of(*blocks)], load_packs()), Config()))


def measurement_table(table_from_rows, *rows):
    return table_from_rows([HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], *rows],
                           caption="Tabel 3.1 Pengukuran Realisasi Kinerja Tahun 2021")


def test_capaian_copied_from_the_realisation(table_from_rows, document_of):
    table = measurement_table(
        table_from_rows,
        ["1", "Meningkatnya Kualitas Pelayanan", SKM, "B (80%)", "B (72,1%)", "B (72.1%)"],
        ["2", "Meningkatnya Koordinasi", COORDINATION, "100%", "100 %", "100 %"],
    )
    findings = run(table, document_of=document_of)
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ302"
    assert f.found == "B (72.1%)"
    assert f.expected == "90,13 %"  # in the report's one number style, whatever the cell's
    assert f.evidence == "72,1 / 80 × 100 = 90,13"
    assert f.location.row == 3 and f.location.column == 6 and f.location.column_label == "CAPAIAN"
    assert "repeats the realisation B (72,1%)" in render(f)
    assert "mengulang realisasi" in render(f, "id")


def test_output_row_of_an_evaluation_table(table_from_rows, document_of):
    table = table_from_rows([
        ["", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan/Input", ": Anggaran", "400.681.000", "391.222.000", "10 %"],  # LKJ101's business
        ["Keluaran/Output", ": Jumlah pelayanan administrasi yang di proses", "13.000 Berkas", "12.000 Berkas", "100%"],
        ["Penjelasan", ": Memproses Pelayanan Umum.", "", "", ""],
    ])
    findings = run(table, document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ301", "100%", "92,31 %")]
    assert findings[0].evidence == "12.000 / 13.000 × 100 = 92,31"
    assert findings[0].location.row_label.startswith("Jumlah pelayanan administrasi")


def test_rounded_and_truncated_capaian_are_accepted(table_from_rows, document_of):
    table = measurement_table(
        table_from_rows,
        ["1", "Sasaran A", SKM, "B (80%)", "B (78,1%)", "97,63 %"],      # 97.625 rounded
        ["2", "Sasaran B", "Persentase dokumen perencanaan tepat waktu", "80 %", "78,1 %", "97,62 %"],  # truncated
        ["3", "Sasaran C", COORDINATION, "98 %", "100", "102 %"],          # 102.04, percent against a bare number
        ["4", "Sasaran D", "Jumlah peserta rakor rutin", "60 Orang", "60 org", "100 %"],
    )
    assert run(table, document_of=document_of) == []


def test_negative_indicator(table_from_rows, document_of):
    row = ["1", "Menurunnya kematian ibu", "Angka kematian ibu", "100", "80"]
    right = measurement_table(table_from_rows, row + ["120 %"])
    assert run(right, document_of=document_of) == []
    wrong = measurement_table(table_from_rows, row + ["80 %"])
    findings = run(wrong, document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ302", "80 %", "120,00 %")]
    assert findings[0].message_id == "achievement-equals-realisation-negative"
    assert findings[0].evidence == "(2 − 80 / 100) × 100 = 120,00"


def test_negative_indicator_arithmetic_slip(table_from_rows, document_of):
    table = measurement_table(table_from_rows,
                              ["1", "Menurunnya stunting", "Prevalensi stunting balita", "20 %", "18 %", "108 %"])
    findings = run(table, document_of=document_of)
    assert [(f.rule, f.expected) for f in findings] == [("LKJ301", "110,00 %")]
    assert "lower is better" in render(findings[0])


def test_polarity_stated_by_the_report_wins(table_from_rows, document_of):
    iku = table_from_rows([
        ["No", "Indikator Kinerja", "Polaritas"],
        ["1", "Persentase rumah tangga miskin yang menerima bantuan pangan", "Positif"],
    ])
    table = measurement_table(table_from_rows, [
        "1", "Sasaran", "Persentase rumah tangga miskin yang menerima bantuan pangan", "90 %", "99 %", "110 %"])
    assert run(iku, table, document_of=document_of) == []


def test_different_units_grades_and_zero_targets_are_skipped(table_from_rows, document_of):
    table = measurement_table(
        table_from_rows,
        ["2", "Sasaran", "Jumlah dokumen yang diterbitkan", "13.000 Berkas", "12.000 Dokumen", "100 %"],
        ["3", "Sasaran", "Nilai SAKIP", "B", "B", "100 %"],
        ["4", "Sasaran", "Persentase layanan", "0 %", "5 %", "100 %"],
    )
    assert run(table, document_of=document_of) == []


def test_unknown_polarity_tries_both_forms(table_from_rows, document_of):
    # "penurunan angka kematian": the report may count the decrease (higher is better)
    # or the rate (lower is better); 8 against 10 is 80 % or 120 %.
    row = ["1", "Sasaran", "Persentase penurunan angka kematian bayi", "10 %", "8 %"]
    for printed in ("80 %", "120 %"):
        assert run(measurement_table(table_from_rows, row + [printed]), document_of=document_of) == []
    findings = run(measurement_table(table_from_rows, row + ["50 %"]), document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ301", "50 %", "80,00 %")]
    assert findings[0].message_id == "achievement-mismatch-either"
    assert "120,00 %" in render(findings[0])


def test_budget_tables_belong_to_the_budget_rule(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)"],
        ["I", "Program A", "1.240.488.150", "1.186.528.863", "73.49 %"],
    ])
    assert run(table, document_of=document_of) == []


def test_end_of_renstra_progress_is_checked_too(table_from_rows, document_of):
    table = table_from_rows([
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET AKHIR RENSTRA", "REALISASI Th. 2021",
         "TINGKAT KEMAJUAN"],
        ["1", "Sasaran", SKM, "B (100%)", "B (72,1%)", "B(72,1%)"],
        ["2", "Sasaran", "Persentase dokumen tepat waktu", "90 %", "45 %", "45 %"],
    ])
    findings = run(table, document_of=document_of)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ302", "45 %", "50,00 %")]


def test_sample_report():
    document = extract(SAMPLES / "lkjip-kecamatan-sumbersari-2021.txt")
    findings = list(achievement.check(Facts([document], load_packs()), Config()))
    assert [(f.rule, f.found, f.expected, f.location.line) for f in findings] == [
        ("LKJ302", "B (72.1%)", "90,13 %", 337),
        ("LKJ301", "100%", "92,31 %", 399),
    ]


def test_corrected_report_is_silent():
    document = extract(FIXTURES / "corrected.txt")
    assert list(achievement.check(Facts([document], load_packs()), Config())) == []
