from lkjip_lint.checks.digit_groups import misgrouped


def test_one_group_of_four_or_two_digits_makes_an_amount_unreadable():
    assert misgrouped("9.871.1466.000") == ["9", "871", "1466", "000"]
    assert misgrouped("2,8766,522,000") == ["2", "8766", "522", "000"]
    assert misgrouped("1.000.00.000") == ["1", "000", "00", "000"]
    assert misgrouped("9871.466.000") == ["9871", "466", "000"]


def test_amounts_in_threes_codes_and_dates_are_left_alone():
    for text in ("9.871.466.000", "98.711.466.000", "12.345.678,50", "2,500,000,000.00",
                 "5.2.2.01.01", "1.03.1.03.001", "17.08.1945", "1.234.56"):
        assert misgrouped(text) is None, text
