from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.year_mentions import (is_performance_report, renstra_mentions, sentence_years,
                                                 signature_dates, title_years)
from lkjip_lint.vocab import load_packs


def facts_of(document):
    return Facts([document], load_packs())


def test_every_mention_of_the_renstra_with_its_period(document_of):
    facts = facts_of(document_of(
        "Renstra Kecamatan Tahun 2016-2021 memuat tujuan dan sasaran.",
        "Dokumen Perubahan Rencana Strategis OPD Kabupaten Jember Tahun 2017-2021.",
        "Visi Pembangunan Jember 2016-2021 yaitu …",  # the RPJMD's vision, not the Renstra
        "Dalam Renstra tersebut ditetapkan target. Evaluasi tahun 2016-2020 menunjukkan …",  # another sentence
    ))
    assert [m.printed for m in renstra_mentions(facts)] == ["2016-2021", "2017-2021"]


def test_titles_naming_another_year_than_the_report(document_of, table_from_rows):
    doc = document_of(
        "LAPORAN KINERJA TAHUN 2021",
        table_from_rows([["No", "Sasaran", "Target"], ["1", "Meningkatnya pelayanan", "80%"]],
                        caption="Tabel 2.1 Target Perjanjian Kinerja Tahun 2012"),
        table_from_rows([["No", "Sasaran", "Target"], ["1", "Meningkatnya pelayanan", "80%"]], index=2,
                        caption="Tabel 2.2 Perjanjian Kinerja Tahun 2022"),  # next year's PK, attached
        table_from_rows([["No", "Indikator", "Realisasi 2020", "Realisasi 2021"], ["1", "SKM", "70", "72"]],
                        index=3, caption="Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2015"),  # a comparison
    )
    found = title_years(facts_of(doc), 2021)
    assert [(t.year, t.reason) for t in found] == [(2012, "document")]


def test_a_caption_against_its_own_columns(document_of, table_from_rows):
    table = table_from_rows([["Sasaran", "Indikator", "Target Tahun 2020", "Realisasi Tahun 2020", "Capaian (%)"],
                             ["Air bersih", "Kapasitas debit", "405", "65", "16,05"]],
                            caption="Tabel 3-1 Indikator Kinerja Sasaran Strategis Tahun 2019")
    [title] = title_years(facts_of(document_of(table)), 2020)
    assert (title.year, title.reason, title.table_year) == (2019, "columns", 2020)


def test_signature_dates_under_the_foreword_and_the_closing_chapter(document_of):
    doc = document_of(
        "LAPORAN KINERJA KECAMATAN SUMBERSARI TAHUN 2021", "KATA PENGANTAR", "Puji syukur …",
        "Sumbersari, 14 Januari 2022", "Camat Sumbersari", "BAB I PENDAHULUAN", "Jember, 5 Maret 2019 adalah …",
        "BAB IV PENUTUP", "Demikian laporan ini.", "Jember, Januari 2023",
    )
    facts = facts_of(doc)
    assert is_performance_report(facts)
    assert [(d.printed, d.year) for d in signature_dates(facts)] == [
        ("Sumbersari, 14 Januari 2022", 2022), ("Jember, Januari 2023", 2023)]


def test_a_plan_signed_before_its_year_is_no_report(document_of):
    doc = document_of("RENCANA KINERJA TAHUNAN TAHUN 2016", "KATA PENGANTAR", "Bandung, September 2015")
    assert signature_dates(facts_of(doc)) == []


def test_sentences_about_the_reports_own_year(document_of):
    doc = document_of(
        "LAPORAN KINERJA TAHUN 2016",
        "Hasil dari pengukuran akuntabilitas kinerja Dinas tahun 2015 akan dituangkan dalam laporan ini.",
        "Demikian laporan ini sebagai bahan evaluasi dan penyusunan rencana kegiatan tahun 2016.",
        "Capaian kinerja tahun 2016 adalah 100% (BAIK) sama seperti capaian kinerja pada tahun 2016.",
    )
    found = sentence_years(facts_of(doc), 2016)
    assert [(s.kind, s.year) for s in found] == [("this-report", 2015), ("plan", 2016), ("self-comparison", 2016)]


def test_sentences_that_name_other_years_rightly(document_of):
    doc = document_of(
        "LAPORAN KINERJA TAHUN 2016",
        "Laporan ini memuat capaian kinerja tahun 2016 dibandingkan dengan tahun 2015.",
        "Laporan ini disusun berdasarkan Permenpan RB Nomor 53 Tahun 2014 tentang kinerja.",
        "Hasil evaluasi menjadi bahan penyusunan rencana kerja tahun 2017 dan 2018.",
        "Realisasi tahun 2016 dibandingkan dengan target tahun 2016 mencapai 100%.",
        "Capaian tahun 2016 sama dengan target nasional tahun 2016.",
    )
    assert sentence_years(facts_of(doc), 2016) == []
