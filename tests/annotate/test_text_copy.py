from __future__ import annotations

from checked_sample import checked

from lkjip_lint.annotate import annotate_copy
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.report.view import View
from lkjip_lint.run import check_file

MARKDOWN = """# LAPORAN KINERJA INSTANSI PEMERINTAH

Tabel 3.1 Realisasi Anggaran

| No | PROGRAM/ KEGIATAN | ANGGARAN (Rp.) | REALISASI (Rp) | CAPAIAN (%) |
|---|---|---|---|---|
| II | Program X | 3.071.415.500 | 3.094.283.480 | 996.22 % |
| 1 | Kegiatan A | 2.705.332.000 | 2.703.061.480 | 99.92 % |
| 2 | Kegiatan B | 366.083.500 | 391.222.000 | 106.86 % |

Penutup.
"""


def test_markers_follow_the_block_of_each_finding_and_the_text_is_kept(tmp_path):
    result = checked(".txt")
    target = tmp_path / "copy.txt"
    copy = annotate_copy(result.path, str(target), result.findings, View())
    assert copy.error is None and copy.findings == len(result.findings)
    original = open(result.path, encoding="utf-8").read().splitlines()
    lines = target.read_text(encoding="utf-8").splitlines()
    markers = [line for line in lines if line.startswith(">> lkjip-lint")]
    assert len(markers) == len(result.findings)
    assert [line for line in lines if not line.startswith(">>") and line.strip()] == \
        [line for line in original if line.strip()]
    for finding in result.findings:
        assert any(f"line {finding.location.line}: " in m and render(finding) in m for m in markers)


def test_a_markdown_table_stays_a_table_with_the_note_after_it(tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(MARKDOWN, encoding="utf-8")
    result = check_file(str(report), (), Config(select=("LKJ101",)))
    assert [f.found for f in result.findings] == ["996.22 %"]
    target = tmp_path / "out" / "laporan.md"
    target.parent.mkdir()
    annotate_copy(str(report), str(target), result.findings, View())
    text = target.read_text(encoding="utf-8")
    assert "| 2 | Kegiatan B | 366.083.500 | 391.222.000 | 106.86 % |\n\n> **lkjip-lint**, line 7: error LKJ101" in text
    original, copy = extract(str(report)), extract(str(target))
    assert [t.rows for t in copy.tables()] == [t.rows for t in original.tables()]


def test_a_finding_placed_in_a_companion_document_is_noted_at_the_top_with_its_place(tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(MARKDOWN, encoding="utf-8")
    [finding] = check_file(str(report), (), Config(select=("LKJ101",))).findings
    elsewhere = finding.with_(location=finding.location.with_(file=str(tmp_path / "pk.pdf"), page=3, line=None))
    target = tmp_path / "copy.md"
    copy = annotate_copy(str(report), str(target), [elsewhere], View())
    assert (copy.findings, copy.exact) == (1, 0)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("> **lkjip-lint**: error LKJ101")
    assert lines[1].startswith("> at: ") and "pk.pdf: page 3, Tabel 3.1" in lines[1]
    assert lines[lines.index("") + 1] == "# LAPORAN KINERJA INSTANSI PEMERINTAH"
