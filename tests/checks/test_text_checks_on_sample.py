"""The number-word, count, year and structure checks on the sample report and its variants."""

import pytest

from lkjip_lint.checks import counts, number_words, structure, years
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

from ..conftest import FIXTURES, SAMPLES

CHECKS = (number_words, counts, years, structure)
SAMPLE = SAMPLES / "lkjip-kecamatan-sumbersari-2021.txt"
# "1. Visi dan Misi", "2. Tujuan dan sasaran", "4. Strategi dan Kebijakan": a real skip the
# corrected copy keeps (it fixes only the defects it lists).
REMAINING_SKIP = ("LKJ513", "1, 2, 4", "1, 2, 3")


def findings_of(path):
    facts = Facts([extract(path)], load_packs())
    found = [f for check in CHECKS for f in check.check(facts, Config())]
    return [(f.rule, f.found, f.expected) for f in found], found


def test_sample_findings():
    summary, found = findings_of(SAMPLE)
    assert sorted(summary) == sorted([
        ("LKJ412", "4 (empat) kegiatan", "5 (lima) kegiatan"),
        ("LKJ501", "tahun 20121", "tahun 2021"),
        ("LKJ502", "Th. 2018 (n-1)", "Th. 2020 (n-1)"),
        ("LKJ502", "Th. 2019 (n)", "Th. 2021 (n)"),
        ("LKJ502", "REALISASI Th. 2018", "REALISASI Th. 2021"),  # Tabel 3.4
        ("LKJ502", "REALISASI Th. 2018", "REALISASI Th. 2021"),  # Tabel 3.7
        ("LKJ513", "1, 2, 2, 3", "1, 2, 3, 4"),
        REMAINING_SKIP,
    ])
    lines = {(f.rule, f.found): f.location.line for f in found}
    assert lines[("LKJ412", "4 (empat) kegiatan")] == 239
    assert lines[("LKJ501", "tahun 20121")] == 239
    assert lines[("LKJ513", "1, 2, 2, 3")] == 327
    count = next(f for f in found if f.rule == "LKJ412")
    assert count.evidence.count("Kegiatan :") == 5


def test_corrected_copy_is_silent():
    summary, _ = findings_of(FIXTURES / "corrected.txt")
    assert summary == []


@pytest.mark.parametrize("name", ["varied.txt", "english_numbers.txt"])
def test_variants_keep_the_defects(name):
    summary, _ = findings_of(FIXTURES / name)
    assert sorted(rule for rule, _, _ in summary) == [
        "LKJ412", "LKJ501", "LKJ502", "LKJ502", "LKJ502", "LKJ502", "LKJ513", "LKJ513",
    ]
    if name == "varied.txt":
        assert ("LKJ502", "Th. 2021 (n)", "Th. 2023 (n)") in summary
        assert ("LKJ501", "tahun 20123", "tahun 2023") in summary
