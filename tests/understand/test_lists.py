from lkjip_lint.model import Location, Paragraph
from lkjip_lint.text.markers import BULLET, UPPER, UPPER_ROMAN, parse_label
from lkjip_lint.understand.lists import Event, ListTracker, split_label


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


def test_an_inner_list_numbered_on_across_outer_items_resumes():
    # "1. Sasaran / 1) 2) indicators / 2. Sasaran / 3) 4) indicators": the indicators are
    # one list numbered across the sasaran, not a repeat of an older "3)".
    tracker = ListTracker()
    placements = feed(tracker, "1)", "2)", "3)", "1.", "1)", "2)", "2.", "3)", "4)", "3.", "5)")
    assert all(p.event in (Event.START, Event.CONTINUE) for p in placements)
    indicators = placements[4].run
    assert [i.label.core for i in indicators.items] == ["1", "2", "3", "4", "5"]
    assert placements[7].depth == placements[4].depth


def test_a_list_closed_by_an_outer_bullet_resumes():
    # A first list "1) 2) 3) - note", then "a." and a second list "1) a. 2) a. - note 3)":
    # the bullet continues the older bullet list, which closes the second numbered list;
    # its "3)" takes it up again and repeats nothing of the first.
    tracker = ListTracker()
    placements = feed(tracker, "1)", "2)", "3)", "-", "a.", "1)", "a.", "2)", "a.", "-", "3)")
    assert placements[-1].event == Event.CONTINUE
    assert [i.label.core for i in placements[-1].run.items] == ["1", "2", "3"]


def test_a_resumed_list_still_shows_a_repeat():
    tracker = ListTracker()
    placements = feed(tracker, "1.", "1)", "2)", "2.", "3)", "3)")
    assert [p.event for p in placements][-2:] == [Event.CONTINUE, Event.REPEAT]


def test_a_reading_ahead_does_not_reopen_the_tracker_s_own_lists():
    tracker = ListTracker()
    feed(tracker, "1.", "1)", "2)", "2.")
    ahead = tracker.snapshot()
    feed(ahead, "3)", "4)")
    assert [i.label.core for i in tracker.runs[1].items] == ["1", "2"]
    assert [p.event for p in feed(tracker, "3)")] == [Event.CONTINUE]
