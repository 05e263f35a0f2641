from lkjip_lint.text.sentences import (is_one_sentence, last_sentence_start, pack_abbreviations, sentence_at,
                                       split_sentences)


def texts(text, known=None):
    return [piece for _, piece in split_sentences(text, known)]


def test_titles_and_degrees_do_not_end_a_sentence():
    text = "Kepala Dinas Drs. H. Ahmad, M.Si. menetapkan target. Realisasi mencapai 90 %."
    assert texts(text) == ["Kepala Dinas Drs. H. Ahmad, M.Si. menetapkan target.", "Realisasi mencapai 90 %."]


def test_abbreviations_before_capitals_and_digits():
    text = "Anggaran Rp. 17.255.971.010 terserap. Kantor di Kab. Jember dan Kec. Sumbersari, No. 5 Th. 2021 dll. Selesai."
    assert texts(text) == ["Anggaran Rp. 17.255.971.010 terserap.",
                           "Kantor di Kab. Jember dan Kec. Sumbersari, No. 5 Th. 2021 dll. Selesai."]


def test_dotted_degrees_and_initials():
    assert len(texts("Disusun oleh Hj. Siti, S.Sos. Diperiksa oleh R. Soeprapto, S.E. Selesai.")) == 1


def test_sentence_ends_before_a_capital_or_a_digit():
    assert texts("Target tercapai. Realisasi 90 %. 2 indikator di atas target!") == [
        "Target tercapai.", "Realisasi 90 %.", "2 indikator di atas target!"]
    assert texts("Nilai 3.5 dan 4.2 terbaca.") == ["Nilai 3.5 dan 4.2 terbaca."]


def test_offsets_point_into_the_text():
    text = "Satu.  Dua tiga."
    assert split_sentences(text) == [(0, "Satu."), (7, "Dua tiga.")]
    assert last_sentence_start(text) == 7


def test_one_sentence():
    assert is_one_sentence("Kegiatan : Koordinasi Drs. Ahmad")
    assert not is_one_sentence("Kegiatan selesai. Program dimulai")


def test_sentence_around_a_span_is_cut_to_the_limit():
    text = "Awal. " + "kata " * 100 + "Qanun " + "kata " * 100 + "akhir. Lain."
    at = text.index("Qanun")
    snippet = sentence_at(text, at, at + 5, limit=60)
    assert "Qanun" in snippet and snippet.startswith("…") and snippet.endswith("…") and len(snippet) <= 62
    assert sentence_at("Satu. Dua Qanun tiga. Empat.", 10, 15) == "Dua Qanun tiga."


def test_a_pack_adds_abbreviations():
    known = pack_abbreviations({"vocabulary": {"sentences": {"abbreviations": ["Bid."]}}})
    assert texts("Kepala Bid. Umum hadir.", known) == ["Kepala Bid. Umum hadir."]
    assert len(texts("Kepala Bid. Umum hadir.")) == 2
