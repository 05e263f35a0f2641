"""Baselines: record today's findings once, then report only the ones that are new.

A finding is recognised by its fingerprint, built from what stays put when a report
is edited: the rule, the file's name (not its folder), the table caption and the row
and column labels, and the value as printed. Page, line and table numbers are left
out because adding a paragraph or a table earlier in the document shifts them.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .findings import Finding
from .run import RunResult

BASELINE_VERSION = 1

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


def fingerprint(finding: Finding) -> str:
    """A stable identity for a finding that survives page shifts and moved folders."""
    location = finding.location
    parts = [
        finding.rule,
        _SEPARATORS.split(location.file)[-1],
        _label_or_index(location.caption, "table", location.table),
        _label_or_index(location.row_label, "row", location.row),
        _label_or_index(location.column_label, "column", location.column),
        _norm(finding.found),
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def read_baseline(path: Path) -> set[str]:
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
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(f"{path}: unsupported baseline version {data.get('version')!r} "
                            f"(expected {BASELINE_VERSION})")
    known = set()
    for entry in data["fingerprints"]:
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str):
            raise BaselineError(f"{path}: every entry of 'fingerprints' needs a 'fingerprint' string")
        known.add(value)
    return known


def filter_new(result: RunResult, known: set[str]) -> None:
    """Drop, in place, the findings whose fingerprint is in ``known``."""
    for file_result in result.files:
        file_result.findings = [f for f in file_result.findings if fingerprint(f) not in known]


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
    payload = {"tool": "lkjip-lint", "version": BASELINE_VERSION, "fingerprints": baseline_entries(result)}
    try:
        Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot be written ({exc.strerror})") from None
