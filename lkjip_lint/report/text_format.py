"""The human format: findings grouped by file, each with its place, a quote of the text it
points at, the values found and expected, the evidence, and the places related to it.

Long lines are wrapped at the view's width with a hanging indent. Every string that
comes from a document or a file name is made printable (see ``safe``), and no output
line can start a CI workflow command.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from functools import cached_property
from typing import TextIO

from ..findings import ROLE_ALSO, ROLE_REFERENCE, Finding, Related, Severity
from ..messages import counted, label, render, severity_word, value_labels
from ..registry import rules_by_code
from ..run import FileResult, RunResult
from .common import describe_location, quote
from .coverage_text import coverage_lines
from .grouping import Shown, group_repeats
from .safe import display_name, guard_line, printable
from .view import View

MAX_PLACES = 3  # related places shown per role before "… and N more"
ROLE_SAME = "same"  # the places of identical findings folded into one

# Characters rich lays out itself (a tab expanded, a carriage return), even without colour;
# printable() escapes them in whatever comes from a document.
_RICH_CHANGES = re.compile(r"[\t\r]")
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_ROLE_LABELS = ((ROLE_REFERENCE, "reference"), (ROLE_ALSO, "also-at"), (ROLE_SAME, "same-at"))


class _Writer:
    """Prints logical lines as wrapped, guarded physical lines: styled through rich when
    in colour, else written as they are (what rich writes then, without its cost)."""

    def __init__(self, stream: TextIO, color: bool, width: int | None):
        self.stream = stream
        self.color = color
        self.width = width

    @cached_property
    def console(self):
        return make_console(self.stream, self.color)

    def line(self, text: str, continuation: int = 6, style: str | None = None,
             spans: tuple[tuple[int, int, str], ...] = ()) -> None:
        if not self.color and not _RICH_CHANGES.search(text):
            self.stream.write("".join(guard_line(physical) + "\n" for physical in self._wrap(text, continuation)))
            return
        from rich.text import Text

        for number, physical in enumerate(self._wrap(text, continuation)):
            guarded = guard_line(physical)
            styled = Text(guarded, style=style or "")
            if number == 0 and guarded == physical:
                for start, end, span_style in spans:
                    styled.stylize(span_style, start, end)
            self.console.print(styled, soft_wrap=True, highlight=False, markup=False, emoji=False)

    def _wrap(self, text: str, continuation: int) -> list[str]:
        if self.width is None or len(text) <= self.width:
            return [text]
        wrapper = textwrap.TextWrapper(width=self.width, subsequent_indent=" " * continuation,
                                       break_long_words=False, break_on_hyphens=False)
        return wrapper.wrap(text) or [text]


def make_console(stream: TextIO, color: bool):
    from rich.console import Console

    return Console(file=stream, force_terminal=color, no_color=not color, color_system="auto" if color else None,
                   highlight=False, emoji=False, markup=False, soft_wrap=True, width=100_000)


def render_text(result: RunResult, stream: TextIO, view: View | None = None) -> None:
    view = view or View()
    out = _Writer(stream, view.color, view.width)
    rules = rules_by_code()

    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    for file_result in result.files:
        if file_result.error:
            continue  # said once, on stderr, by the command line
        name = display_name(file_result.path)
        findings = file_result.findings
        if not findings:
            status = word("no-new-findings") if view.known_hidden.get(file_result.path) else word("no-findings")
            notes = _notes(view, file_result.path)
            text = f"{name}: {status}" + (f" ({'; '.join(notes)})" if notes else "")
            out.line(text, continuation=2, spans=((len(name) + 2, len(name) + 2 + len(status), "green"),))
            _coverage(out, file_result, view)
            continue
        out.line(name, continuation=2, style="bold underline")
        for shown in group_repeats(findings):
            _finding(out, shown, rules, view)
        counts = _counts(findings, view)
        notes = _notes(view, file_result.path)
        out.line(f"  {name}: {counts}" + (f"; {'; '.join(notes)}" if notes else ""), continuation=4)
        _coverage(out, file_result, view)
    if len(result.files) > 1:
        _summary_table(out, result, rules, view)  # unreadable files: named once, on stderr
    _summary(out, result, view)


def _coverage(out: _Writer, file_result: FileResult, view: View) -> None:
    for line in coverage_lines(file_result.path, file_result.coverage, view.lang, view.rules_dirs):
        out.line("  " + printable(line), continuation=4, style="dim")


def _finding(out: _Writer, shown: Shown, rules, view: View) -> None:
    finding = shown.finding

    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    rule = rules[finding.rule]
    severity = finding.severity or rule.severity
    sev = severity_word(severity, view.lang, view.rules_dirs)
    head = f"  {sev} {finding.rule} {rule.name}: "
    message = printable(render(finding, view.lang, view.rules_dirs))
    out.line(head + message, continuation=6,
             spans=((2, 2 + len(sev), _STYLE[severity]), (3 + len(sev), 3 + len(sev) + len(finding.rule), "bold")))
    _detail(out, word("at"), describe_location(finding.location, view.lang, view.rules_dirs), style="dim")
    quoted = quote(finding)
    if quoted and _compact(quoted) != _compact(finding.found):
        _detail(out, word("quote"), f"\u201c{quoted}\u201d")
    values = [f"{name}: {printable(value)}" for name, value in value_labels(finding, view.lang, view.rules_dirs)]
    if values:
        out.line("    " + "   ".join(values), continuation=6)
    if finding.evidence:
        _detail(out, word("evidence"), finding.evidence)
    places = list(finding.related) + [Related(r.location, r.found, ROLE_SAME) for r in shown.repeats]
    for role, key in _ROLE_LABELS:
        of_role = [r for r in places if r.role == role]
        for related in of_role[:MAX_PLACES]:
            _detail(out, word(key), _place(related, finding, view), style="dim")
        if len(of_role) > MAX_PLACES:
            out.line(f"    {word('more-places', n=len(of_role) - MAX_PLACES)}", style="dim")


def _compact(text: str | None) -> str:
    return "".join((text or "").split()).casefold()


def _detail(out: _Writer, key: str, value: str, style: str | None = None) -> None:
    prefix = f"    {key}: "
    out.line(prefix + printable(value), continuation=min(len(prefix), 24), style=style)


def _place(related: Related, finding: Finding, view: View) -> str:
    place = describe_location(related.location, view.lang, view.rules_dirs)
    if related.location.file != finding.location.file:
        place = f"{related.location.file}: {place}"
    return place + (f" ({related.found})" if related.found else "")


def _counts(findings: list[Finding], view: View) -> str:
    by_severity = Counter(f.severity for f in findings)
    return ", ".join(counted(f"count-{s.value}", by_severity.get(s, 0), view.lang, view.rules_dirs) for s in Severity)


def _notes(view: View, path: str | None = None) -> list[str]:
    """What was left out: known findings (baseline) and findings below --show."""
    known = view.known_hidden.get(path, 0) if path is not None else view.total_known_hidden
    not_shown = view.not_shown.get(path, 0) if path is not None else view.total_not_shown
    notes = []
    if known:
        notes.append(counted("count-known-hidden", known, view.lang, view.rules_dirs))
    if not_shown and view.show is not None:
        notes.append(label("count-not-shown", view.lang, view.rules_dirs, n=not_shown, level=view.show.value))
    return notes


def _summary(out: _Writer, result: RunResult, view: View) -> None:
    files = counted("count-file", len(result.files), view.lang, view.rules_dirs)
    counts = _counts(result.findings, view)
    line = label("files-checked", view.lang, view.rules_dirs, files=files, counts=counts)
    unreadable = len(result.unreadable)
    extra = []
    if unreadable:
        extra.append(counted("count-unreadable", unreadable, view.lang, view.rules_dirs))
    extra.extend(_notes(view))
    out.line(line + "".join(f"; {e}" for e in extra), continuation=2)


def _summary_table(out: _Writer, result: RunResult, rules, view: View) -> None:
    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    headers = (word("file"), word("errors"), word("warnings"), word("info"), word("by-category"))
    rows = [(display_name(r.path),) + _table_cells(r, rules) for r in result.files if not r.error]
    if not rows:
        return
    width = min(max(len(r[0]) for r in rows + [headers]), 60)
    numbers = [max(len(headers[i]), 2) for i in (1, 2, 3)]
    out.line(word("summary"), style="bold")

    def row_text(cells) -> str:
        return (f"{cells[0]:<{width}}  " + "  ".join(f"{c:>{n}}" for c, n in zip(cells[1:4], numbers))
                + f"  {cells[4]}").rstrip()

    out.line(row_text(headers), continuation=width + sum(numbers) + 8, style="bold")
    for cells in rows:
        out.line(row_text(cells), continuation=width + sum(numbers) + 8)


def _table_cells(file_result: FileResult, rules) -> tuple[str, ...]:
    by_severity = Counter(f.severity for f in file_result.findings)
    categories = Counter(rules[f.rule].category for f in file_result.findings)
    return (tuple(str(by_severity.get(s, 0)) for s in Severity)
            + (", ".join(f"{name} {n}" for name, n in sorted(categories.items())),))
