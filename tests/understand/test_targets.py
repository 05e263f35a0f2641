from decimal import Decimal

import pytest

from lkjip_lint.understand.targets import parse_target, targets_agree


@pytest.mark.parametrize("text, grade, low, high, percent, unit", [
    ("B (80%)", "B", Decimal(80), Decimal(80), True, None),
    ("B(72,1%)", "B", Decimal("72.1"), Decimal("72.1"), True, None),
    ("B", "B", None, None, False, None),
    ("98 %", None, Decimal(98), Decimal(98), True, None),
    ("100", None, Decimal(100), Decimal(100), False, None),
    ("13.000 Berkas", None, Decimal(13000), Decimal(13000), False, "berkas"),
    ("742 org", None, Decimal(742), Decimal(742), False, "orang"),
    ("80 - 90 %", None, Decimal(80), Decimal(90), True, None),
    ("≥ 80 %", None, Decimal(80), None, True, None),
])
def test_parse_target(text, grade, low, high, percent, unit):
    value = parse_target(text)
    assert (value.grade, value.low, value.high, value.percent, value.unit) == (grade, low, high, percent, unit)


@pytest.mark.parametrize("text", ["", "-", "NIHIL", "Meningkat"])
def test_not_a_target(text):
    assert parse_target(text) is None


@pytest.mark.parametrize("a, b, agree", [
    ("B", "B (80%)", True),
    ("B (80%)", "90 %", False),
    ("B (80%)", "100", False),
    ("98%", "98 %", True),
    ("100", "100%", True),
    ("742 org", "742 Orang", True),
    ("95 org", "60 Orang", False),
    ("13.000 Berkas", "13.000 Dokumen", False),
    ("A", "B", False),
])
def test_targets_agree(a, b, agree):
    assert targets_agree(parse_target(a), parse_target(b)) is agree
