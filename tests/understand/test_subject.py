from __future__ import annotations

from checked_sample import checked

from lkjip_lint.config import Config
from lkjip_lint.model import Document, Location, Paragraph
from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.subject import ReportSubject, read_subject
from lkjip_lint.vocab import load_packs


def _subject(lines: list[str], **config):
    paragraphs = tuple(Paragraph(text, i, Location("r.txt", paragraph=i, line=i)) for i, text in enumerate(lines, 1))
    configured = Config(**config)
    return read_subject(Facts([Document("r.txt", "text", paragraphs)], load_packs(), configured), configured)


def test_every_format_of_the_sample_names_its_institution_region_and_year():
    for suffix in (".docx", ".pdf", ".txt"):
        result = checked(suffix)
        assert (result.institution, result.region, result.year) == ("Kecamatan Sumbersari", "Kabupaten Jember", 2021)


def test_a_name_printed_in_capitals_on_the_cover_is_shown_as_a_name():
    subject = _subject(["LAPORAN KINERJA INSTANSI PEMERINTAH", "DINAS PENDIDIKAN KOTA BANDUNG", "TAHUN 2023",
                        "Dinas Pendidikan Kota Bandung melaksanakan urusan pendidikan di Kota Bandung."])
    assert (subject.institution, subject.region, subject.year) == ("Dinas Pendidikan", "Kota Bandung", 2023)


def test_a_report_that_names_nothing_says_nothing():
    assert _subject(["Laporan kinerja"]) == ReportSubject()


def test_the_configured_year_wins():
    assert _subject(["LAPORAN KINERJA KECAMATAN SUMBERSARI TAHUN 2021"], report_year=2022).year == 2022


def test_short_words_and_abbreviations_stay_in_capitals():
    subject = _subject(["LAPORAN KINERJA", "BADAN POM", "TAHUN 2020", "Badan POM melaksanakan tugas."])
    assert subject.institution == "Badan POM"
