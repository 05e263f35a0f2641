from __future__ import annotations

import pytest

from lkjip_lint.findings import Severity
from lkjip_lint.messages import (LANGUAGES, counted, format_count, label, message_templates, ordinal, rule_doc,
                                 rule_summary, severity_word)
from lkjip_lint.registry import all_rules
from lkjip_lint.vocab import load_packs


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_a_summary_and_documentation_in_bahasa_indonesia(rule):
    docs = load_packs().get("rule_docs_id", {})
    assert rule.code in docs, f"rules/rule_docs_id.toml has no [{rule.code}]"
    assert rule_summary(rule, "id") != rule.summary
    assert rule_doc(rule, "id") != rule.explain()
    assert len(rule_doc(rule, "id")) > len(rule_summary(rule, "id"))


def test_every_frame_word_is_in_both_languages():
    labels = {key: entry for key, entry in message_templates().items() if key.startswith("label-")}
    assert len(labels) > 40
    for key, entry in labels.items():
        for lang in LANGUAGES:
            assert entry.get(lang), f"{key} has no '{lang}'"


def test_every_message_template_is_in_both_languages():
    for key, entry in message_templates().items():
        if not key.startswith("label-"):
            assert entry.get("en") and entry.get("id"), key


def test_words_counts_and_numbers_follow_the_language():
    assert severity_word(Severity.ERROR, "id") == "kesalahan"
    assert severity_word(Severity.WARNING, "en") == "warning"
    assert counted("count-error", 1, "en") == "1 error"
    assert counted("count-error", 2, "en") == "2 errors"
    assert counted("count-error", 1234, "id") == "1.234 kesalahan"
    assert format_count(1234567, "en") == "1,234,567"
    assert label("page-approximate", "id", n=16) == "sekitar halaman 16"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]


def test_comparisons_of_two_places_do_not_say_which_is_right():
    templates = message_templates()
    compares = sorted(key for key, entry in templates.items() if entry.get("compares"))
    assert "budget-mismatch" in compares and "nip-inconsistent" in compares
    for key in compares:
        assert "padahal" not in templates[key]["id"] and "seharusnya" not in templates[key]["id"], key


def test_value_labels_say_expected_for_a_computed_value_and_differs_from_for_another_place():
    from lkjip_lint.findings import make_finding
    from lkjip_lint.messages import value_labels
    from lkjip_lint.model import Location
    where = Location(file="laporan.txt", line=3)
    computed = make_finding("LKJ101", where, "percentage-mismatch", found="96,5", expected="95,2")
    compared = make_finding("LKJ407", where, "prose-budget-mismatch", found="Rp 10", expected="Rp 11")
    only_found = make_finding("LKJ101", where, "percentage-mismatch", found="96,5")
    assert value_labels(computed) == [("found", "96,5"), ("expected", "95,2")]
    assert value_labels(compared, "id") == [("tertulis", "Rp 10"), ("berbeda dengan", "Rp 11")]
    assert value_labels(only_found) == [("found", "96,5")]
