from lkjip_lint.text.periods import (BUDGET_YEAR, CUMULATIVE, MONTH, QUARTER, SEMESTER, YEAR_KIND, budget_years,
                                     find_periods, headed_numbers)


def kinds(text):
    return [(p.kind, p.year, p.index) for p in find_periods(text)]


def test_years_after_their_head_words():
    assert kinds("Tahun Anggaran 2021") == [(BUDGET_YEAR, 2021, None)]
    assert kinds("TA 2021 dan T.A. 2020") == [(BUDGET_YEAR, 2021, None), (BUDGET_YEAR, 2020, None)]
    assert kinds("Realisasi Th. 2017") == [(BUDGET_YEAR, 2017, None)]
    assert kinds("pada tahun 2021") == [(YEAR_KIND, 2021, None)]
    assert kinds("Jember, 14 Januari 2022") == [(MONTH, 2022, None)]
    assert kinds("ta 2021") == []  # "ta" in lower case is no head word


def test_quarters_semesters_and_cumulative_years():
    assert kinds("Realisasi Triwulan II") == [(QUARTER, None, 2)]
    assert kinds("TW 4 dan Trw. I") == [(QUARTER, None, 4), (QUARTER, None, 1)]
    assert kinds("Semester I") == [(SEMESTER, None, 1)]
    assert kinds("Realisasi s.d. 2016") == [(CUMULATIVE, 2016, None)]
    assert kinds("capaian sampai dengan tahun 2020") == [(CUMULATIVE, 2020, None), (YEAR_KIND, 2020, None)]


def test_budget_years_leave_th_out():
    assert budget_years("Tahun Anggaran 2021, Th. 2020, TA 2019") == [2021, 2019]


def test_headed_numbers_keep_impossible_years():
    found = headed_numbers("jangka waktu tahun 20121 dan Tahun Anggaran 2021")
    assert [(n.digits, n.strict) for n in found] == [("20121", False), ("2021", True)]
    assert headed_numbers("Nopember 2021")[0].after_month
