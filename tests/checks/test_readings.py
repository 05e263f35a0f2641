"""Readings before findings: each shape a real report prints that is right under a reading
other than the plain one stays silent, and the same shape with a wrong figure is still
found, naming the reading."""

from lkjip_lint.config import Config
from lkjip_lint.engine import lint_documents
from lkjip_lint.extract import extract
from lkjip_lint.findings import Severity
from lkjip_lint.messages import render


def lint(tmp_path, text: str, *rules: str, report_year: int | None = None):
    path = tmp_path / "laporan.txt"
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    config = Config(select=rules, report_year=report_year)
    return [f for f in lint_documents([extract(str(path))], config) if f.rule in rules]


def rows(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- budget percentages ------------------------------------------------------------------

PHYSICAL = rows(
    "LAPORAN KINERJA DINAS TAHUN 2016",
    "Tabel 3.6 Pagu dan Realisasi Program/Kegiatan APBD TA. 2016",
    "No.\tKegiatan\tAnggaran\tRealisasi Keuangan (Rp)\tRealisasi Keuangan (%)\tRealisasi Fisk (%)",
    "1)\tKegiatan Perencanaan\t465.000.000\t461.178.100\t99,18\t100,00",
    "2)\tKegiatan Peningkatan Kesejahteraan\t968.500.000\t861.036.000\t{second}\t99,03",
    "3)\tKegiatan Penyelenggaraan Administrasi\t1.464.200.000\t1.398.883.955\t95,54\t100,00",
    "4)\tKegiatan Pelayanan Umum\t473.800.000\t424.418.216\t89,58\t100,00",
)


def test_physical_progress_column_is_no_ratio_of_money(tmp_path):
    # "Realisasi Fisk (%)" (misspelt, so no vocabulary tells it): its rows follow no
    # reading of the money columns, so the column is not read at all.
    assert lint(tmp_path, PHYSICAL.format(second="88,90"), "LKJ101") == []


def test_money_percentage_beside_a_physical_column_is_still_checked(tmp_path):
    findings = lint(tmp_path, PHYSICAL.format(second="98,90"), "LKJ101")
    assert [(f.found, f.expected, f.location.column) for f in findings] == [("98,90", "88,90 %", 5)]
    assert findings[0].severity == Severity.ERROR  # named by its header and confirmed by 3 of 4 rows


SHARE = rows(
    "LKPJ TAHUN ANGGARAN 2021",
    "Tabel 1.28 Perincian Pendapatan dari Lain-lain PAD Yang Sah",
    "No\tUraian\tAnggaran (Rp.)\tRealisasi (Rp.)\t% Dari Angg.\t% Dari Total",
    "1\tHasil Penjualan Peralatan dan Mesin\t0.00\t28,029,753.00\t100.00\t0.24",
    "2\tHasil Penjualan Jalan, Jaringan, dan Irigasi\t0.00\t84,696,238.00\t100.00\t0.74",
    "3\tHasil Penjualan Aset Lainnya\t1,002,654,953.00\t1,951,848,300.00\t194.67\t16.96",
    "4\tJasa Giro pada Kas Daerah\t1,651,872,893.00\t3,657,331,615.00\t221.41\t{share}",
    "5\tJasa Giro pada Kas di Bendahara\t116,000,000.00\t2,073.00\t0.00\t0.00",
    "6\tPendapatan Bunga\t1,500,000,000.00\t995,833,328.00\t66.39\t8.65",
)


def test_share_of_a_total_printed_elsewhere_is_silent(tmp_path):
    # realisation / 11,508,947,947.35 (a total the table does not print) in every row;
    # "anggaran 0.00 → 100.00" is a convention for division by zero, not arithmetic.
    assert lint(tmp_path, SHARE.format(share="31.78"), "LKJ101") == []


def test_share_that_breaks_the_common_total_is_found(tmp_path):
    findings = lint(tmp_path, SHARE.format(share="13.78"), "LKJ101")
    assert [(f.found, f.expected) for f in findings] == [("13.78", "31.78 %")]
    assert findings[0].message_id == "percentage-mismatch-share"
    assert "share of the column total" in render(findings[0])


SILPA = rows(
    "LAPORAN KINERJA DINAS TAHUN 2016",
    "SILPA Total APBD dan APBN Tahun Anggaran 2016",
    "No\tSumber Anggaran\tAnggaran (Rp)\tRealisasi (Rp)\tSILPA (Rp)\tSILPA (%)",
    "\tTOTAL\t71.097.795.842\t62.833.046.831\t8.264.749.011\t11,62",
    "1\tAPBD\t44.495.611.842\t43.433.436.071\t1.062.175.771\t{apbd}",
    "2\tAPBN\t26.602.184.000\t19.399.610.760\t7.202.573.240\t27,08",
    "\ta. Tugas Pembantuan\t22.061.479.000\t15.332.496.000\t6.728.983.000\t30,50",
)


def test_unspent_share_is_silent(tmp_path):
    assert lint(tmp_path, SILPA.format(apbd="2,39"), "LKJ101", "LKJ104") == []


def test_unspent_share_that_is_wrong_is_found(tmp_path):
    findings = lint(tmp_path, SILPA.format(apbd="3,39"), "LKJ101")
    assert [(f.found, f.expected) for f in findings] == [("3,39", "2,39 %")]
    assert findings[0].message_id == "percentage-mismatch-complement"


# --- achievement ---------------------------------------------------------------------------

PERIODIC = rows(
    "Pengukuran Kinerja Tahun 2022",
    "Capaian Indikator Kinerja Sub Bidang Penyusunan Anggaran Tahun 2022",
    "Sasaran\tIndikator\tSatuan\tTarget\tRealisasi (isian bulanan)\t\t\t\tJumlah\tKinerja(%)",
    "\t\t\t\tIsian 1\tIsian 2\tIsian 3\tIsian 4\t\t",
    "Sasaran A\tPersentase Perangkat Daerah Tepat Waktu\tpersen\t95.56\t93\t\t\t\t93\t97.32",
    "Sasaran B\tJumlah Rancangan Perda APBD\tdokumen\t2\t1\t0\t2\t\t3\t150.00",
    "Sasaran C\tJumlah Rancangan Perda Perubahan APBD\tdokumen\t3\t1\t1\t1\t2\t5\t{third}",
)


def test_capaian_of_summed_monthly_realisation_is_silent(tmp_path):
    # 1 + 1 + 1 + 2 = 5 against 3: 166,67 %, not 2 / 3 (the last month alone).
    assert lint(tmp_path, PERIODIC.format(third="166.67"), "LKJ301", "LKJ106") == []


def test_capaian_of_summed_monthly_realisation_that_is_wrong_is_found(tmp_path):
    findings = lint(tmp_path, PERIODIC.format(third="176.67"), "LKJ301")
    assert [(f.found, f.expected) for f in findings] == [("176.67", "166.67 %")]


def test_a_jumlah_that_is_not_the_sum_of_its_months_is_found(tmp_path):
    text = PERIODIC.format(third="166.67").replace("1\t1\t1\t2\t5\t", "1\t1\t1\t2\t6\t")
    findings = lint(tmp_path, text, "LKJ106")
    assert [(f.found, f.expected) for f in findings] == [("6", "5")]


DECREASING = rows(
    "LAPORAN KINERJA DINAS PERTANIAN TAHUN 2016",
    "Tabel 9. Pengukuran Kinerja dari Sasaran Strategis : Menurunnya Tingkat Kehilangan Hasil",
    "Sasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi 2016\t%",
    "Adanya Efisiensi Usaha Pertanian\t- Menurunnya tingkat kehilangan hasil padi\t%\t10,90\t10,21\t{printed}",
)


def test_lower_is_better_told_by_the_indicator_words_is_silent(tmp_path):
    # (2 × 10,90 − 10,21) / 10,90 = 106,33 %, the report's own formula for a decreasing figure
    assert lint(tmp_path, DECREASING.format(printed="106,33"), "LKJ301") == []
    # the plain ratio is fine too: the words do not decide the polarity
    assert lint(tmp_path, DECREASING.format(printed="93,67"), "LKJ301") == []


def test_lower_is_better_with_a_wrong_figure_is_found(tmp_path):
    findings = lint(tmp_path, DECREASING.format(printed="116,33"), "LKJ301")
    assert [(f.found, f.expected) for f in findings] == [("116,33", "93,67 %")]


def test_falling_renstra_targets_let_the_lower_is_better_form_stand(tmp_path):
    text = rows(
        "LAPORAN KINERJA DINAS TAHUN 2018",
        "Rencana Strategis 2016-2021",
        "No\tIndikator Kinerja\tTarget 2016\tTarget 2017\tTarget 2018\tTarget 2019",
        "1\tLuas lahan terdampak OPT utama\t120\t110\t100\t90",
        "Tabel 3.1 Pengukuran Kinerja Tahun 2018",
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
        "1\tLuas lahan terdampak OPT utama\t100\t80\t{printed}",
    )
    assert lint(tmp_path, text.format(printed="120,00"), "LKJ301", report_year=2018) == []
    findings = lint(tmp_path, text.format(printed="125,00"), "LKJ301", report_year=2018)
    assert [f.found for f in findings] == ["125,00"]


CAPAIAN_AS_DIFFERENCE = rows(
    "AKUNTABILITAS KINERJA",
    "Tabel Evaluasi Capaian Kinerja Tujuan 1 Tahun 2012",
    "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
    "1\tAngka Melek Huruf (AMH) seluruh penduduk\t98,65\t98,76\t{printed}",
)


def test_capaian_printed_as_realisation_minus_target_is_silent(tmp_path):
    assert lint(tmp_path, CAPAIAN_AS_DIFFERENCE.format(printed="0.11"), "LKJ301", report_year=2012) == []


def test_capaian_that_fits_no_reading_is_found(tmp_path):
    findings = lint(tmp_path, CAPAIAN_AS_DIFFERENCE.format(printed="0.21"), "LKJ301", report_year=2012)
    assert [(f.found, f.expected) for f in findings] == [("0.21", "100,11 %")]


ROUNDED_OPERAND = rows(
    "LAPORAN KINERJA TAHUN 2021",
    "Tabel 3.1 Pengukuran Kinerja Tahun 2021",
    "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
    "1\tPersentase desa mandiri\t70\t66,7\t{printed}",
)


def test_realisation_printed_at_a_lower_precision_is_silent(tmp_path):
    # 66,7 stands for 66,67: 66,67 / 70 = 95,24 %, where 66,7 / 70 gives 95,29 %
    assert lint(tmp_path, ROUNDED_OPERAND.format(printed="95,24 %"), "LKJ301") == []


def test_capaian_beyond_the_rounding_of_its_operands_is_found(tmp_path):
    findings = lint(tmp_path, ROUNDED_OPERAND.format(printed="96,24 %"), "LKJ301")
    assert [f.found for f in findings] == ["96,24 %"]


# --- derived columns ---------------------------------------------------------------------------


def test_difference_message_names_the_reading(tmp_path):
    text = rows(
        "LAPORAN KINERJA INSPEKTORAT TAHUN 2020",
        "Perbandingan Indikator Kinerja Output Tahun 2018-2020",
        "No\tIndikator Kinerja\tSatuan\tRealisasi 2018\tRealisasi 2019\tRealisasi 2020\t+/-\t%",
        "1.\tJumlah Laporan Monitoring\tLHM\t35\t42\t49\t+7\t116",
        "2.\tLaporan Inventarisasi TPTGR\tLAP\t5\t0\t0\t0\t0",
        "3.\tLaporan Inventarisasi Temuan\tKeg.\t6\t6\t6\t+6\t100",
        "4.\tSIMHP\tApk\t1\t1\t1\t+1\t100",
    )
    findings = lint(tmp_path, text, "LKJ104", "LKJ101", "LKJ301")
    assert [(f.rule, f.found, f.expected) for f in findings] == [("LKJ104", "+6", "0"), ("LKJ104", "+1", "0")]
    message = render(findings[0])
    assert "6 − 6 = 0" in message and "Realisasi 2020 − Realisasi 2019" in message and "2 of 4 rows" in message
    assert "dibaca sebagai" in render(findings[0], "id")


def test_a_revised_budget_column_is_no_change(tmp_path):
    text = rows(
        "LAPORAN KINERJA TAHUN 2021",
        "Tabel 3.8 Anggaran Murni dan Perubahan",
        "No\tProgram\tAnggaran Murni (Rp)\tAnggaran Perubahan (Rp)\tRealisasi (Rp)\t%",
        "1\tProgram A\t1.000.000\t1.200.000\t1.100.000\t91,67",
        "2\tProgram B\t2.000.000\t1.800.000\t1.800.000\t100,00",
    )
    assert lint(tmp_path, text, "LKJ105", "LKJ104") == []


def test_last_years_capaian_beside_this_years_figures_is_not_recomputed(tmp_path):
    text = rows(
        "LAPORAN KINERJA TAHUN 2016",
        "Tabel 3.2 Perbandingan Capaian Tahun 2015 dan 2016",
        "No\tIndikator Kinerja\tTarget 2016\tRealisasi 2016\tCapaian 2016\tCapaian 2015",
        "1\tPersentase dokumen perencanaan tepat waktu\t90\t81\t{this_year}\t95,00",
    )
    assert lint(tmp_path, text.format(this_year="90,00"), "LKJ301") == []
    findings = lint(tmp_path, text.format(this_year="95,00"), "LKJ301")
    assert [(f.found, f.location.column) for f in findings] == [("95,00", 5)]


UNTOLD = rows(
    "LAPORAN KINERJA TAHUN 2021",
    "Tabel 2.4 Jumlah Pegawai per Bidang",
    "No\tBidang\tLaki-laki\tPerempuan\tKeseluruhan",
    "1\tSekretariat\t12\t9\t21",
    "2\tBidang Anggaran\t7\t5\t12",
    "3\tBidang Perbendaharaan\t8\t6\t{third}",
    "4\tBidang Akuntansi\t4\t11\t15",
)


def test_a_relation_only_the_rows_show_is_a_warning_when_broken_once(tmp_path):
    assert lint(tmp_path, UNTOLD.format(third="14"), "LKJ106", "LKJ104") == []
    findings = lint(tmp_path, UNTOLD.format(third="15"), "LKJ106", "LKJ104")
    assert [(f.rule, f.found, f.expected, f.severity) for f in findings] == [("LKJ106", "15", "14", Severity.WARNING)]


def test_figures_that_follow_no_relation_are_left_alone(tmp_path):
    text = rows(
        "LAPORAN KINERJA TAHUN 2021",
        "Tabel 2.4 Jumlah Pegawai per Golongan",
        "No\tBidang\tGolongan II\tGolongan III\tGolongan IV",
        "1\tSekretariat\t12\t9\t21",
        "2\tBidang Anggaran\t7\t5\t3",
        "3\tBidang Perbendaharaan\t8\t6\t2",
        "4\tBidang Akuntansi\t4\t11\t1",
    )
    assert lint(tmp_path, text, "LKJ106", "LKJ104") == []
