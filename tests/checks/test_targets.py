from lkjip_lint.checks import targets
from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

SKM = "Indeks Kepuasan Masyarakat terhadap layanan perizinan"
ROAD = "Persentase jalan kabupaten dalam kondisi baik"


def dossier(table_from_rows, document_of, *, pk_skm="B (80%)", measured_road="70 %", rkt_skm="B (80%)",
            renstra_skm="80", end_skm="80", output_eval="60 Orang", evaluation_name="Jumlah peserta rakor rutin"):
    pk = table_from_rows([
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        ["1", "Meningkatnya kualitas layanan", SKM, pk_skm],
        ["2", "Meningkatnya kualitas jalan", ROAD, "70 %"],
    ], index=1)
    measured = table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", "Meningkatnya kualitas layanan", SKM, "B (80%)", "B (81%)", "101,25 %"],
        ["2", "Meningkatnya kualitas jalan", ROAD, measured_road, "70 %", "100 %"],
    ], index=2, caption="Tabel 3.1 Pengukuran Kinerja Tahun 2023")
    end = table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target Akhir Renstra", "Realisasi Th. 2023", "Tingkat Kemajuan"],
        ["1", "Meningkatnya kualitas layanan", SKM, end_skm, "81", "101,25 %"],
    ], index=3, caption="Tabel 3.2 Perbandingan dengan Akhir Renstra")
    evaluation = table_from_rows([
        ["", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan", "Anggaran", "100.000.000", "90.000.000", "90 %"],
        ["Keluaran", evaluation_name, output_eval, "60 Orang", "100 %"],
    ], index=4)
    renstra = table_from_rows([
        ["No", "Sasaran", "Indikator Sasaran", "Target Kinerja Pada Tahun", "", "", "", ""],
        ["", "", "", "2019", "2020", "2021", "2022", "2023"],
        ["1", "Meningkatnya kualitas layanan", SKM, "70", "72", "75", "78", renstra_skm],
    ], index=5)
    rkt = table_from_rows([
        ["Sasaran", "Indikator Sasaran", "Target", "Kegiatan", "Indikator Kegiatan (Output)", "Target", "Anggaran"],
        ["Meningkatnya kualitas layanan", SKM, rkt_skm, "Rapat koordinasi pimpinan", "Jumlah peserta rakor rutin",
         "60 org", "100.000.000"],
    ], index=6)
    return document_of(
        "LAPORAN KINERJA DINAS PENANAMAN MODAL KOTA CONTOH TAHUN 2023",
        "Renstra Dinas Tahun 2019-2023 dan Perjanjian Kinerja Tahun 2023.",
        "C. PERJANJIAN KINERJA", pk,
        measured, end,
        "1. Program: Koordinasi layanan perizinan", "Kegiatan Rapat koordinasi pimpinan", evaluation,
        "LAMPIRAN 1 RENCANA STRATEGIS 2019-2023", renstra,
        "LAMPIRAN 2 RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023", rkt,
    )


def run(document):
    return list(targets.check(Facts([document], load_packs()), Config()))


def test_consistent_dossier_is_silent(table_from_rows, document_of):
    assert run(dossier(table_from_rows, document_of)) == []


def test_measured_target_differs_from_pk(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, measured_road="75 %"))
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ201", "75 %", "70 %")]
    assert findings[0].location.table == 2
    assert [r.location.table for r in findings[0].related] == [1]


def test_plan_targets_differ_from_pk_in_one_finding(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, rkt_skm="90 %", renstra_skm="100", end_skm="100"))
    plan = [f for f in findings if f.rule == "LKJ202"]
    assert len(plan) == 1
    f = plan[0]
    assert f.expected == "B (80%)"
    places = [(f.location.table, f.found)] + [(r.location.table, r.found) for r in f.related]
    assert (3, "100") in places and (5, "100") in places and (6, "90 %") in places and (1, "B (80%)") in places


def test_grade_without_value_agrees_with_grade_with_value(table_from_rows, document_of):
    assert run(dossier(table_from_rows, document_of, pk_skm="B", rkt_skm="B (80%)")) == []


def test_end_of_renstra_quote_differs_from_matrix(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, end_skm="85"))
    end = [f for f in findings if f.rule == "LKJ203"]
    assert [(f.found, f.expected) for f in end] == [("85", "80")]


def test_output_target_differs_between_rkt_and_evaluation(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, output_eval="95 Orang"))
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ204", "95 Orang", "60 org")]


def test_indicator_spelling_slip_is_info(table_from_rows, document_of):
    document = dossier(table_from_rows, document_of)
    slipped = document_of(*[
        block if not hasattr(block, "rows") or block.index != 2 else table_from_rows([
            ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
            ["1", "Meningkatnya kualitas layanan", SKM.replace("perizinan", "perijinan"), "B (80%)", "B (81%)", "101,25 %"],
        ], index=2)
        for block in [b.text if hasattr(b, "text") and not hasattr(b, "rows") else b for b in document.blocks]
    ])
    findings = run(slipped)
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ206", "perijinan", "perizinan")]


def test_a_target_column_of_another_year_is_not_this_years_target(table_from_rows, document_of):
    document = dossier(table_from_rows, document_of)
    later = table_from_rows([
        ["No", "Indikator Sasaran", "Target 2023", "Realisasi 2022", "Target 2024", "Capaian thd Target 2024 (%)"],
        ["1", ROAD, "70 %", "68 %", "75 %", "90,67"],
    ], index=7, caption="Tabel 3.9 Perbandingan dengan Target Tahun Berikutnya")
    blocks = [b.text if hasattr(b, "text") and not hasattr(b, "rows") else b for b in document.blocks] + [later]
    assert run(document_of(*blocks)) == []
