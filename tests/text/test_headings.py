from lkjip_lint.text.headings import chapter_number, collapse_spaced_capitals, is_bare_chapter, split_chapter


def test_spaced_capitals_are_words():
    assert collapse_spaced_capitals("P E N U T U P") == "PENUTUP"
    assert collapse_spaced_capitals("B A B  I V") == "BAB IV"
    assert collapse_spaced_capitals("K A T A  P E N G A N T A R") == "KATA PENGANTAR"
    assert collapse_spaced_capitals("Drs. I S W A N D I, M.Si") == "Drs. ISWANDI, M.Si"
    assert collapse_spaced_capitals("Nilai A B") == "Nilai A B"


def test_chapters():
    assert chapter_number("BAB III AKUNTABILITAS KINERJA") == "III"
    assert chapter_number("B A B  I V") == "IV"
    assert chapter_number("Bab 2. Perencanaan") == "2"
    assert chapter_number("Babak baru") is None
    assert split_chapter("BAB III. AKUNTABILITAS KINERJA") == ("III", "AKUNTABILITAS KINERJA")
    assert is_bare_chapter("BAB I") and is_bare_chapter("B A B  I I") and not is_bare_chapter("BAB I PENDAHULUAN")


def test_a_chapter_spaced_with_single_spaces_is_still_a_chapter():
    assert chapter_number("B A B I I I") == "III"
    assert is_bare_chapter("B A B I V")
    assert chapter_number("Babi hutan di kebun") is None
    assert chapter_number("BABAK FINAL") is None
