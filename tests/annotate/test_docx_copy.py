from __future__ import annotations

import docx
from checked_sample import SAMPLE, checked, digest
from docx.oxml.ns import qn

from lkjip_lint.annotate import annotate_copy
from lkjip_lint.context import find_loosely, normalise
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.report.view import View

W_P, W_TC = qn("w:p"), qn("w:tc")


def _annotated(tmp_path, lang="en"):
    result = checked(".docx")
    target = tmp_path / "copy.docx"
    copy = annotate_copy(result.path, str(target), result.findings, View(lang=lang))
    assert copy.error is None
    return result, target, copy


def _anchors(word) -> dict[int, object]:
    """Comment id -> the element its range starts in."""
    return {int(start.get(qn("w:id"))): start.getparent()
            for start in word.element.body.iter(qn("w:commentRangeStart"))}


def _enclosing(element, tag):
    while element is not None and element.tag != tag:
        element = element.getparent()
    return element


def test_one_comment_per_finding_by_lkjip_lint_in_the_chosen_language(tmp_path):
    result, target, copy = _annotated(tmp_path, lang="id")
    word = docx.Document(str(target))
    comments = list(word.comments)
    assert len(result.findings) > 40
    assert len(comments) == len(result.findings) == copy.findings
    body = word.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        assert sorted(int(e.get(qn("w:id"))) for e in body.iter(qn(tag))) == sorted(c.comment_id for c in comments)
    for finding, comment in zip(result.findings, comments):
        assert comment.author == "lkjip-lint"
        assert render(finding, "id") in comment.text
        if finding.found:
            assert f"tertulis: {finding.found}" in comment.text


def test_each_comment_is_anchored_on_the_cell_or_paragraph_of_its_finding(tmp_path):
    result, target, _ = _annotated(tmp_path)
    word = docx.Document(str(target))
    anchors = _anchors(word)
    comments = list(word.comments)
    numbered = {p.location.paragraph: normalise(p.text) for p in extract(result.path).paragraphs()}
    for finding, comment in zip(result.findings, comments):
        start = anchors[comment.comment_id]
        location = finding.location
        if location.table is not None:
            # python-docx's own grid, independent of the reader's
            expected_cell = word.tables[location.table - 1].cell(location.row - 1, location.column - 1)._tc
            assert _enclosing(start, W_TC) is expected_cell, (finding.rule, location)
        else:
            paragraph = _enclosing(start, W_P)
            text = normalise("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
            assert text == numbered[location.paragraph], (finding.rule, location)
            if find_loosely(normalise(finding.snippet), finding.found):  # not a list like "1, 2, 4"
                assert find_loosely(text, finding.found) is not None, (finding.rule, finding.found)


def test_the_copy_says_the_same_and_the_original_is_untouched(tmp_path):
    before = digest(SAMPLE.with_suffix(".docx"))
    result, target, _ = _annotated(tmp_path)
    assert digest(SAMPLE.with_suffix(".docx")) == before
    original, annotated = extract(result.path), extract(str(target))
    assert repr(annotated.blocks).replace(str(target), "F") == repr(original.blocks).replace(result.path, "F")
    assert docx.Document(str(target)).styles.element.xml == docx.Document(result.path).styles.element.xml
