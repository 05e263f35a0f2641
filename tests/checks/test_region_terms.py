from lkjip_lint.checks import region_terms
from lkjip_lint.config import Config
from lkjip_lint.findings import Severity
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

JEMBER = ("PEMERINTAH KABUPATEN JEMBER", "Kecamatan Sumbersari Kabupaten Jember")


def run(document, config=Config(), packs=None):
    return list(region_terms.check(Facts([document], packs or load_packs()), config))


def test_a_term_of_aceh_in_a_jember_report(document_of, table_from_rows):
    table = table_from_rows([["No", "Kegiatan"], ["1", "Koordinasi penegakan Qanun dan peraturan kepala daerah"]])
    document = document_of(*JEMBER, table, "9. Kordinasi Penerapan dan Penegakan Qonun dan Peraturan")
    [finding] = run(document)
    assert finding.rule == "LKJ611"
    assert finding.found == "Qanun" and finding.expected == "Perda"
    assert (finding.location.table, finding.location.row, finding.location.column) == (1, 2, 2)
    assert [r.found for r in finding.related] == ["Qonun"]
    assert finding.param_dict()["term_region"] == "Aceh"
    assert render(finding) == "'Qanun' is a term of Aceh, but this report is from Kabupaten Jember (2 place(s))"
    assert render(finding, "id").startswith("'Qanun' adalah istilah Aceh")


def test_an_aceh_report_may_say_qanun_and_gampong(document_of):
    document = document_of("KECAMATAN DARUL IMARAH", "KABUPATEN ACEH BESAR",
                           "Pemerintah Kabupaten Aceh Besar menetapkan Qanun Nomor 5.",
                           "Pembinaan Gampong dan Mukim se-Kecamatan Darul Imarah.",
                           "Belanja dalam APBK dan laporan kepada DPRK Aceh Besar.",
                           "Peraturan Bupati Aceh Besar.")
    assert run(document) == []


def test_aceh_terms_in_a_west_sumatra_report(document_of):
    document = document_of("Pemerintah Kabupaten Agam", "Kabupaten Agam", "Wali Nagari dan Jorong.",
                           "Gampong Baru.")
    found = {f.found: f.param_dict()["term_region"] for f in run(document)}
    assert found == {"Gampong": "Aceh"}


def test_kota_words_in_a_kabupaten_report(document_of):
    document = document_of(*JEMBER, "Sesuai Peraturan Walikota Nomor 3.", "Perwali Nomor 5.",
                           "Wali Kota menyampaikan arahan.", "Sinergi Bupati/Wali Kota se-Jawa Timur.",
                           *["Bupati Jember menetapkan Peraturan Bupati Nomor 61."] * 2)
    findings = {f.found: f for f in run(document)}
    assert set(findings) == {"Peraturan Walikota", "Wali Kota"}
    assert [r.found for r in findings["Peraturan Walikota"].related] == ["Perwali"]
    assert findings["Wali Kota"].expected == "Bupati"
    assert findings["Wali Kota"].related == ()  # "Bupati/Wali Kota" names both kinds
    assert findings["Wali Kota"].param_dict()["term_kind"] == "kota"


def test_kabupaten_words_in_a_kota_report(document_of):
    document = document_of("DINAS KESEHATAN KOTA BANDUNG", "Pemerintah Kota Bandung", "Kota Bandung",
                           "Berdasarkan Perbup Nomor 12.", "Bupati memberikan arahan.",
                           *["Wali Kota Bandung menetapkan Perwali Nomor 3."] * 2)
    assert {f.found for f in run(document)} == {"Perbup", "Bupati"}


def test_kind_words_count_only_when_the_reports_own_words_outnumber_them(document_of):
    # a kabupaten report whose program name makes "Kota Tanpa Kumuh" its most frequent region
    document = document_of("PEMERINTAH KABUPATEN JEMBER", *["Program Kota Tanpa Kumuh (KOTAKU)."] * 3,
                           *["Bupati Jember menetapkan Perbup Nomor 2."] * 3)
    assert run(document) == []


def test_a_province_report_mentions_both_kinds(document_of):
    document = document_of("DINAS PENDIDIKAN PROVINSI LAMPUNG", "Provinsi Lampung", "Provinsi Lampung",
                           "Bupati dan Wali Kota se-Provinsi Lampung.", "Kepala Pekon dan Tiyuh.")
    assert run(document) == []


def test_papua_districts_and_weak_kampung(document_of):
    document = document_of(*JEMBER, "Kepala Distrik Abepura hadir.", "Distrik Navigasi Surabaya.",
                           "Kampung Harapan menjadi percontohan.", "Kampung KB di setiap desa.",
                           "pulang kampung")
    findings = {f.found: f for f in run(document)}
    assert set(findings) == {"Distrik", "Kampung"}
    assert findings["Kampung"].severity == Severity.INFO
    assert findings["Kampung"].message_id == "region-term-weak"
    assert findings["Distrik"].severity is None


def test_capitalised_words_only_where_ordinary_words_collide(document_of):
    document = document_of(*JEMBER, "Warga yang bermukim dan mukim di desa.", "Kantor DPRD.")
    assert run(document) == []


def test_diy_terms(document_of):
    document = document_of("KAPANEWON DEPOK", "Pemerintah Kabupaten Sleman",
                           "Kapanewon Depok dan Kalurahan Caturtunggal.")
    assert run(document) == []
    document = document_of(*JEMBER, "Kapanewon Depok dan Kalurahan Caturtunggal.")
    assert {f.found for f in run(document)} == {"Kapanewon", "Kalurahan"}



def test_a_sentence_that_names_the_terms_own_region(document_of):
    document = document_of(
        *JEMBER,
        "Tim melakukan studi banding ke Kabupaten Sleman untuk mempelajari Kalurahan Mandiri.",
        "Pemerintah Aceh menetapkan Qanun tentang pengelolaan zakat. Di Jember, Qanun tidak dikenal.",
        "Pembinaan Kalurahan dan Kapanewon.")
    findings = {f.found: f for f in run(document)}
    assert set(findings) == {"Qanun", "Kalurahan", "Kapanewon"}
    assert findings["Qanun"].snippet == "Di Jember, Qanun tidak dikenal."
    assert findings["Kalurahan"].snippet == "Pembinaan Kalurahan dan Kapanewon."

def test_nothing_without_a_region(document_of):
    assert run(document_of("Qanun dan Gampong.", "Perwali Nomor 5.")) == []


def test_accepted_names_and_user_packs(document_of, tmp_path):
    document = document_of(*JEMBER, "Dusun Kampung Baru.")
    assert [f.found for f in run(document)] == ["Kampung"]
    assert run(document, Config(accepted_names=("Kampung",))) == []
    (tmp_path / "region_terms.toml").write_text(
        '[[extend-terms]]\nterm = "Lembang"\nspellings = ["Lembang"]\nprovince = "sulawesi-selatan"\nproper = true\n',
        encoding="utf-8")
    packs = load_packs((str(tmp_path),))
    document = document_of(*JEMBER, "Kepala Lembang Tallunglipu.", "Dusun Kampung Baru.")
    assert [f.found for f in run(document, packs=packs)] == ["Lembang", "Kampung"]
