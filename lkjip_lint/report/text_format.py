"""The human format: findings grouped by file, each with place, found, expected, evidence."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table as RichTable
from rich.markup import escape

from ..findings import Severity
from ..messages import label, render
from ..registry import rules_by_code
from ..run import RunResult
from .common import describe_location

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def render_text(result: RunResult, console: Console, lang: str = "en",
                rules_dirs: tuple[str, ...] = ()) -> None:
    rules = rules_by_code()
    words = {key: label(key, lang, rules_dirs) for key in ("at", "found", "expected", "evidence", "also-at")}
    for file_result in result.files:
        if file_result.error:
            continue  # said once, on stderr, by the command line
        findings = file_result.findings
        if not findings:
            console.print(f"[bold]{escape(file_result.path)}[/]: [green]no findings[/]")
            continue
        console.print(f"[bold underline]{escape(file_result.path)}[/]")
        for f in findings:
            rule = rules[f.rule]
            style = _STYLE[f.severity]
            console.print(
                f"  [{style}]{f.severity.value}[/] [bold]{f.rule}[/] {rule.name}: {escape(render(f, lang, rules_dirs))}",
                soft_wrap=True,
            )
            console.print(f"    {words['at']}: {escape(describe_location(f.location, lang, rules_dirs))}", soft_wrap=True, style="dim")
            values = [f"{words[key]}: {escape(str(value))}" for key, value in
                      (("found", f.found), ("expected", f.expected)) if value is not None]
            if values:
                console.print("    " + "   ".join(values), soft_wrap=True)
            if f.evidence:
                console.print(f"    {words['evidence']}: {escape(f.evidence)}", soft_wrap=True)
            for related in f.related:
                place = describe_location(related.location, lang, rules_dirs)
                if related.location.file != f.location.file:
                    place = f"{related.location.file}: {place}"
                found = f" ({related.found})" if related.found else ""
                console.print(f"    {words['also-at']}: {escape(place)}{escape(found)}", soft_wrap=True, style="dim")
        counts = [_plural(sum(1 for f in findings if f.severity == s), s.value) for s in Severity]
        console.print(f"  {escape(file_result.path)}: {', '.join(counts).replace('infos', 'info')}")
    if len(result.files) > 1:
        console.print(_summary_table(result, rules))
    errors, warnings, info = (result.count(s) for s in Severity)
    unreadable = len(result.unreadable)
    summary = (f"{_plural(len(result.files), 'file')} checked: {_plural(errors, 'error')}, "
               f"{_plural(warnings, 'warning')}, {info} info")
    if unreadable:
        summary += f"; {unreadable} unreadable"
    console.print(summary)


def _summary_table(result: RunResult, rules) -> RichTable:
    table = RichTable(title="summary", title_justify="left", box=None, header_style="bold")
    for column in ("file", "errors", "warnings", "info", "by category"):
        table.add_column(column, justify="right" if column in ("errors", "warnings", "info") else "left",
                         overflow="fold", min_width=28 if column == "by category" else None)
    for file_result in result.files:
        if file_result.error:
            table.add_row(escape(file_result.path), "-", "-", "-", f"cannot check: {escape(file_result.error)}")
            continue
        counts = [str(sum(1 for f in file_result.findings if f.severity == s)) for s in Severity]
        categories = Counter(rules[f.rule].category for f in file_result.findings)
        table.add_row(escape(file_result.path), *counts,
                      ", ".join(f"{name} {n}" for name, n in sorted(categories.items())))
    return table
