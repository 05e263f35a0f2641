"""``--statistics``: how many findings each rule gave, most first."""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ..findings import Severity
from ..messages import format_count, label, severity_word
from ..registry import rules_by_code
from ..run import RunResult
from .safe import json_safe
from .view import View


def rule_counts(result: RunResult) -> list[tuple[str, str, int]]:
    """(code, severity, count), most findings first, then by code."""
    rules = rules_by_code()
    counts = Counter((f.rule, (f.severity or rules[f.rule].severity).value) for f in result.findings)
    return sorted(((code, severity, n) for (code, severity), n in counts.items()), key=lambda c: (-c[2], c[0]))


def render_statistics(result: RunResult, stream: TextIO, view: View | None = None) -> None:
    view = view or View()
    rules = rules_by_code()

    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    rows = [(format_count(n, view.lang), code, rules[code].name,
             severity_word(Severity(severity), view.lang, view.rules_dirs))
            for code, severity, n in rule_counts(result)]
    if not rows:
        stream.write(word("no-findings") + "\n")
        return
    headers = (word("count"), word("code"), word("name"), word("severity"))
    widths = [max(len(r[i]) for r in rows + [headers]) for i in range(4)]
    for cells in [headers] + rows:
        line = f"{cells[0]:>{widths[0]}}  {cells[1]:<{widths[1]}}  {cells[2]:<{widths[2]}}  {cells[3]}"
        stream.write(line.rstrip() + "\n")


def render_statistics_json(result: RunResult, view: View | None = None) -> str:
    rules = rules_by_code()
    entries = [{"code": code, "name": rules[code].name, "severity": severity, "count": n}
               for code, severity, n in rule_counts(result)]
    return json_safe(json.dumps(entries, ensure_ascii=False, indent=2)) + "\n"
