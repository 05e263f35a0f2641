from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def facts_of(*documents):
    return Facts(list(documents), load_packs())


def test_title_year_beats_publication_year_on_the_cover(document_of):
    doc = document_of(
        "LAPORAN KINERJA", "KECAMATAN SUMBERSARI", "TAHUN 2021", "TAHUN 2022",
        "KATA PENGANTAR",
        "Laporan ini disusun sesuai Peraturan Presiden Nomor 29 Tahun 2014.",
        "Sumbersari, 14 Januari 2022",
    )
    assert facts_of(doc).report_year() == 2021


def test_2023_report_signed_in_2024(document_of):
    doc = document_of(
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "DINAS KESEHATAN KOTA CONTOH", "2024",
        "KATA PENGANTAR",
        "Pertanggungjawaban atas pencapaian sasaran strategis Tahun Anggaran 2023.",
        "Perjanjian Kinerja Dinas Kesehatan Tahun 2023 memuat dua sasaran.",
        "Renstra Dinas Kesehatan 2019-2023 menjadi acuan.",
        "Contoh, 20 Februari 2024",
    )
    facts = facts_of(doc)
    assert facts.report_year() == 2023
    assert facts.renstra_period == (2019, 2023)


def test_configured_year_wins(document_of):
    doc = document_of("LAPORAN KINERJA TAHUN 2021", "Tahun Anggaran 2021")
    assert facts_of(doc).report_year(Config(report_year=2020)) == 2020
    assert facts_of(doc).report_year(Config()) == 2021


def test_regulation_years_are_not_report_years(document_of):
    doc = document_of(
        "Laporan Kinerja ini disusun berdasarkan Peraturan Menteri PANRB Nomor 53 Tahun 2014.",
        "Sesuai Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.",
    )
    assert facts_of(doc).report_year() is None


def test_signing_date_alone_points_to_the_previous_year(document_of):
    doc = document_of("Laporan disampaikan kepada Bupati.", "Contoh, 10 Maret 2020")
    assert facts_of(doc).report_year() == 2019


def test_no_evidence_gives_none(document_of):
    facts = facts_of(document_of("Notulen rapat koordinasi.", "Hadir 12 orang."))
    assert facts.report_year() is None
    assert facts.renstra_period is None


def test_measurement_and_heading_years_vote(document_of):
    doc = document_of(
        "BAB III AKUNTABILITAS KINERJA",
        "A. PENGUKURAN CAPAIAN KINERJA TAHUN 2022",
        "Pengukuran kinerja tahun 2022 dilakukan terhadap 3 indikator.",
        "Dibandingkan dengan realisasi tahun 2021, capaian meningkat.",
    )
    assert facts_of(doc).report_year() == 2022


def test_renstra_period_from_prose_forms(document_of):
    for sentence in (
        "Rencana Strategis (Renstra) Kecamatan Contoh Tahun 2016-2021 memuat tujuan.",
        "Target ditetapkan dalam Renstra periode 2016 – 2021.",
        "Renstra OPD Tahun 2016 s.d 2021 telah diubah.",
    ):
        assert facts_of(document_of(sentence)).renstra_period == (2016, 2021), sentence


def test_a_plain_range_is_weaker_than_a_renstra_range(document_of):
    doc = document_of(
        "Data kunjungan tahun 2015-2019 disajikan pada grafik.",
        "Renstra Dinas Tahun 2021-2026 menetapkan empat sasaran.",
    )
    assert facts_of(doc).renstra_period == (2021, 2026)


def test_renstra_period_from_matrix_year_columns(document_of, table_from_rows):
    matrix = table_from_rows([
        ["No.", "Sasaran", "Indikator", "Target Kinerja Sasaran Pada Tahun", "", "", "", "", ""],
        ["", "", "", "2019", "2020", "2021", "2022", "2023", ""],
        ["1", "Meningkatnya pelayanan", "Nilai SKM", "80", "82", "84", "86", "88", ""],
    ])
    doc = document_of("LAMPIRAN 1", "RENCANA STRATEGIS DINAS CONTOH", matrix)
    assert facts_of(doc).renstra_period == (2019, 2023)


def test_a_trend_table_alone_is_not_a_renstra(document_of, table_from_rows):
    trend = table_from_rows([
        ["Indikator", "2017", "2018", "2019", "2020", "2021"],
        ["Nilai SKM", "70", "72", "75", "78", "80"],
    ])
    assert facts_of(document_of("Perkembangan nilai SKM", trend)).renstra_period is None
    doc = document_of("Perkembangan nilai SKM", trend, "Sesuai Renstra periode 2016-2021.")
    assert facts_of(doc).renstra_period == (2016, 2021)


def test_results_are_computed_once(document_of):
    facts = facts_of(document_of("LAPORAN KINERJA TAHUN 2021"))
    assert facts.report_year() == 2021
    facts.weighed_report_year = 1999  # a cached property: later readers see the first answer
    assert facts.report_year() == 1999


def test_evidence_without_a_clear_winner_gives_none(document_of):
    doc = document_of("Realisasi Tahun Anggaran 2021 dibandingkan Tahun Anggaran 2022.")
    assert facts_of(doc).report_year() is None
    plans = document_of("Renstra 2016-2021 berakhir; Renstra 2021-2026 disusun.")
    assert facts_of(plans).renstra_period is None


def test_configured_report_year_reaches_every_reader(document_of):
    from lkjip_lint.config import Config
    from lkjip_lint.understand.facts import Facts
    from lkjip_lint.vocab import load_packs

    document = document_of("LAPORAN KINERJA TAHUN 2021", "Perjanjian Kinerja Tahun 2021")
    assert Facts([document], load_packs()).report_year() == 2021
    assert Facts([document], load_packs(), Config(report_year=2022)).report_year() == 2022
