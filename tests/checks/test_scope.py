"""The scope of a table's figures: amounts and targets of another year, budget source,
planning stage or unit are compared only with their own kind. Each trap stays silent
next to the same shape with a figure that is really wrong."""

import docx

from lkjip_lint.config import Config
from lkjip_lint.engine import lint_documents
from lkjip_lint.extract import extract
from lkjip_lint.findings import ROLE_REFERENCE, Severity


def lint(path, text: str, *rules: str, report_year: int | None = None):
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    config = Config(select=rules, report_year=report_year)
    return [f for f in lint_documents([extract(str(path))], config) if f.rule in rules]


def rows(*lines: str) -> str:
    return "\n".join(lines) + "\n"


REALISATION_2016 = rows(
    "LAPORAN KINERJA BADAN TAHUN 2016",
    "Tabel 3.2b Anggaran dan Realisasi Keuangan Tahun 2016",
    "No\tUraian Program dan Kegiatan\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\t%",
    "1\tJejaring Kelembagaan dan Kerjasama Potensi Sumber Daya\t810.000.000\t729.083.300\t90,01",
    "2\tGerakan Pengarusutamaan Gender di Daerah\t900.000.000\t862.537.600\t95,84",
)


def test_next_years_plan_is_not_this_years_budget(tmp_path):
    text = REALISATION_2016 + rows(
        "Rencana tindak lanjut disusun sebagai berikut.",
        "Tabel 3.1.7a Rencana Program dan Kegiatan Tahun 2017",
        "Program\tKegiatan\tRencana Anggaran (Rp.)",
        "Program Peningkatan Peran Serta\tJejaring Kelembagaan dan Kerjasama Potensi Sumber Daya\t1.095.072.000",
        "\tGerakan Pengarusutamaan Gender di Daerah\t3.174.625.000",
    )
    assert lint(tmp_path / "a.txt", text, "LKJ205") == []


def test_same_year_plan_with_another_amount_is_found(tmp_path):
    text = REALISATION_2016 + rows(
        "Lampiran Perjanjian Kinerja",
        "Tabel 2.3 Program dan Kegiatan Tahun 2016",
        "Program\tKegiatan\tAnggaran (Rp.)",
        "Program Peningkatan Peran Serta\tJejaring Kelembagaan dan Kerjasama Potensi Sumber Daya\t1.095.072.000",
        "\tGerakan Pengarusutamaan Gender di Daerah\t900.000.000",
    )
    findings = lint(tmp_path / "a.txt", text, "LKJ205")
    assert [(f.found, f.expected) for f in findings] == [("1.095.072.000", "810.000.000")]
    assert findings[0].severity is None or findings[0].severity == Severity.WARNING
    assert [r.role for r in findings[0].related] == [ROLE_REFERENCE]
    assert "Tabel 3.2b" in findings[0].evidence and "Tabel 2.3" in findings[0].evidence


CEILING = rows(
    "Lampiran. Rencana Kerja Tahun 2016 Sumber Pendanaan APBD TA.2016",
    "No\tProgram/Kegiatan\tIndikator Kinerja\tTarget Capaian\tPagu Indikatif (Rp. 000)",
    "1\tJejaring Kelembagaan dan Kerjasama Potensi Sumber Daya\tTerlaksananya kerjasama\t1 Kegiatan\t{amount}",
)


def test_planning_ceiling_is_not_the_budget_accounted_for(tmp_path):
    text = REALISATION_2016 + CEILING.format(amount="675.000")
    assert lint(tmp_path / "a.txt", text, "LKJ205") == []


def test_amounts_in_thousands_are_read_as_rupiah(tmp_path):
    plan = rows(
        "Lampiran Rencana Kerja Tahun 2016",
        "No\tProgram/Kegiatan\tIndikator Kinerja\tTarget\tAnggaran (Rp. 000)",
        "1\tJejaring Kelembagaan dan Kerjasama Potensi Sumber Daya\tTerlaksananya kerjasama\t1 Kegiatan\t{amount}",
    )
    assert lint(tmp_path / "a.txt", REALISATION_2016 + plan.format(amount="810.000"), "LKJ205") == []
    findings = lint(tmp_path / "b.txt", REALISATION_2016 + plan.format(amount="820.000"), "LKJ205")
    assert [(f.found, f.expected) for f in findings] == [("820.000.000", "810.000.000")]


def test_apbn_table_is_not_compared_with_the_apbd_one(tmp_path):
    text = rows(
        "LAPORAN KINERJA DINAS TAHUN 2016",
        "Tabel 3.6 Pagu dan Realisasi Program/Kegiatan APBD Provinsi TA. 2016",
        "No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
        "1\tKegiatan Pengembangan Tanaman Semusim dan Rempah\t899.200.000\t864.469.000\t96,14",
        "Tabel 3.7 Pagu dan Realisasi Dana APBN Tugas Pembantuan TA. 2016",
        "No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
        "1\tKegiatan Pengembangan Tanaman Semusim dan Rempah\t5.120.000.000\t5.100.000.000\t99,61",
    )
    assert lint(tmp_path / "a.txt", text, "LKJ205") == []


def test_a_row_listing_several_programs_is_their_total(tmp_path):
    text = rows(
        "LAPORAN KINERJA BADAN TAHUN 2016",
        "Tabel 3.2a Anggaran dan Realisasi Keuangan Per Sasaran Strategis Tahun 2016",
        "No\tSasaran Strategis/ Program\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\t%",
        "1\tMeningkatnya Ketahanan Keluarga : - Program Penataan Administrasi Kependudukan"
        " - Program Pelayanan Keluarga Berencana\t2.666.525.000\t2.202.580.370\t82,60",
        "Tabel 3.2b Anggaran dan Realisasi Keuangan Tahun 2016",
        "No\tUraian Program dan Kegiatan\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\t%",
        "A\tProgram Penataan Administrasi Kependudukan\t1.032.525.000\t852.846.100\t82,60",
        "B\tProgram Pelayanan Keluarga Berencana\t1.634.000.000\t1.349.734.270\t82,60",
    )
    assert lint(tmp_path / "a.txt", text, "LKJ205") == []


def _evaluation_docx(path, activity_amount: str):
    """The activity named on one line with its program ("1. Program: X Kegiatan: Y"),
    as a DOCX prints it, above its evaluation table; the budget realisation table lists
    the program and its two activities."""
    document = docx.Document()
    document.add_paragraph("LAPORAN KINERJA KECAMATAN TAHUN 2021")
    document.add_paragraph("Tabel 3.8 Alokasi dan Realisasi Anggaran Belanja Langsung Per Program Tahun 2021")
    budget = document.add_table(rows=4, cols=5)
    for r, values in enumerate([
        ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN (%)"],
        ["II", "Program penyelenggaraan pemerintahan dan pelayanan publik", "3.143.855.000", "3.094.283.480",
         "98,42%"],
        ["1", "Koordinasi penyelenggaraan kegiatan pemerintahan di tingkat kecamatan", "2.743.174.000",
         "2.703.061.480", "98,54%"],
        ["2", "Penyelenggaraan urusan pemerintahan yang tidak dilaksanakan oleh unit kerja", "400.681.000",
         "391.222.000", "97,64%"],
    ]):
        for c, value in enumerate(values):
            budget.cell(r, c).text = value
    document.add_paragraph("1. Program: Program penyelenggaraan pemerintahan dan pelayanan publik Kegiatan: "
                           "Koordinasi penyelenggaraan kegiatan pemerintahan di tingkat kecamatan")
    evaluation = document.add_table(rows=2, cols=6)
    for r, values in enumerate([
        ["", "", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan/Input", ":", "Anggaran", activity_amount, "2.703.061.480", "98,54%"],
    ]):
        for c, value in enumerate(values):
            evaluation.cell(r, c).text = value
    document.save(path)
    return path


def test_an_activity_is_not_compared_with_its_program(tmp_path):
    path = _evaluation_docx(tmp_path / "laporan.docx", "2.743.174.000")
    findings = [f for f in lint_documents([extract(str(path))], Config(select=("LKJ205",))) if f.rule == "LKJ205"]
    assert findings == []


def test_an_activity_with_another_amount_than_its_own_row_is_found(tmp_path):
    path = _evaluation_docx(tmp_path / "laporan.docx", "2.743.173.000")
    findings = [f for f in lint_documents([extract(str(path))], Config(select=("LKJ205",))) if f.rule == "LKJ205"]
    assert [(f.found, f.expected) for f in findings] == [("2.743.173.000", "2.743.174.000")]


CUMULATIVE = rows(
    "LAPORAN KINERJA DINAS TAHUN 2016",
    "Perjanjian Kinerja Tahun 2016",
    "No\tIndikator Kinerja\tTarget",
    "1\tProsentase Peningkatan Produksi rata-rata komoditas strategis perkebunan\t2,3",
    "Tabel 3.3 Pengukuran Pencapaian Kinerja s.d Tahun 2016 Terhadap Target Renstra 2013-2018",
    "No\tIndikator Kinerja\tRealisasi s.d Tahun 2016 (2014+2015+2016)\tTarget 2014\tTarget 2015\t{target}",
    "1\tProsentase Peningkatan Produksi rata-rata komoditas strategis perkebunan\t6,35\t1,5\t2,0\t{value}",
)


def test_cumulative_realisation_is_no_target(tmp_path):
    text = CUMULATIVE.format(target="Target 2016", value="2,3")
    assert lint(tmp_path / "a.txt", text, "LKJ201", "LKJ202", report_year=2016) == []


def test_renstra_target_of_the_report_year_is_still_compared(tmp_path):
    text = CUMULATIVE.format(target="Target 2016", value="2,5")
    findings = lint(tmp_path / "a.txt", text, "LKJ201", "LKJ202", report_year=2016)
    assert [(f.found, f.expected) for f in findings] == [("2,5", "2,3")]


YEAR_GROUPS = rows(
    "LAPORAN KINERJA DINAS TAHUN 2016",
    "Perjanjian Kinerja Tahun 2016",
    "No\tIndikator Kinerja\tTarget",
    "1\tPersentase dokumen perencanaan yang tepat waktu\t90 %",
    "Tabel 3.1 Pengukuran Kinerja Tahun 2015 dan 2016",
    "No\tIndikator Kinerja\t2015\t\t\t2016\t\t",
    "\t\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%",
    "1\tPersentase dokumen perencanaan yang tepat waktu\t80 %\t80 %\t100 %\t{target}\t90 %\t100 %",
)


def test_a_year_group_table_takes_the_report_years_cells(tmp_path):
    assert lint(tmp_path / "a.txt", YEAR_GROUPS.format(target="90 %"), "LKJ201", report_year=2016) == []


def test_a_year_group_table_with_another_target_this_year_is_found(tmp_path):
    findings = lint(tmp_path / "a.txt", YEAR_GROUPS.format(target="95 %"), "LKJ201", "LKJ301",
                    report_year=2016)
    assert sorted((f.rule, f.found) for f in findings) == [("LKJ201", "95 %"), ("LKJ301", "100 %")]


LISTING_HEADER = ["No", "Program/Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)"]


def _listing(table_from_rows, document_of, *between):
    first = table_from_rows([
        LISTING_HEADER,
        ["1", "Penyelenggaraan Administrasi Perkantoran di Balai Pelatihan Pertanian", "Terselenggaranya administrasi",
         "1 Kegiatan", "480.000.000"],
    ], index=1)
    second = table_from_rows([
        LISTING_HEADER,
        ["79", "Pelatihan Pertanian di Balai Pelatihan Pertanian", "Terselenggaranya pelatihan", "1 Kegiatan",
         "3.000.000.000"],
    ], index=2)
    document = document_of("LAPORAN KINERJA DINAS TAHUN 2016", "Lampiran. Rencana Kerja Tahun 2016", first,
                           *between, second)
    return [f for f in lint_documents([document], Config(select=("LKJ205",))) if f.rule == "LKJ205"]


def test_rows_of_one_listing_continued_over_a_page_are_other_rows(table_from_rows, document_of):
    # the second table repeats the header, with no caption or paragraph before it: the
    # same listing, whose rows name other activities
    assert _listing(table_from_rows, document_of) == []


def test_the_same_names_in_two_tables_of_their_own_are_compared(table_from_rows, document_of):
    findings = _listing(table_from_rows, document_of, "Tabel 3.9 Realisasi Anggaran Tahun 2016")
    assert len(findings) == 1
