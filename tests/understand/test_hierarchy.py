"""Row hierarchies in the shapes real budget tables print them."""

from spanned_tables import plain, spanned_table

from lkjip_lint.understand.hierarchy import children_of, total_readings, totalled_by
from lkjip_lint.understand.layout import TableLayout
from lkjip_lint.vocab import load_packs

VOCABULARY = load_packs().get("vocabulary", {})


def hierarchy(table):
    layout = TableLayout(table, VOCABULARY, "id")
    return layout, layout.hierarchy


def labels_of(infos) -> list[str]:
    return [i.label for i in infos]


def groups(infos) -> dict[str, list[str]]:
    return {info.label: labels_of(children_of(infos, i)) for i, info in enumerate(infos)
            if not info.is_total and children_of(infos, i)}


def index_of(infos, label: str) -> int:
    return next(i for i, info in enumerate(infos) if info.label == label)


def totals_first_table():
    """Totals printed above what they add up; programs lettered, kegiatan "1)"; the last
    program's kegiatan run onto the next page (the reader has joined the pages)."""
    rows = [
        plain(["No.", "Kegiatan", "Anggaran", "Realisasi (Rp)"]),
        plain(["", "TOTAL APBD 2016", "600", "560"]),
        plain(["", "BELANJA TIDAK LANGSUNG", "100", "100"]),
        plain(["", "TOTAL ANGGARAN (WAJIB + PILIHAN)", "500", "460"]),
        plain(["", "TOTAL URUSAN WAJIB", "300", "280"]),
        plain(["a.", "Program Perencanaan", "100", "90"]),
        plain(["1)", "Kegiatan Perencanaan", "100", "90"]),
        plain(["b.", "Program Pelayanan", "200", "190"]),
        plain(["2)", "Kegiatan Administrasi", "120", "110"]),
        plain(["3)", "Kegiatan Rapat", "80", "80"]),
        plain(["", "TOTAL URUSAN PILIHAN", "200", "180"]),
        plain(["a.", "Program Produksi", "200", "180"]),
        plain(["1)", "Kegiatan Benih", "150", "130"]),
        plain(["2)", "Kegiatan Pupuk", "50", "50"]),
    ]
    return spanned_table(rows, row_pages=(70,) * 12 + (71, 71))


def test_totals_printed_first_head_what_follows():
    layout, infos = hierarchy(totals_first_table())
    assert [i.label for i in infos if i.is_total] == ["TOTAL APBD 2016", "TOTAL ANGGARAN (WAJIB + PILIHAN)"]
    assert all(i.heads for i in infos if i.is_total)
    # A total that names a group heads it; programs and kegiatan nest under it.
    assert groups(infos) == {
        "TOTAL URUSAN WAJIB": ["Program Perencanaan", "Program Pelayanan"],
        "Program Perencanaan": ["Kegiatan Perencanaan"],
        "Program Pelayanan": ["Kegiatan Administrasi", "Kegiatan Rapat"],
        "TOTAL URUSAN PILIHAN": ["Program Produksi"],
        "Program Produksi": ["Kegiatan Benih", "Kegiatan Pupuk"],
    }
    # TOTAL APBD = BTL + the total printed below it; TOTAL ANGGARAN = the two urusan.
    assert labels_of(totalled_by(infos, index_of(infos, "TOTAL APBD 2016"))) == [
        "BELANJA TIDAK LANGSUNG", "TOTAL ANGGARAN (WAJIB + PILIHAN)"]
    assert labels_of(totalled_by(infos, index_of(infos, "TOTAL ANGGARAN (WAJIB + PILIHAN)"))) == [
        "TOTAL URUSAN WAJIB", "TOTAL URUSAN PILIHAN"]


def test_group_words_and_markers_in_the_label():
    # Programs numbered in the No column, kegiatan numbered in front of their label.
    table = spanned_table([
        plain(["No", "Program/ Kegiatan", "Jml Anggaran (Rp)"]),
        plain(["", "TOTAL APBD", "450"]),
        plain(["", "URUSAN WAJIB", "150"]),
        [(0, "1", 1, 2), (1, "Program Perencanaan"), (2, "100")],
        [(1, "1. Kegiatan Perencanaan"), (2, "100")],
        [(0, "2", 1, 3), (1, "Program Kapasitas"), (2, "50")],
        [(1, "2. Kegiatan Pelatihan"), (2, "20")],
        [(1, "3. Kegiatan Bimtek"), (2, "30")],
        plain(["", "URUSAN PILIHAN", "300"]),
        plain(["8.", "Program Produksi", "300"]),
        plain(["", "21. Kegiatan Benih", "300"]),
    ])
    _, infos = hierarchy(table)
    assert groups(infos) == {
        "URUSAN WAJIB": ["Program Perencanaan", "Program Kapasitas"],
        "Program Perencanaan": ["1. Kegiatan Perencanaan"],
        "Program Kapasitas": ["2. Kegiatan Pelatihan", "3. Kegiatan Bimtek"],
        "URUSAN PILIHAN": ["Program Produksi"],
        "Program Produksi": ["21. Kegiatan Benih"],
    }
    assert labels_of(totalled_by(infos, 0)) == ["URUSAN WAJIB", "URUSAN PILIHAN"]


def test_code_columns_a_program_whose_last_code_is_empty_is_a_sibling():
    def coded(codes, label, amount):
        return plain(codes + [label, amount])

    table = spanned_table([
        [(0, "KODE REKENING", 6, 1), (6, "PROGRAM / KEGIATAN"), (7, "ANGGARAN")],
        coded(["2", "01", "01", "10", "87", ""], "Program Pemberdayaan", "300"),
        coded(["2", "01", "01", "10", "87", "71"], "Pengembangan Kelembagaan", "200"),
        coded(["2", "01", "01", "10", "87", "72"], "Pengawalan LOAN", "100"),
        coded(["2", "01", "01", "10", "88", ""], "Program Pencegahan", "160"),
        coded(["2", "01", "01", "10", "88", "76"], "Pengamatan OPT", "110"),
        coded(["2", "01", "01", "10", "88", "77"], "Pembinaan Petani", "50"),
        coded(["2", "01", "01", "10", "89", ""], "Program Pemasaran", "17"),
        coded(["2", "01", "01", "10", "89", "78"], "Piloting", "8"),
    ])
    _, infos = hierarchy(table)
    assert groups(infos) == {
        "Program Pemberdayaan": ["Pengembangan Kelembagaan", "Pengawalan LOAN"],
        "Program Pencegahan": ["Pengamatan OPT", "Pembinaan Petani"],
        "Program Pemasaran": ["Piloting"],
    }


def test_a_grand_total_adds_the_subtotals_not_the_rows_they_total():
    table = spanned_table([
        [(0, "KODE", 2, 1), (2, "PROGRAM / KEGIATAN"), (3, "ANGGARAN"), (4, "REALISASI")],
        plain(["29", "", "Program Perencanaan", "266", "213"]),
        plain(["", "01", "Penyusunan Perencanaan", "266", "213"]),
        plain(["59", "", "Program Kesejahteraan", "300", "250"]),
        plain(["", "02", "Peningkatan Kesejahteraan A", "100", "90"]),
        plain(["", "03", "Peningkatan Kesejahteraan B", "200", "160"]),
        [(0, "TOTAL KEGIATAN", 3, 1), (3, "566"), (4, "463")],
        plain(["", "", "Belanja Tidak Langsung", "1.000", "970"]),
        plain(["", "", "Belanja Pegawai", "1.000", "970"]),
        [(0, "JUMLAH TOTAL", 3, 1), (3, "1.566"), (4, "1.433")],
    ])
    _, infos = hierarchy(table)
    subtotal, grand = index_of(infos, "TOTAL KEGIATAN"), index_of(infos, "JUMLAH TOTAL")
    assert labels_of(totalled_by(infos, subtotal)) == ["Program Perencanaan", "Program Kesejahteraan"]
    assert labels_of(totalled_by(infos, grand)) == ["TOTAL KEGIATAN", "Belanja Tidak Langsung"]
    # A row with no mark after a group word is its child.
    assert groups(infos)["Belanja Tidak Langsung"] == ["Belanja Pegawai"]
    assert len(total_readings(infos, grand)) == 2


def test_siblings_are_not_parent_and_child():
    table = spanned_table([
        plain(["No", "Uraian", "Anggaran"]),
        plain(["c.", "Program Pelayanan", "300"]),
        plain(["1)", "Kegiatan A", "100"]),
        plain(["2)", "Kegiatan B", "200"]),
        plain(["d.", "Program Sarana", "50"]),
        plain(["1)", "Kegiatan C", "50"]),
    ])
    _, infos = hierarchy(table)
    assert groups(infos) == {"Program Pelayanan": ["Kegiatan A", "Kegiatan B"], "Program Sarana": ["Kegiatan C"]}


def test_a_satker_row_closes_the_program_above_it():
    table = spanned_table([
        plain(["Program/ Kegiatan/ Uraian", "", "Jumlah Anggaran"]),
        [(0, "TOTAL", 2, 1), (2, "350")],
        [(0, "Satker Dinas (05) Ditjen Perkebunan", 2, 1), (2, "300")],
        [(0, "Program Peningkatan Produksi", 2, 1), (2, "300")],
        plain(["1", "Kegiatan Tanaman Tahunan", "200"]),
        plain(["2", "Kegiatan Perlindungan", "100"]),
        [(0, "Satker Dinas (08) Ditjen PSP", 2, 1), (2, "50")],
        [(0, "Program Prasarana", 2, 1), (2, "50")],
        plain(["1", "Kegiatan Perluasan Areal", "50"]),
    ])
    _, infos = hierarchy(table)
    assert groups(infos) == {
        "Satker Dinas (05) Ditjen Perkebunan": ["Program Peningkatan Produksi"],
        "Program Peningkatan Produksi": ["Kegiatan Tanaman Tahunan", "Kegiatan Perlindungan"],
        "Satker Dinas (08) Ditjen PSP": ["Program Prasarana"],
        "Program Prasarana": ["Kegiatan Perluasan Areal"],
    }
    assert labels_of(totalled_by(infos, 0)) == ["Satker Dinas (05) Ditjen Perkebunan", "Satker Dinas (08) Ditjen PSP"]


def test_an_unmarked_row_after_numbered_kegiatan_is_their_sibling():
    table = spanned_table([
        plain(["No", "Uraian", "Anggaran"]),
        plain(["D", "Program Kualitas Hidup", "300"]),
        plain(["1", "Peringatan Hari Anak", "100"]),
        plain(["2", "Jambore Forum Anak", "100"]),
        plain(["", "Pembinaan Organisasi Perempuan", "100"]),
        plain(["E", "Program Ketahanan Keluarga", "50"]),
        plain(["1", "Ketahanan Keluarga", "50"]),
    ])
    _, infos = hierarchy(table)
    assert groups(infos)["Program Kualitas Hidup"] == [
        "Peringatan Hari Anak", "Jambore Forum Anak", "Pembinaan Organisasi Perempuan"]


def test_a_row_of_amounts_only_is_a_total():
    """No number, no label: "| | 800.000 | 650.000 |" under the last kegiatan totals the
    table; a dotted amount is not a code."""
    table = spanned_table([
        plain(["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"]),
        plain(["1", "Program A", "300.000", "250.000"]),
        plain(["a", "Kegiatan A1", "300.000", "250.000"]),
        plain(["2", "Program B", "500.000", "400.000"]),
        plain(["a", "Kegiatan B1", "500.000", "400.000"]),
        plain(["", "", "800.000", "650.000"]),
    ])
    _, infos = hierarchy(table)
    assert infos[-1].is_total and infos[-1].level == 0
    assert groups(infos)["Program B"] == ["Kegiatan B1"]
    assert labels_of(totalled_by(infos, len(infos) - 1)) == ["Program A", "Program B"]


def test_a_numbered_row_without_a_label_or_a_code_row_is_no_total():
    table = spanned_table([
        plain(["No", "Program/Kegiatan", "Anggaran (Rp)"]),
        plain(["1", "Program A", "300.000"]),
        plain(["2", "", "300.000"]),
        plain(["4.01.01", "Program B", "500.000"]),
    ])
    _, infos = hierarchy(table)
    assert not any(info.is_total for info in infos)
