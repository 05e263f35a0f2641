"""A text or Markdown copy with each finding written as marker lines after the paragraph
or table that holds it (never inside one, so a Markdown table stays a table), set off by
blank lines: ``> **lkjip-lint** …`` in Markdown (a block quote), ``>> lkjip-lint …`` in
plain text. Findings placed on no line are listed at the top. The text itself is kept
line for line, with its own line endings; the copy is UTF-8.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..extract.text import decode
from ..findings import Finding
from ..messages import label
from ..report.view import View
from .notes import AUTHOR, note_lines

_LINE_END = re.compile(r"(\r\n|\r|\n)")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class NotText(Exception):
    """The file is not text any more (it changed since it was checked)."""


def annotate_text(source: str, target: str, findings: list[Finding], view: View) -> int:
    """Write ``target``: ``source`` with marker lines after the block of each finding."""
    text = decode(Path(source).read_bytes())
    if text is None:
        raise NotText(source)
    pieces = _LINE_END.split(text)
    lines, ends = pieces[0::2], pieces[1::2] + [""]
    newline = max(set(ends) - {""}, key=ends.count, default="\n")
    markdown = Path(source).suffix.lower() in MARKDOWN_SUFFIXES
    after: dict[int, list[Finding]] = {}
    for finding in findings:
        line = finding.location.line if finding.location.file == source else None
        at = _block_end(lines, line - 1) if line and 1 <= line <= len(lines) else -1
        after.setdefault(at, []).append(finding)
    out: list[str] = []
    if -1 in after:
        out += _markers(after[-1], view, markdown, newline, source) + [newline]
    exact = sum(len(group) for at, group in after.items() if at >= 0)
    for index, (line, end) in enumerate(zip(lines, ends)):
        out.append(line + end)
        if index in after:
            out += ([] if end else [newline]) + [newline] + _markers(after[index], view, markdown, newline, source)
            if index + 1 < len(lines) and lines[index + 1].strip():
                out.append(newline)
    with open(target, "w", encoding="utf-8", newline="") as stream:
        stream.write("".join(out))
    return exact


def _block_end(lines: list[str], index: int) -> int:
    """The last line of the block (lines up to a blank one) holding line ``index``."""
    while index + 1 < len(lines) and lines[index + 1].strip() and "\f" not in lines[index + 1]:
        index += 1
    return index


def _markers(findings: list[Finding], view: View, markdown: bool, newline: str, source: str) -> list[str]:
    lines = []
    for number, finding in enumerate(findings):
        line = finding.location.line if finding.location.file == source else None
        note = note_lines(finding, view, source, at_place=line is not None)
        where = f", {label('line', view.lang, view.rules_dirs)} {line}" if line else ""
        if markdown:
            lines += [f">{newline}"] if number else []
            lines.append(f"> **{AUTHOR}**{where}: {note[0]}  {newline}")
            lines += [f"> {text}  {newline}" for text in note[1:]]
        else:
            lines.append(f">> {AUTHOR}{where}: {note[0]}{newline}")
            lines += [f">>    {text}{newline}" for text in note[1:]]
    return lines
