from lkjip_lint.numbers import find_numbers
from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.sentences import lead_in
from lkjip_lint.vocab import load_packs

from ..conftest import build_document, build_table


def facts_of(*blocks):
    return Facts([build_document(*blocks)], load_packs())


def lead_ins(text, max_words=12):
    figures = [n for n in find_numbers(text) if n.currency or n.percent]  # not the year 2022
    return [lead_in(text, a, figures, max_words) for a in figures if a.currency]


def test_an_amount_is_named_by_the_words_back_to_the_previous_figure():
    text = ("Pagu belanja Dinas Pariwisata Kabupaten Contoh Tahun 2022 sebesar Rp 200.000.000 dengan realisasi "
            "Rp 150.000.000 atau 75%, sehingga terdapat sisa anggaran sebesar Rp 50.000.000.")
    assert lead_ins(text) == ["Pagu belanja Dinas Pariwisata Kabupaten Contoh Tahun 2022 sebesar",
                              "dengan realisasi", "sehingga terdapat sisa anggaran sebesar"]
    assert lead_ins(text, max_words=3)[0] == "Tahun 2022 sebesar"
    assert lead_ins("Kegiatan selesai; pagu anggaran: Rp 5.000.000") == ["pagu anggaran"]


def test_parts_of_an_inline_breakdown_stop_before_the_realisation_clause():
    (found,) = facts_of(
        "Anggaran Dinas sebesar Rp 500.000.000 terdiri atas belanja pegawai Rp 300.000.000 dan belanja barang "
        "Rp 200.000.000, dengan realisasi sebesar Rp 450.000.000 atau 90%.").breakdowns
    assert [p.amount.raw for p in found.parts] == ["Rp 300.000.000", "Rp 200.000.000"]


def test_shares_listed_with_their_parts_stay_parts():
    (found,) = facts_of(
        "Anggaran Dinas sebesar Rp 500.000.000 terdiri atas belanja pegawai Rp 300.000.000 (60%) dan belanja "
        "barang Rp 200.000.000 (40%).").breakdowns
    assert [p.amount.raw for p in found.parts] == ["Rp 300.000.000", "Rp 200.000.000"]


def test_tersebut_takes_the_whole_its_subject_names_in_the_sentence_before():
    (found,) = facts_of(
        "Pagu anggaran Dinas sebesar Rp 500.000.000 dengan realisasi sebesar Rp 450.000.000 atau 90% dari pagu. "
        "Pagu tersebut terdiri dari belanja operasi sebesar Rp 400.000.000 dan belanja modal sebesar "
        "Rp 100.000.000.").breakdowns
    assert (found.whole.raw, found.whole_label) == ("Rp 500.000.000", "Pagu anggaran Dinas")


def test_tersebut_after_two_candidate_wholes_is_left_alone():
    assert facts_of(
        "Realisasi pajak hotel sebesar Rp 100.000.000 dan realisasi pajak restoran sebesar Rp 200.000.000. "
        "Realisasi tersebut terdiri atas pokok pajak Rp 250.000.000 dan denda Rp 50.000.000.").breakdowns == []


def test_the_base_of_a_share_is_never_a_remainder():
    (claim,) = facts_of(
        "Pagu belanja Dinas Pariwisata Kabupaten Contoh Tahun 2022 sebesar Rp 200.000.000 dengan realisasi "
        "Rp 150.000.000 atau 75%, sehingga terdapat sisa anggaran sebesar Rp 50.000.000.").share_claims
    assert (claim.part, claim.whole) == (150_000_000, 200_000_000)


def measurement_table():
    return build_table([
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Meningkatnya mutu layanan kesehatan dasar", "Persentase puskesmas terakreditasi utama",
         "50", "55", "110"],
        ["", "", "Persentase bayi baru lahir mendapat pelayanan", "100", "90", "90"],
        ["2", "Meningkatnya kepuasan masyarakat atas layanan", "Indeks kepuasan masyarakat layanan kesehatan",
         "80", "76", "95"],
    ])


def test_an_average_naming_its_sasaran_sums_up_that_sasarans_indicators():
    claims = facts_of(
        measurement_table(),
        "Rata-rata capaian Sasaran 1 sebesar 100% dan rata-rata capaian Sasaran 2 sebesar 95%.").average_claims
    assert [(c.stated.raw, [m.indicator for m in c.indicators]) for c in claims] == [
        ("100%", ["Persentase puskesmas terakreditasi utama", "Persentase bayi baru lahir mendapat pelayanan"]),
        ("95%", ["Indeks kepuasan masyarakat layanan kesehatan"]),
    ]


def test_the_count_of_n_dari_m_indikator_is_n():
    (claim,) = facts_of(measurement_table(),
                                     "Sebanyak 2 (dua) dari 3 (tiga) indikator melampaui target.").count_claims
    assert (claim.count, claim.count_text, claim.exact) == (2, "2 (dua)", True)


def test_a_cited_regulation_is_not_another_year():
    cited = ["Sebanyak 2 (dua) indikator melampaui target (Peraturan Menteri Nomor 86 Tahun 2017).",
             "Sebanyak 2 (dua) indikator melampaui target sesuai Perbup No. 12/2019.",
             "Sebanyak 2 (dua) indikator melampaui target sesuai Peraturan Tahun 2019 tentang Renstra."]
    facts = facts_of("LAPORAN KINERJA TAHUN 2022", "Tahun Anggaran 2022.", measurement_table(), *cited,
                     "Pada tahun 2021 sebanyak 2 (dua) indikator melampaui target.")
    assert [c.sentence.text for c in facts.count_claims] == cited
