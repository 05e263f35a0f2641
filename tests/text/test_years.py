from lkjip_lint.text.years import (find_year_ranges, find_years, first_year, has_year_range, is_year, month_number,
                                   years_in)


def test_years_stand_alone():
    assert years_in("Tahun 2021 dan 2020/2021, (2019)") == [2021, 2020, 2021, 2019]
    assert years_in("Rp 12.2021 atau 2021,5 atau 20211 atau 1.2021") == []
    assert years_in("1899 dan 2100") == []


def test_positions_and_window():
    text = "Renstra 2016 sampai 2021"
    tokens = find_years(text)
    assert [(t.year, text[t.start:t.end]) for t in tokens] == [(2016, "2016"), (2021, "2021")]
    assert [t.year for t in find_years(text, 0, 13)] == [2016]
    assert first_year("Realisasi Th. 2021 (n)") == 2021


def test_a_cell_that_is_a_year():
    assert is_year(" 2021 ") and not is_year("2021 (n)") and not is_year("Tahun 2021")


def test_year_ranges_with_every_connector():
    for text in ("2016-2021", "2016 – 2021", "2016 s.d. 2021", "2016 s/d 2021", "2016 sd 2021",
                 "2016 sampai dengan 2021", "2016 hingga 2021", "2016 S.D 2021"):
        (found,) = find_year_ranges(text)
        assert (found.first, found.last, found.span) == (2016, 2021, 5), text
    assert not has_year_range("2016 dan 2021")
    assert not has_year_range("12016-2021")


def test_months():
    assert month_number("Nopember") == 11 and month_number("Januari") == 1 and month_number("Jumat") is None
