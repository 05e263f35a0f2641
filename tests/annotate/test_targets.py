from __future__ import annotations

import os

from lkjip_lint.annotate.targets import CopyNames, is_annotated_copy


def test_copies_are_named_after_their_report_and_never_take_a_report_name(tmp_path):
    report = tmp_path / "laporan.pdf"
    trap = tmp_path / "laporan-annotated.pdf"  # a report that happens to have the copy's name
    for path in (report, trap):
        path.write_bytes(b"%PDF")
    names = CopyNames(str(tmp_path), [str(report), str(trap)])
    assert names.next_for(str(report)) == str(tmp_path / "laporan-annotated-2.pdf")
    assert names.next_for(str(trap)) == str(tmp_path / "laporan-annotated-annotated.pdf")


def test_two_reports_of_one_name_get_two_copies(tmp_path):
    a, b = tmp_path / "a" / "lkjip.docx", tmp_path / "b" / "lkjip.docx"
    names = CopyNames(str(tmp_path / "out"), [str(a), str(b)])
    assert [names.next_for(str(a)), names.next_for(str(b))] == \
        [str(tmp_path / "out" / "lkjip-annotated.docx"), str(tmp_path / "out" / "lkjip-annotated-2.docx")]


def test_a_link_to_a_report_is_not_a_free_name(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text("x", encoding="utf-8")
    os.link(report, tmp_path / "laporan-annotated.txt")
    names = CopyNames(str(tmp_path), [str(report)])
    assert names.next_for(str(report)) == str(tmp_path / "laporan-annotated-2.txt")


def test_copy_names_are_recognised(tmp_path):
    assert is_annotated_copy(tmp_path / "laporan-annotated.pdf")
    assert is_annotated_copy(tmp_path / "laporan-annotated-12.docx")
    assert not is_annotated_copy(tmp_path / "laporan-annotated-final.docx")
    assert not is_annotated_copy(tmp_path / "laporan.pdf")
