from lkjip_lint.text.counts import count_pattern, find_counts


def test_counts_with_and_without_words():
    pattern = count_pattern(["sub kegiatan", "kegiatan", "program"])
    found = find_counts("terdiri dari 2 (dua) program dan 4 (empat) sub  kegiatan serta 3 kegiatan", pattern)
    assert [(c.count, c.words, " ".join(c.noun.split())) for c in found] == [
        (2, "dua", "program"), (4, "empat", "sub kegiatan"), (3, None, "kegiatan")]
    assert [c.printed_count for c in found] == ["2 (dua)", "4 (empat)", "3"]


def test_words_that_spell_no_number():
    pattern = count_pattern(["kegiatan"])
    (found,) = find_counts("sebanyak 4 (SKPD) kegiatan", pattern)
    assert not found.words_agree
    (found,) = find_counts("sebanyak 4 (tiga) kegiatan", pattern)
    assert found.words_agree  # the words spell a number; whether it is 4 is LKJ411's business


def test_not_counts():
    pattern = count_pattern(["kegiatan"])
    assert find_counts("Rp 1.234 kegiatan, 1,5 kegiatan, x4 kegiatan, 4 kegiatannya", pattern) == []
    assert count_pattern([]) is None


def test_context_before_and_after():
    pattern = count_pattern(["indikator"], before=r"(?<!\w)dari\s+")
    (found,) = find_counts("sebanyak 4 dari 6 (enam) indikator", pattern)
    assert found.count == 6
