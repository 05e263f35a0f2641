"""SARIF 2.1.0, as GitHub code scanning reads it.

One run. ``tool.driver.rules`` lists every registered rule; each result points at its
rule by id and index. Artifact URIs are relative to the working directory under the
``%SRCROOT%`` base (run the linter from the repository root in CI).

``region.startLine``: for text files, the line of the finding when known; for DOCX and
PDF files, which have no lines, the page number when known, else 1. The cell itself
is named in ``logicalLocations`` ("page 14/table 7/row 9/column 4") and the raw
location is kept in the result's ``properties``.

``partialFingerprints["lkjipFingerprint/v2"]`` is the baseline fingerprint, which does
not change when pages, lines or other tables are added. Each related location says
in ``properties.role`` whether it is the ``reference`` (where the expected value comes
from) or ``also`` (another place that differs).
"""

from __future__ import annotations

import json
from pathlib import PurePath

from .. import __version__
from ..baseline import fingerprint
from ..findings import Finding, Related, Severity
from ..messages import label, render, rule_doc, rule_summary
from ..model import Location
from ..registry import all_rules
from ..rule import Rule
from ..run import FileResult, RunResult
from .common import describe_location, finding_values
from .places import artifact_location, start_line
from .safe import json_safe
from .view import View

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "lkjipFingerprint/v2"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

MIME_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
}


def render_sarif(result: RunResult, view: View | None = None) -> str:
    return json_safe(json.dumps(sarif_log(result, view or View()), ensure_ascii=False, indent=2)) + "\n"


def sarif_log(result: RunResult, view: View) -> dict:
    rules = all_rules()
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    artifacts, artifact_index = _artifacts(result.files)
    results = [_result(f, rules[rule_index[f.rule]], rule_index[f.rule], artifact_index, view)
               for f in result.findings]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "lkjip-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(rule, view) for rule in rules],
            }},
            "invocations": [_invocation(result, artifact_index)],
            "artifacts": artifacts,
            "results": results,
        }],
    }


def _descriptor(rule: Rule, view: View) -> dict:
    text = rule_doc(rule, view.lang, view.rules_dirs)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule_summary(rule, view.lang, view.rules_dirs)},
        "fullDescription": {"text": text},
        "help": {"text": text},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _artifacts(files: list[FileResult]) -> tuple[list[dict], dict[str, int]]:
    artifacts: list[dict] = []
    index: dict[str, int] = {}

    def add(path: str, role: str) -> None:
        if path in index:
            return
        index[path] = len(artifacts)
        artifact = {"location": artifact_location(path), "roles": [role]}
        mime = MIME_TYPES.get(PurePath(path).suffix.lower())
        if mime:
            artifact["mimeType"] = mime
        artifacts.append(artifact)

    for file_result in files:
        add(file_result.path, "analysisTarget")
    for file_result in files:
        for companion in file_result.companions:
            add(companion, "referencedOnCommandLine")
    return artifacts, index


def _invocation(result: RunResult, artifact_index: dict[str, int]) -> dict:
    notifications = []
    for file_result in result.unreadable:
        notifications.append({
            "level": "error",
            "message": {"text": f"{file_result.path}: cannot check: {file_result.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(file_result.path, artifact_index)}}],
        })
    invocation: dict = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _artifact(path: str, artifact_index: dict[str, int]) -> dict:
    location = artifact_location(path)
    if path in artifact_index:
        location["index"] = artifact_index[path]
    return location


def _physical(location: Location, artifact_index: dict[str, int], snippet: str | None) -> dict:
    region: dict = {"startLine": start_line(location)}
    if snippet:
        region["snippet"] = {"text": snippet}
    return {"artifactLocation": _artifact(location.file, artifact_index), "region": region}


def _logical(location: Location) -> list[dict]:
    parts = []
    for kind, value in (("page", location.page), ("table", location.table),
                        ("paragraph", None if location.table else location.paragraph),
                        ("row", location.row), ("column", location.column)):
        if value:
            parts.append(f"{kind} {value}")
    if not parts:
        return []
    return [{"name": parts[-1], "fullyQualifiedName": "/".join(parts), "kind": "element"}]


def _related(related: Related, index: int, artifact_index: dict[str, int], view: View) -> dict:
    place = describe_location(related.location, view.lang, view.rules_dirs)
    role = label("reference" if related.role == "reference" else "also-at", view.lang, view.rules_dirs)
    text = f"{role}: {related.location.file}: {place}" + (f" ({related.found})" if related.found else "")
    entry = {
        "id": index,
        "physicalLocation": _physical(related.location, artifact_index, related.found),
        "message": {"text": text},
        "properties": {"role": related.role},
    }
    logical = _logical(related.location)
    if logical:
        entry["logicalLocations"] = logical
    return entry


def _result(finding: Finding, rule: Rule, rule_index: int, artifact_index: dict[str, int],
            view: View) -> dict:
    location: dict = {"physicalLocation": _physical(finding.location, artifact_index,
                                                    finding.snippet or finding.found)}
    logical = _logical(finding.location)
    if logical:
        location["logicalLocations"] = logical
    entry = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity or rule.severity],
        "message": {"text": render(finding, view.lang, view.rules_dirs)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
        "properties": finding_values(finding),
    }
    if finding.related:
        entry["relatedLocations"] = [_related(r, i, artifact_index, view) for i, r in enumerate(finding.related)]
    return entry
