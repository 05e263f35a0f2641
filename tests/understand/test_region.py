from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

PACKS = load_packs()


def facts_of(document, packs=PACKS):
    return Facts([document], packs)


def test_region_of_a_kabupaten_report(document_of):
    region = facts_of(document_of(
        "PEMERINTAH KABUPATEN JEMBER", "Kabupaten Jember dan Kota Surabaya.", "Kab. Jember")).region
    assert (region.kind, region.name, region.province) == ("kabupaten", "Jember", None)
    assert region.label == "Kabupaten Jember"


def test_region_of_a_kota_report_and_its_stated_province(document_of):
    region = facts_of(document_of(
        "Dinas Kesehatan Kota Bandung", "Pemerintah Kota Bandung, Provinsi Jawa Barat",
        "Kecamatan Kota Baru, Kecamatan Kota Baru dan Kelurahan Kota Baru")).region
    assert (region.kind, region.name, region.province) == ("kota", "Bandung", "jawa-barat")


def test_province_from_the_kabupaten_name(document_of):
    region = facts_of(document_of(
        "Kecamatan Darul Imarah Kabupaten Aceh Besar", "Pemerintah Kabupaten Aceh Besar")).region
    assert (region.name, region.province) == ("Aceh Besar", "aceh")


def test_a_provincial_report(document_of):
    region = facts_of(document_of(
        "DINAS PENDIDIKAN PROVINSI LAMPUNG", "Provinsi Lampung", "Kabupaten Tanggamus")).region
    assert (region.kind, region.province) == ("provinsi", "lampung")


def test_no_region(document_of):
    assert facts_of(document_of("Tanpa wilayah.")).region.label is None
