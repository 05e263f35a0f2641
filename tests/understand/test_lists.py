import pytest

from lkjip_lint.model import Location, Paragraph
from lkjip_lint.understand.lists import (
    ARABIC, BULLET, LOWER, UPPER, UPPER_ROMAN, Event, ListTracker, label_text, parse_label, roman_value, split_label,
)


@pytest.mark.parametrize("text, raw, kind, value, rest", [
    ("1. Kegiatan : Koordinasi", "1.", ARABIC, 1, "Kegiatan : Koordinasi"),
    ("12) Dua belas", "12)", ARABIC, 12, "Dua belas"),
    ("(3) Kecamatan", "(3)", ARABIC, 3, "Kecamatan"),
    ("- (1) Kecamatan Contoh", "(1)", ARABIC, 1, "Kecamatan Contoh"),
    ("b. Seksi Pemerintahan", "b.", LOWER, 2, "Seksi Pemerintahan"),
    ("II. Tujuan 2", "II.", UPPER_ROMAN, 2, "Tujuan 2"),
    ("1.Penyediaan sarana", "1.", ARABIC, 1, "Penyediaan sarana"),
])
def test_labels(text, raw, kind, value, rest):
    label, after = parse_label(text)
    assert label.raw == raw
    assert any(r.kind == kind and r.value == value for r in label.readings)
    assert after == rest


def test_bullets_and_non_labels():
    label, rest = parse_label("- Jumlah Peserta Rakor")
    assert label.is_bullet and rest == "Jumlah Peserta Rakor"
    for text in ["Drs. ISWANDI", "No. 21", "Rp. 14.418.000", "3.000 Berkas", "-5,5 %", "CV. Maju", "Tabel 3.1"]:
        assert parse_label(text) is None, text
    assert parse_label("1", bare=True)[0].readings[0].value == 1
    assert parse_label("1") is None


def test_label_from_the_extractor_wins():
    paragraph = Paragraph("Kegiatan A", 1, Location(file="x"), list_label="4.")
    label, text = split_label(paragraph)
    assert label.core == "4" and text == "Kegiatan A"


def feed(tracker, *labels):
    return [tracker.feed(parse_label(text + " x")[0]) for text in labels]


def test_nested_lists_and_outer_continuation():
    tracker = ListTracker()
    placements = feed(tracker, "1.", "1.", "2.", "2.", "a.", "b.", "3.")
    assert [p.depth for p in placements] == [0, 1, 1, 0, 1, 1, 0]
    assert all(p.event in (Event.START, Event.CONTINUE) for p in placements)


def test_repeats_and_skips():
    tracker = ListTracker()
    placements = feed(tracker, "1.", "2.", "2.", "3.", "5.")
    assert [p.event for p in placements] == [Event.START, Event.CONTINUE, Event.REPEAT, Event.CONTINUE, Event.SKIP]
    assert [i.label.core for i in tracker.runs[0].items] == ["1", "2", "2", "3", "5"]


def test_a_long_jump_or_an_early_skip_is_not_a_skip():
    tracker = ListTracker()
    assert [p.event for p in feed(tracker, "1.", "3.")] == [Event.START, Event.ORPHAN]
    tracker = ListTracker()
    assert [p.event for p in feed(tracker, "1.", "2.", "6.")] == [Event.START, Event.CONTINUE, Event.ORPHAN]


def test_roman_or_letter():
    tracker = ListTracker()
    placements = feed(tracker, "H.", "I.")
    assert placements[1].event == Event.CONTINUE and placements[1].run.kind == UPPER
    tracker = ListTracker()
    assert feed(tracker, "I.")[0].run.kind == UPPER_ROMAN


def test_bullets_continue_their_level():
    tracker = ListTracker()
    placements = feed(tracker, "-", "1.", "2.", "-")
    assert [p.depth for p in placements] == [0, 1, 1, 0]
    assert placements[0].run.kind == BULLET


def test_label_text_and_roman_values():
    assert [label_text(LOWER, v) for v in (1, 3)] == ["a", "c"]
    assert label_text(UPPER_ROMAN, 4) == "IV"
    assert roman_value("XIV") == 14 and roman_value("IIII") is None
