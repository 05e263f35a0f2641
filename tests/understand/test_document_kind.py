from lkjip_lint.model import Document, Location, Paragraph
from lkjip_lint.understand.document_kind import OTHER_PLAN, REPORT, document_kind, title_lines

TITLES = ["laporan kinerja", "lkjip", "lkip"]
PLANS = ["rencana kinerja tahunan", "rkt", "renja", "rencana kerja", "perjanjian kinerja", "renstra", "rencana aksi"]


def document(*lines, running=(), page=1):
    blocks = tuple(Paragraph(text=t, index=i, location=Location(file="d.pdf", page=page, paragraph=i))
                   for i, t in enumerate(lines))
    return Document("d.pdf", "pdf", blocks, metadata={"running_headers": list(running)})


def kind(doc):
    return document_kind(doc, TITLES, PLANS)


def test_a_cover_naming_another_plan():
    assert kind(document("RENCANA KINERJA TAHUNAN", "DINAS CONTOH", "TAHUN 2016")) == OTHER_PLAN
    assert kind(document("RENCANA AKSI KINERJA TAHUN 2022", "DINAS PEKERJAAN UMUM")) == OTHER_PLAN


def test_the_first_name_in_the_title_decides():
    assert kind(document("LAPORAN KINERJA DINAS CONTOH BERDASARKAN RENSTRA 2016-2021")) == REPORT
    assert kind(document("CASCADING PERJANJIAN KINERJA", "LAPORAN KINERJA")) == OTHER_PLAN


def test_running_headers_name_a_document_without_a_cover():
    doc = document("BAB I", "PENDAHULUAN", "Biro ini perlu menyusun Laporan Kinerja Tahun 2015.",
                   running=["Renja Biro Umum Tahun 2016"])
    assert title_lines(doc) == ["BAB I", "PENDAHULUAN", "Renja Biro Umum Tahun 2016"]
    assert kind(doc) == OTHER_PLAN
    assert kind(document("BAB I", "PENDAHULUAN", running=["1LKIP Dinas Pertanian 2016"])) == REPORT


def test_the_text_of_the_first_page_is_no_title():
    doc = document("BAB I", "PENDAHULUAN", "Dinas ini menyusun Rencana Kerja Tahun 2015 sebagai pedoman.")
    assert kind(doc) is None
