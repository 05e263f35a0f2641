"""End to end on the bundled sample (DOCX, PDF, text) and its variant fixtures: the
arithmetic and cross-document findings the sample is known to hold, and silence on the
corrected copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_lint.config import Config
from lkjip_lint.run import check_paths

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "lkjip-kecamatan-sumbersari-2021"
FIXTURES = REPO / "tests" / "fixtures"
FORMATS = ("txt", "docx", "pdf")

ARITHMETIC_AND_PLANS = Config(select=("LKJ1", "LKJ2"))


def findings_of(path: Path, config: Config = ARITHMETIC_AND_PLANS, companions=()):
    result = check_paths([str(path)], tuple(str(c) for c in companions), config)
    assert result.files[0].error is None
    return result.findings


def summary(findings):
    return {(f.rule, f.found, f.expected) for f in findings}


@pytest.fixture(scope="module", params=FORMATS)
def sample_findings(request):
    return findings_of(SAMPLE.with_suffix("." + request.param))


def test_budget_table_arithmetic(sample_findings):
    found = summary(sample_findings)
    # the report's amounts are Indonesian (3.094.283.480): computed figures are printed so
    assert ("LKJ101", "996.22 %", "100,74 %") in found
    assert ("LKJ101", "73.49 %", "95,65 %") in found
    assert ("LKJ102", "168.448.000", "168.448.500") in found


def test_rows_that_hold_are_silent(sample_findings):
    printed = {f.found for f in sample_findings if f.rule in ("LKJ101", "LKJ102", "LKJ103")}
    assert printed == {"996.22 %", "73.49 %", "168.448.000"}  # not 106.86 %, 6.26 %, 61.97 % …


def test_percentage_evidence_names_the_operands(sample_findings):
    finding = next(f for f in sample_findings if f.found == "996.22 %")
    assert finding.evidence == "3.094.283.480 / 3.071.415.500 × 100 = 100,74"
    assert finding.location.column_label == "CAPAIAN (%)"
    assert "Program Penyelenggaraan" in finding.location.row_label


def _amount_sets(findings):
    return {frozenset([f.found] + [r.found for r in f.related]) for f in findings if f.rule == "LKJ205"}


def test_budget_mismatches_each_once_with_every_amount(sample_findings):
    sets = _amount_sets(sample_findings)
    expected = [
        {"2.743.174.000", "2.705.332.000"},
        {"114.120.000", "123.120.000", "144.120.000"},
        {"400.681.000", "366.083.500"},
        {"14.418.000", "13.518.000"},
        {"274.557.500", "196.956.250"},
        {"1.121.949.700", "1.021.253.900"},
    ]
    for amounts in expected:
        assert sum(1 for s in sets if s == amounts) == 1, amounts


def test_target_mismatches(sample_findings):
    by_rule = {}
    for f in sample_findings:
        by_rule.setdefault(f.rule, []).append(f)
    measured = by_rule["LKJ201"]
    assert [(f.found, f.expected) for f in measured] == [("100%", "98 %")]
    skm = [f for f in by_rule["LKJ202"] if "Survei" in f.location.row_label]
    assert len(skm) == 1 and skm[0].expected == "B (80%)"
    places = {skm[0].found} | {r.found for r in skm[0].related}
    assert {"90 %", "100", "B (100%)", "B (80%)"} <= places
    outputs = by_rule["LKJ204"]
    assert [(f.found, f.expected) for f in outputs] == [("60 Orang", "95 org")]
    assert ("LKJ206", "pembantuan", "pembangunan") in summary(sample_findings)


@pytest.mark.parametrize("suffix", FORMATS)
def test_corrected_copy_is_silent_under_every_rule(suffix):
    assert findings_of(FIXTURES / f"corrected.{suffix}", Config()) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_renamed_rescaled_redated_copy_keeps_its_findings(suffix):
    found = summary(findings_of(FIXTURES / f"varied.{suffix}"))
    assert ("LKJ101", "996.22 %", "100,74 %") in found
    assert ("LKJ101", "73.49 %", "95,65 %") in found
    assert ("LKJ102", "505.344.000", "505.345.500") in found
    assert ("LKJ201", "100%", "98 %") in found
    assert ("LKJ205", "1.202.043.000", "1.098.250.500") in found


def test_english_style_numbers():
    found = summary(findings_of(FIXTURES / "english_numbers.txt"))
    assert ("LKJ101", "996.22 %", "100.74 %") in found
    assert ("LKJ102", "168,448,000", "168,448,500") in found
    assert ("LKJ205", "400,681,000", "366,083,500") in found


def _split_sample(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The sample as three files: the report, its Renstra annex and its PK annex."""
    lines = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines(keepends=True)
    renstra_start = next(i for i, line in enumerate(lines) if line.strip() == "LAMPIRAN 1")
    pk_start = next(i for i, line in enumerate(lines) if "PEMERINTAH KABUPATEN JEMBER" in line)
    rkt_start = next(i for i, line in enumerate(lines) if i > pk_start and "PEMERINTAH KABUPATEN" in line)
    report, renstra, pk = tmp_path / "laporan.txt", tmp_path / "renstra.txt", tmp_path / "pk.txt"
    report.write_text("".join(lines[:renstra_start] + lines[rkt_start:]), encoding="utf-8")
    renstra.write_text("".join(lines[renstra_start:pk_start]), encoding="utf-8")
    pk.write_text("".join(lines[pk_start:rkt_start]), encoding="utf-8")
    return report, renstra, pk


def test_companion_documents_make_one_dossier(tmp_path):
    whole = findings_of(SAMPLE.with_suffix(".txt"))
    report, renstra, pk = _split_sample(tmp_path)
    split = findings_of(report, companions=(pk, renstra))
    assert summary(split) == summary(whole)
    skm = next(f for f in split if f.rule == "LKJ202" and "Survei" in f.location.row_label)
    files = {skm.location.file} | {r.location.file for r in skm.related}
    assert {str(report), str(renstra), str(pk)} <= files
