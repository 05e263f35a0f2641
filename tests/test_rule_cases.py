"""Every rule's cases as data: ``tests/rule_cases/<CODE>.toml``.

Each file names its ``rule`` and lists ``[[case]]`` tables: a ``report`` (a text-format
report snippet: one paragraph a line, table cells separated by tabs), and either
``clean = true`` (the rule finds nothing) or the findings expected, in order, as
``found`` and ``expected`` lists ("" where a finding has none; and optionally ``rows`` / ``lines`` of their
locations). A case with ``xfail = "why"`` is a known miss, run as a strict xfail so
that a fix shows. ``report_year`` sets the report year when the snippet is too short
to tell it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lkjip_lint.config import Config
from lkjip_lint.engine import lint_documents
from lkjip_lint.extract import extract
from lkjip_lint.registry import all_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = Path(__file__).parent / "rule_cases"


def _cases():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}", marks=marks)


@pytest.mark.parametrize("rule, case", list(_cases()))
def test_rule_case(rule, case, tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text(case["report"].lstrip("\n"), encoding="utf-8")
    config = Config(select=(rule,), report_year=case.get("report_year"))
    findings = [f for f in lint_documents([extract(str(path))], config) if f.rule == rule]
    if case.get("clean"):
        assert findings == []
        return
    assert [f.found or "" for f in findings] == case["found"]
    assert [f.expected or "" for f in findings] == case["expected"]
    if "rows" in case:
        assert [f.location.row for f in findings] == case["rows"]
    if "lines" in case:
        assert [f.location.line for f in findings] == case["lines"]


def test_every_rule_has_a_clean_and_a_failing_case():
    covered: dict[str, set[str]] = {}
    for path in CASES.glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        kinds = {"clean" if c.get("clean") else "fail" for c in data["case"] if "xfail" not in c}
        covered[data["rule"]] = kinds
    # LKJ000 reports a check that crashed: there is no report text that should make one.
    missing = [r.code for r in all_rules() if r.code != "LKJ000" and covered.get(r.code) != {"clean", "fail"}]
    assert missing == []
