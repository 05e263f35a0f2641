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
    # The total agrees with the kegiatan: the program row alone is off, and reported once.
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ102", "250", "240")]


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


# --- real table shapes ------------------------------------------------------------------

from spanned_tables import plain, spanned_table  # noqa: E402


def found(findings) -> list[tuple]:
    return [(f.rule, f.location.row_label, f.location.column_label, f.found, f.expected) for f in findings]


def apbd_table(kegiatan_17="500.000.000"):
    """Totals printed first, Keuangan and Fisik side by side under merged headers, a program
    whose kegiatan run onto the next page."""
    rows = [
        [(0, "No.", 1, 2), (1, "Kegiatan", 1, 2), (2, "Anggaran", 1, 2), (3, "Realisasi Keuangan", 2, 1),
         (5, "Realisasi Fisik")],
        [(3, "(Rp)"), (4, "(%)"), (5, "(%)")],
        plain(["1", "2", "3", "4", "5", "6"]),
        plain(["", "TOTAL APBD 2016", "4.346.500.000", "4.200.240.325", "96,63", "99,97"]),
        plain(["", "BELANJA TIDAK LANGSUNG", "500.000.000", "400.000.000", "80,00", "100,00"]),
        plain(["", "TOTAL URUSAN WAJIB", "3.846.500.000", "3.800.240.325", "98,80", "100,00"]),
        plain(["e.", "Program Pemeliharaan Sarana dan Prasarana Aparatur", "3.846.500.000", "3.800.240.325",
               "98,80", "100,00"]),
        plain(["14)", "Kegiatan Pemeliharaan Kantor", "1.350.000.000", "1.343.805.950", "99,54", "100,00"]),
        plain(["15)", "Kegiatan Pemeliharaan UPTD", "900.000.000", "880.004.500", "97,78", "100,00"]),
        plain(["16)", "Kegiatan Pemeliharaan Balai", "891.000.000", "886.386.775", "99,48", "100,00"]),
        plain(["17)", "Kegiatan Pemeliharaan BSPMB", kegiatan_17, "690.043.100", "97,81", "100,00"]),
    ]
    return spanned_table(rows, caption="Tabel 3.6 Pagu dan Realisasi", row_pages=(70,) * 9 + (71, 71))


def test_a_program_with_kegiatan_over_a_page_break_and_a_fisik_column(document_of):
    assert run(document_of(apbd_table(kegiatan_17="705.500.000"))) == []
    findings = run(document_of(apbd_table()))
    # Only the anggaran is off: the realisation holds, the Fisik % is never added up,
    # and the total over it is not reported again.
    assert found(findings) == [("LKJ102", "Program Pemeliharaan Sarana dan Prasarana Aparatur", "Anggaran",
                                "3.846.500.000", "3.641.000.000")]
    assert findings[0].location.page == 70
    assert findings[0].evidence == "1.350.000.000 + 900.000.000 + 891.000.000 + 500.000.000 = 3.641.000.000"


def test_a_group_whose_rows_shown_are_a_small_part_of_it_is_not_a_finding(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Sasaran Strategis / Program / Kegiatan", "Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["", "Program Pertanggungjawaban Laporan Keuangan", "2.360.141.080", "2.104.464.000"],
        ["", "Kegiatan Penyusunan Pelaporan Keuangan Semesteran", "7.000.000", "7.000.000"],
        ["", "Kegiatan Penyusunan Pelaporan Keuangan Akhir Tahun", "11.400.000", "7.800.000"],
    ])
    assert run(document_of(table)) == []


def program_split_across_tables(document_of, caption_of_second=None):
    first = table_from_rows_([
        ["No", "Uraian Program dan Kegiatan", "Anggaran (Rp)"],
        ["II.", "BELANJA LANGSUNG", "450.000.000"],
        ["A", "Program Strategis", "300.000.000"],
        ["1.", "Kegiatan A", "300.000.000"],
    ], index=1)
    second = table_from_rows_([
        ["No", "Uraian Program dan Kegiatan Pendukung", "Anggaran (Rp)"],
        ["H", "Program Pendukung", "150.000.000"],
        ["1.", "Kegiatan H", "150.000.000"],
    ], index=2, caption=caption_of_second)
    return document_of("Tabel 2.3c Alokasi Anggaran", first, second)


def table_from_rows_(rows, index, caption=None):
    from conftest import build_table
    return build_table(rows, index=index, caption=caption)


def test_a_group_still_open_at_the_end_of_a_table_goes_on_in_the_next(document_of):
    # The next table has no caption of its own: its programs may belong to BELANJA LANGSUNG.
    assert run(program_split_across_tables(document_of)) == []
    findings = run(program_split_across_tables(document_of, caption_of_second="Tabel 2.4 Program Pendukung"))
    assert found(findings) == [("LKJ102", "BELANJA LANGSUNG", "Anggaran (Rp)", "450.000.000", "300.000.000")]


def test_a_grand_total_over_subtotals_is_not_counted_twice(document_of):
    def table(grand="1.566.000"):
        return spanned_table([
            [(0, "KODE", 2, 1), (2, "PROGRAM / KEGIATAN"), (3, "ANGGARAN")],
            plain(["29", "", "Program Perencanaan", "266.000"]),
            plain(["", "01", "Penyusunan Perencanaan", "266.000"]),
            plain(["59", "", "Program Kesejahteraan", "300.000"]),
            plain(["", "02", "Kesejahteraan A", "100.000"]),
            plain(["", "03", "Kesejahteraan B", "200.000"]),
            [(0, "TOTAL KEGIATAN", 3, 1), (3, "566.000")],
            plain(["", "", "Belanja Tidak Langsung", "1.000.000"]),
            plain(["", "", "Belanja Pegawai", "1.000.000"]),
            [(0, "JUMLAH TOTAL", 3, 1), (3, grand)],
        ])
    assert run(document_of(table())) == []
    assert found(run(document_of(table(grand="1.466.000")))) == [
        ("LKJ103", "JUMLAH TOTAL", "ANGGARAN", "1.466.000", "1.566.000")]


def test_a_misaligned_row_is_never_checked(table_from_rows, document_of):
    rows = [["No", "Program/ Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
            ["I", "Program A", "1.500.000", "1.350.000", "90,00"]]
    rows += [[str(i), f"Kegiatan {i}", "300.000", "270.000", "90,00"] for i in range(1, 6)]
    assert run(document_of(table_from_rows(rows))) == []
    # One kegiatan lost its budget cell: its values slid one column left. Read as they
    # stand they would make the program's realisation wrong; the row is left out instead.
    rows[-1] = ["5", "Kegiatan 5", "270.000", "90,00", ""]
    assert run(document_of(table_from_rows(rows))) == []


def test_a_table_followed_by_an_unrelated_table_is_complete(document_of):
    budget = table_from_rows_([
        ["No", "Program / Kegiatan", "Anggaran", "Keterangan"],
        ["1.", "Perencanaan", "Rp13.518.000", "APBD"],
        ["2.", "Penyediaan jasa", "Rp1.021.253.900", "APBD"],
        ["", "Jumlah", "Rp1.034.000.000", ""],
    ], index=1)
    signatures = table_from_rows_([["Pihak Kedua", "Pihak Pertama"], ["CAMAT", "BUPATI"]], index=2)
    findings = run(document_of("Lampiran Perjanjian Kinerja", budget, signatures))
    assert found(findings) == [("LKJ103", "Jumlah", "Anggaran", "Rp1.034.000.000", "1.034.771.900")]


def test_a_sum_that_holds_once_a_wrong_sub_row_is_read_from_its_own_parts(table_from_rows, document_of):
    rows = [
        ["No", "Program/ Kegiatan", "Jml Anggaran (Rp)"],
        ["", "TUGAS PEMBANTUAN", "22.061.479.000"],
        ["1.", "PROGRAM PENINGKATAN PRODUKSI", "109.571.450.000"],
        ["1)", "Kegiatan Pengembangan Tanaman Tahunan", "10.927.469.000"],
        ["2)", "Kegiatan Dukungan Perlindungan", "10.317.510.000"],
        ["2.", "PROGRAM PENYEDIAAN PRASARANA", "816.500.000"],
        ["3)", "Kegiatan Perluasan Areal", "400.000.000"],
        ["4)", "Kegiatan Dukungan Manajemen", "416.500.000"],
    ]
    # The program's kegiatan add up to 21.244.979.000, which makes the group above hold:
    # the program row alone is wrong.
    assert found(run(document_of(table_from_rows(rows)))) == [
        ("LKJ102", "PROGRAM PENINGKATAN PRODUKSI", "Jml Anggaran (Rp)", "109.571.450.000", "21.244.979.000")]
    # A group above that does not hold either way is still reported.
    rows[1][2] = "22.000.000.000"
    assert [f.found for f in run(document_of(table_from_rows(rows)))] == ["22.000.000.000", "109.571.450.000"]


def test_a_grand_total_over_the_one_subtotal_in_view_is_not_added_up(table_from_rows, document_of):
    rows = [
        ["No", "Program/Kegiatan", "Pagu Indikatif (Rp. 000)"],
        ["B.", "Program Pemberdayaan", "300.000"], ["76", "Kegiatan A", "100.000"], ["77", "Kegiatan B", "200.000"],
        ["C.", "Program Pencegahan", "50.000"], ["84", "Kegiatan C", "50.000"],
        ["", "JUMLAH PROGRAM PILIHAN", "350.000"],
        ["", "JUMLAH TOTAL", "609.323"],
    ]
    # The program wajib the grand total also adds up are printed on another page.
    assert run(document_of(table_from_rows(rows))) == []
    rows.insert(1, ["A.", "Program Wajib", "259.323"])
    rows.insert(2, ["1", "Kegiatan W", "259.323"])
    rows.insert(3, ["", "JUMLAH PROGRAM WAJIB", "259.323"])
    assert run(document_of(table_from_rows(rows))) == []
    rows[-1][2] = "609.000"
    assert [(f.rule, f.found, f.expected) for f in run(document_of(table_from_rows(rows)))] == [
        ("LKJ103", "609.000", "609.323")]


def test_an_unlabelled_row_of_amounts_totals_the_table(table_from_rows, document_of):
    rows = [["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
            ["1", "Program A", "300.000", "250.000"], ["a", "Kegiatan A1", "100.000", "100.000"],
            ["b", "Kegiatan A2", "200.000", "150.000"],
            ["2", "Program B", "500.000", "400.000"], ["a", "Kegiatan B1", "500.000", "400.000"],
            ["", "", "800.000", "650.000"]]
    # Not a sub-row of the last kegiatan: Program B holds.
    assert run(document_of(table_from_rows(rows))) == []
    rows[-1][3] = "600.000"
    assert [(f.rule, f.found, f.expected) for f in run(document_of(table_from_rows(rows)))] == [
        ("LKJ103", "600.000", "650.000")]
