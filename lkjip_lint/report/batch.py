"""What the batch formats (HTML, CSV) say about each report: its status and its counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..findings import Severity
from ..registry import rules_by_code
from ..run import FileResult
from .view import View

READY, NEEDS_CORRECTION, NOT_READABLE = "ready", "needs-correction", "not-readable"


@dataclass(frozen=True)
class ReportSummary:
    result: FileResult
    status: str  # READY | NEEDS_CORRECTION | NOT_READABLE
    by_severity: dict[Severity, int]
    by_category: dict[str, Counter]  # category -> severity counts

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def summarise(file_result: FileResult, view: View) -> ReportSummary:
    """The report's status: not readable; needs correction when one of its findings (as
    shown) is at or above --fail-on; else ready."""
    rules = rules_by_code()
    by_severity = Counter(f.severity or rules[f.rule].severity for f in file_result.findings)
    by_category: dict[str, Counter] = {}
    for finding in file_result.findings:
        by_category.setdefault(rules[finding.rule].category, Counter())[finding.severity or rules[finding.rule].severity] += 1
    if file_result.error:
        status = NOT_READABLE
    elif any(severity.rank >= view.fail_on.rank for severity in by_severity):
        status = NEEDS_CORRECTION
    else:
        status = READY
    return ReportSummary(file_result, status, {s: by_severity.get(s, 0) for s in Severity},
                         dict(sorted(by_category.items())))
