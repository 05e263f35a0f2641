from lkjip_lint.checks import sums
from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

HEADER = ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]


def run(document):
    return list(sums.check(Facts([document], load_packs()), Config()))


def budget_table(table_from_rows, child_realisation="168.448.500", total_realisation="4.812.808.343"):
    return table_from_rows([
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["I", "Program Penunjang", "1.240.488.150", "1.186.528.863", "95.65 %"],
        ["1", "Perencanaan", "13.518.000", "12.245.000", "90.58 %"],
        ["2", "Penyediaan jasa", "1.021.253.900", "974.776.813", "95.45 %"],
        ["3", "Pemeliharaan", "196.956.250", "191.552.050", "97.26 %"],
        ["4", "Laporan keuangan", "8.760.000", "7.955.000", "90.81 %"],
        ["III", "Program pemberdayaan", "2.758.409.000", "168.448.000", "6.11 %"],
        ["1", "Koordinasi desa", "69.820.000", "0", "0.00 %"],
        ["2", "Koordinasi kelurahan", "2.688.589.000", child_realisation, "6.26 %"],
        ["", "TOTAL", "3.998.897.150", total_realisation, "34.89 %"],
    ])


def test_group_row_against_its_children(table_from_rows, document_of):
    findings = run(document_of(budget_table(table_from_rows, total_realisation="1.354.976.863")))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ102"
    assert f.found == "168.448.000" and f.expected == "168.448.500"
    assert f.evidence == "0 + 168.448.500 = 168.448.500"
    assert f.location.row == 8 and f.location.column_label == "REALISASI (Rp)"


def test_consistent_table_is_silent(table_from_rows, document_of):
    table = budget_table(table_from_rows, child_realisation="168.448.000", total_realisation="1.354.976.863")
    assert run(document_of(table)) == []


def test_total_row_against_top_level_rows(table_from_rows, document_of):
    table = budget_table(table_from_rows, child_realisation="168.448.000", total_realisation="1.354.976.000")
    findings = run(document_of(table))
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ103", "1.354.976.000", "1.354.976.863")]


def test_program_keyword_and_bold_make_groups_without_markers(table_from_rows, document_of):
    table = table_from_rows([
        ["Uraian", "Pagu", "Realisasi"],
        ["Program Pelayanan", "300", "250"],
        ["Kegiatan A", "100", "100"],
        ["Kegiatan B", "200", "140"],
        ["Jumlah", "300", "240"],
    ])
    findings = run(document_of(table))
    assert [(f.rule, f.found, f.expected) for f in findings] == [
        ("LKJ102", "250", "240"), ("LKJ103", "240", "250")]


def test_bold_rows_are_groups(table_from_rows, document_of):
    table = table_from_rows([
        ["Uraian", "Anggaran"],
        ["**Belanja Pegawai**", "**500**"],
        ["Gaji", "200"],
        ["Tunjangan", "200"],
    ])
    findings = run(document_of(table))
    assert [(f.found, f.expected) for f in findings] == [("500", "400")]


def test_rows_labelled_jumlah_something_are_not_totals(table_from_rows, document_of):
    table = table_from_rows([
        ["", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan", "Anggaran", "114.120.000", "44.800.000", "39 %"],
        ["Keluaran", "Jumlah peserta rakor rutin", "60 Orang", "60 Orang", "100 %"],
    ])
    assert run(document_of(table)) == []


def test_dash_counts_as_zero_and_blank_skips(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Uraian", "Anggaran"],
        ["I", "Program A", "100"],
        ["1", "Kegiatan", "100"],
        ["2", "Kegiatan", "-"],
        ["II", "Program B", "100"],
        ["1", "Kegiatan", ""],
        ["2", "Kegiatan", "10"],
    ])
    assert run(document_of(table)) == []


def test_scaled_amounts_allow_rounding(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Uraian", "Anggaran (juta Rp)"],
        ["I", "Program A", "10,4"],
        ["1", "Kegiatan", "3,3"],
        ["2", "Kegiatan", "3,3"],
        ["3", "Kegiatan", "3,7"],
    ])
    # 3,3 + 3,3 + 3,7 = 10,3 printed 10,4: within the rounding of three one-decimal values
    assert run(document_of(table)) == []


def test_subtotals_and_a_grand_total_over_them(table_from_rows, document_of):
    rows = [
        ["No", "Program / Kegiatan", "Anggaran (Rp)"],
        ["I", "Program A", "300"], ["1", "Kegiatan", "100"], ["2", "Kegiatan", "200"],
        ["II", "Program B", "50"], ["1", "Kegiatan", "50"],
        ["", "Sub Jumlah Program Penunjang", "350"],
        ["III", "Program C", "400"], ["1", "Kegiatan", "400"],
        ["", "Sub Jumlah Program Urusan", "400"],
        ["", "JUMLAH", "750"],
    ]
    assert run(document_of(table_from_rows(rows))) == []
    rows[6][2] = "360"
    findings = run(document_of(table_from_rows(rows)))
    assert [(f.rule, f.found, f.expected) for f in findings] == [
        ("LKJ103", "360", "350"), ("LKJ103", "750", "760")]
