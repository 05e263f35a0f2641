"""Baselines: record today's findings once, then report only the ones that are new.

A finding is recognised by its fingerprint, built from what stays put when a report
is edited elsewhere: the rule, the file's name (not its folder), the finding's anchor
(the table's caption; for a table without one, the nearest heading above it and its
header row; for a paragraph, the nearest heading), the row and column labels, and the
value as printed. Page, line, paragraph and table numbers are left out because adding
a page, a paragraph or a table earlier in the document shifts them.

Version 1 files (fingerprints by caption or table number) are still read, and matched
with the version 1 fingerprint; ``--write-baseline`` records version 2.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .findings import Finding
from .run import RunResult

BASELINE_VERSION = 2
READABLE_VERSIONS = (1, 2)

_SEPARATORS = re.compile(r"[\\/]")
_SPACES = re.compile(r"\s+")


class BaselineError(Exception):
    """A baseline file that cannot be used, said in one line: "PATH: problem"."""


def _norm(text: object) -> str:
    return _SPACES.sub(" ", str(text)).strip() if text is not None else ""


def _label_or_index(label: str | None, kind: str, index: int | None) -> str:
    if label and label.strip():
        return _norm(label)
    return f"{kind} {index}" if index is not None else ""


def _digest(parts: list[str]) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def fingerprint(finding: Finding) -> str:
    """A stable identity for a finding that survives inserted pages, paragraphs and tables
    and moved folders."""
    location = finding.location
    anchor = finding.anchor or location.caption
    if not anchor and location.table is not None:
        anchor = f"table {location.table}"  # a finding built without its document
    return _digest([
        finding.rule,
        _SEPARATORS.split(location.file)[-1],
        _norm(anchor),
        _label_or_index(location.row_label, "row", location.row),
        _label_or_index(location.column_label, "column", location.column),
        _norm(finding.found),
    ])


def fingerprint_v1(finding: Finding) -> str:
    """The version 1 fingerprint: the caption, else the table's number."""
    location = finding.location
    return _digest([
        finding.rule,
        _SEPARATORS.split(location.file)[-1],
        _label_or_index(location.caption, "table", location.table),
        _label_or_index(location.row_label, "row", location.row),
        _label_or_index(location.column_label, "column", location.column),
        _norm(finding.found),
    ])


FINGERPRINTS: dict[int, Callable[[Finding], str]] = {1: fingerprint_v1, 2: fingerprint}


@dataclass(frozen=True)
class Baseline:
    version: int
    fingerprints: frozenset[str]

    def knows(self, finding: Finding) -> bool:
        return FINGERPRINTS[self.version](finding) in self.fingerprints


def read_baseline(path: Path) -> Baseline:
    """The fingerprints recorded in a baseline file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("fingerprints"), list):
        raise BaselineError(f"{path}: not an lkjip-lint baseline (no 'fingerprints' list)")
    version = data.get("version")
    if version not in READABLE_VERSIONS:
        raise BaselineError(f"{path}: baseline version {version!r} is not one this lkjip-lint reads "
                            f"({', '.join(map(str, READABLE_VERSIONS))}); record it again with "
                            f"'lkjip-lint check --write-baseline {path} …'")
    known = set()
    for entry in data["fingerprints"]:
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str):
            raise BaselineError(f"{path}: every entry of 'fingerprints' needs a 'fingerprint' string")
        known.add(value)
    return Baseline(version, frozenset(known))


def filter_new(result: RunResult, known: Baseline) -> dict[str, int]:
    """Drop, in place, the findings the baseline knows; how many were dropped, per file."""
    hidden: dict[str, int] = {}
    for file_result in result.files:
        kept = [f for f in file_result.findings if not known.knows(f)]
        if len(kept) != len(file_result.findings):
            hidden[file_result.path] = len(file_result.findings) - len(kept)
        file_result.findings = kept
    return hidden


def baseline_entries(result: RunResult) -> list[dict]:
    entries = {}
    for finding in result.findings:
        key = fingerprint(finding)
        entries.setdefault(key, {
            "fingerprint": key,
            "rule": finding.rule,
            "file": finding.file.replace("\\", "/"),
            "found": finding.found,
        })
    return sorted(entries.values(), key=lambda e: (e["file"], e["rule"], e["found"] or "", e["fingerprint"]))


def write_baseline(path: Path, result: RunResult) -> None:
    """Record every finding of ``result`` in ``path``, in a stable order."""
    from .output import OutputError, write_report

    payload = {"tool": "lkjip-lint", "version": BASELINE_VERSION, "fingerprints": baseline_entries(result)}
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    try:
        write_report(str(path), lambda stream: stream.write(text), utf8=True)
    except OutputError as exc:
        raise BaselineError(str(exc)) from None
