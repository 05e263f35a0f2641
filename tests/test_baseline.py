from __future__ import annotations

import json

import pytest
from budget_report import SELECT, WRONG_PERCENT, budget_table, report_config, write_report
from click.testing import CliRunner

from lkjip_lint.baseline import (BASELINE_VERSION, BaselineError, baseline_entries, filter_new, fingerprint,
                                 fingerprint_v1, read_baseline, write_baseline)
from lkjip_lint.cli import main
from lkjip_lint.findings import make_finding
from lkjip_lint.model import Location
from lkjip_lint.run import check_paths

CELL = Location(file="reports/2021/lkjip.docx", page=14, table=7, caption="Tabel 3.1 Realisasi Anggaran",
                row=9, column=4, row_label="Program X", column_label="CAPAIAN (%)", line=None)


def _finding(location: Location = CELL, found: str = "996.22 %", rule: str = "LKJ101"):
    return make_finding(rule, location, "percentage-mismatch", found=found, expected="100.74 %")


def _check(*args: str):
    return CliRunner().invoke(main, ["check", "--isolated", *SELECT, "--format", "json", *args])


def test_fingerprint_ignores_page_line_table_index_and_folder():
    base = fingerprint(_finding())
    assert fingerprint(_finding(CELL.with_(page=15, line=300, table=8, row=10, column=5))) == base
    assert fingerprint(_finding(CELL.with_(file="elsewhere/lkjip.docx"))) == base
    assert fingerprint(_finding(CELL.with_(file="C:\\laporan\\lkjip.docx"))) == base


def test_fingerprint_tells_findings_apart():
    base = fingerprint(_finding())
    assert fingerprint(_finding(found="996.23 %")) != base
    assert fingerprint(_finding(rule="LKJ102")) != base
    assert fingerprint(_finding(CELL.with_(row_label="Program Y"))) != base
    assert fingerprint(_finding(CELL.with_(column_label="REALISASI"))) != base
    assert fingerprint(_finding(CELL.with_(caption="Tabel 3.2"))) != base
    assert fingerprint(_finding(CELL.with_(file="reports/2021/other.docx"))) != base


def test_fingerprint_falls_back_to_indexes_without_labels():
    bare = CELL.with_(caption=None, row_label=None, column_label=None)
    assert fingerprint(_finding(bare)) != fingerprint(_finding(bare.with_(row=10)))
    assert fingerprint(_finding(bare)) == fingerprint(_finding(bare.with_(page=99)))


def test_a_captionless_table_is_known_by_its_heading_and_header_row_not_its_number():
    bare = CELL.with_(caption=None)
    anchored = _finding(bare).with_(anchor="B. Realisasi Anggaran | No | Program | Anggaran")
    assert fingerprint(anchored) == fingerprint(anchored.with_(location=bare.with_(table=12, page=30)))
    assert fingerprint(anchored) != fingerprint(anchored.with_(anchor="C. Evaluasi | No | Program | Anggaran"))


def test_round_trip_hides_known_findings(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    baseline = tmp_path / "baseline.json"
    first = _check("--write-baseline", str(baseline), str(report))
    assert first.exit_code == 0, "writing a baseline is a success"
    assert len(json.loads(first.stdout)["findings"]) == 1

    again = _check("--baseline", str(baseline), str(report))
    assert again.exit_code == 0, again.output
    payload = json.loads(again.stdout)
    assert payload["findings"] == []
    assert payload["summary"]["hidden"]["baseline"] == 1


def test_the_text_summary_says_how_many_known_findings_were_hidden(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    baseline = tmp_path / "baseline.json"
    _check("--write-baseline", str(baseline), str(report))
    result = CliRunner().invoke(main, ["check", "--isolated", *SELECT, "--baseline", str(baseline), str(report)])
    assert result.exit_code == 0
    assert f"{report}: no new findings (1 known finding hidden by the baseline)" in result.stdout
    assert result.stdout.rstrip().endswith("1 known finding hidden by the baseline")


CAPTIONLESS = ("LAPORAN KINERJA INSTANSI PEMERINTAH\n\nB. Realisasi Anggaran\n\n"
               + budget_table().split("\n", 1)[1])
SMALL_TABLE = "Tabel tanpa judul:\n\nNo\tUraian\tJumlah\n1\tA\t5\n2\tB\t7\n\n"


def test_findings_of_a_captionless_table_stay_known_when_a_table_is_added_before_it(tmp_path):
    report = write_report(tmp_path, CAPTIONLESS)
    before = check_paths([str(report)], (), report_config())
    [finding] = before.findings
    assert finding.location.caption is None and finding.anchor
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, before)
    write_report(tmp_path, CAPTIONLESS.replace("B. Realisasi Anggaran\n\n", SMALL_TABLE + "B. Realisasi Anggaran\n\n"))
    after = check_paths([str(report)], (), report_config())
    [moved] = after.findings
    assert moved.location.table == finding.location.table + 1
    assert filter_new(after, read_baseline(baseline)) == {str(report): 1}
    assert after.findings == []


def test_only_the_new_finding_is_reported(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    baseline = tmp_path / "baseline.json"
    _check("--write-baseline", str(baseline), str(report))
    write_report(tmp_path, "LAPORAN\n\n" + budget_table(activity_a_percent="99.29 %"))
    result = _check("--baseline", str(baseline), str(report))
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["location"]["row_label"], finding["found"]) == ("Kegiatan A", "99.29 %")


def test_a_finding_moved_to_another_page_stays_known(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    baseline = tmp_path / "baseline.json"
    _check("--write-baseline", str(baseline), str(report))
    write_report(tmp_path, "Kata Pengantar\n\fDaftar Isi\n\f" + WRONG_PERCENT)
    moved = check_paths([str(report)], (), report_config())
    assert moved.findings[0].location.page == 3
    assert filter_new(moved, read_baseline(baseline)) == {str(report): 1}
    assert moved.findings == []


def test_a_version_1_baseline_is_still_read_and_matched(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    result = check_paths([str(report)], (), report_config())
    [finding] = result.findings
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"tool": "lkjip-lint", "version": 1, "fingerprints": [
        {"fingerprint": fingerprint_v1(finding), "rule": "LKJ101", "file": str(report), "found": "996.22 %"}]}))
    known = read_baseline(old)
    assert known.version == 1 and known.knows(finding)
    assert filter_new(result, known) == {str(report): 1}


def test_write_is_sorted_and_stable(tmp_path):
    write_report(tmp_path, WRONG_PERCENT, "b.txt")
    write_report(tmp_path, WRONG_PERCENT, "a.txt")
    result = check_paths([str(tmp_path)], (), report_config())
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    write_baseline(first, result)
    write_baseline(second, check_paths([str(tmp_path)], (), report_config(), jobs=2))
    assert first.read_text() == second.read_text()
    data = json.loads(first.read_text())
    assert data["tool"] == "lkjip-lint" and data["version"] == BASELINE_VERSION == 2
    entries = data["fingerprints"]
    assert [e["file"].rsplit("/", 1)[-1] for e in entries] == ["a.txt", "b.txt"]
    assert set(entries[0]) == {"fingerprint", "rule", "file", "found"}
    assert entries[0]["rule"] == "LKJ101" and entries[0]["found"] == "996.22 %"


def test_writing_with_the_old_baseline_keeps_known_findings(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    baseline = tmp_path / "baseline.json"
    _check("--write-baseline", str(baseline), str(report))
    result = _check("--baseline", str(baseline), "--write-baseline", str(baseline), str(report))
    assert result.exit_code == 0
    assert len(read_baseline(baseline).fingerprints) == 1


@pytest.mark.parametrize("content, problem", [
    (None, "no such baseline file"),
    ("{not json", "not valid JSON"),
    ('{"version": 1}', "no 'fingerprints' list"),
    ('{"version": 9, "fingerprints": []}', "record it again with 'lkjip-lint check --write-baseline"),
    ('{"version": 1, "fingerprints": [{"rule": "LKJ101"}]}', "needs a 'fingerprint' string"),
])
def test_bad_baseline_files(tmp_path, content, problem):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(BaselineError) as caught:
        read_baseline(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_bad_baseline_is_a_usage_error(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    result = _check("--baseline", str(tmp_path / "missing.json"), str(report))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"lkjip-lint: error: {tmp_path / 'missing.json'}: no such baseline file"


def test_writing_a_baseline_exits_0_but_an_unreadable_file_still_exits_2(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    baseline = tmp_path / "baseline.json"
    assert _check("--write-baseline", str(baseline), str(report)).exit_code == 0
    assert _check("--write-baseline", str(baseline), str(report), str(tmp_path / "broken.docx")).exit_code == 2


def test_entries_name_rule_file_and_value(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    [entry] = baseline_entries(check_paths([str(report)], (), report_config()))
    assert (entry["rule"], entry["found"]) == ("LKJ101", "996.22 %")
