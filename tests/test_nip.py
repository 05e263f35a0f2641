import pytest

from lkjip_lint.nip import NipLimits, bare_nip, digits_of, find_nips, grouped, validate


@pytest.mark.parametrize("text, printed", [
    ("NIP. 19640101 199302 1 004", "19640101 199302 1 004"),
    ("NIP.19640101 199302 1 004", "19640101 199302 1 004"),
    ("NIP : 19640101.199302.1.004", "19640101.199302.1.004"),
    ("nip 196401011993021004", "196401011993021004"),
    ("Drs. ISWANDI NIP. 19640101 199302 1 004 Pembina", "19640101 199302 1 004"),
])
def test_reads_spaced_dotted_and_unspaced_numbers(text, printed):
    [match] = find_nips(text)
    assert match.printed == printed
    assert match.digits == "196401011993021004"


def test_a_following_number_is_not_part_of_a_complete_nip():
    [match] = find_nips("NIP. 19640101 199302 1 004 2021")
    assert match.digits == "196401011993021004"


def test_a_nineteen_digit_number_is_read_whole():
    [match] = find_nips("NIP. 196640101 199302 1004")
    assert match.digits == "1966401011993021004"


def test_label_without_number_and_words_containing_nip_are_ignored():
    assert find_nips("NIP : -") == []
    assert find_nips("SNIPPET 19640101 199302 1 004") == []


def test_pppk_label():
    [match] = find_nips("NI PPPK 19850101 202121 2 001", labels=("NIP", "NI PPPK"))
    assert match.label == "NI PPPK"
    assert match.digits == "198501012021212001"


def test_bare_number_in_a_cell():
    assert bare_nip(" 19640101 199302 1 004 ").digits == "196401011993021004"
    assert bare_nip("Rp 1.240.488.150") is None
    assert bare_nip("2021") is None


def test_grouped():
    assert grouped("196401011993021004") == "19640101 199302 1 004"
    assert grouped("1966401011993021004") == "1966401011993021004"
    assert digits_of("19640101.199302.1.004") == "196401011993021004"


def test_a_valid_nip():
    assert validate("196401011993021004") is None
    assert validate("197512312001122001") is None


@pytest.mark.parametrize("digits, reason, params", [
    ("1966401011993021004", "length", {"count": 19, "length": 18}),
    ("19640101199302100", "length", {"count": 17}),
    ("196402301993021004", "birth-date", {"birth": "19640230"}),
    ("196413011993021004", "birth-date", {"birth": "19641301"}),
    ("196401011993131004", "appointment-month", {"month": "13", "appointment": "199313"}),
    ("196401011993001004", "appointment-month", {"month": "00"}),
    ("196401011960021004", "appointment-before-birth", {"appointment": "196002"}),
    ("196401011975021004", "appointment-age", {"age": 11, "min_age": 18, "max_age": 60}),
    ("196401012030021004", "appointment-age", {"age": 66}),
    ("196401011993023004", "gender", {"digit": "3"}),
])
def test_each_invalid_reason(digits, reason, params):
    problem = validate(digits)
    assert problem is not None and problem.reason == reason
    assert params.items() <= problem.param_dict().items()


def test_age_counts_months():
    # born December 1964, appointed November 1982: still 17
    assert validate("196412011982111004").reason == "appointment-age"
    assert validate("196412011982121004") is None


def test_pppk_numbers_have_no_month():
    assert validate("198501012021212001").reason == "appointment-month"
    assert validate("198501012021212001", pppk=True) is None
    assert validate("198501012021213001", pppk=True).reason == "gender"


def test_limits_are_configurable():
    appointed_at_16 = "196401011980021004"
    assert validate(appointed_at_16).reason == "appointment-age"
    assert validate(appointed_at_16, limits=NipLimits(min_appointment_age=16)) is None
