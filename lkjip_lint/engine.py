"""Running the checks over a dossier and settling severity and selection."""

from __future__ import annotations

from .config import Config, is_selected
from .context import attach_context
from .coverage import guard, read_coverage
from .findings import Finding, make_finding
from .model import Document, Location
from .registry import CHECK_CRASHED, check_module, rules_by_check, rules_by_code
from .understand.facts import Facts
from .vocab import load_packs


def lint_documents(documents: list[Document], config: Config, facts: Facts | None = None) -> list[Finding]:
    """All findings for one report and its companion documents, sorted and de-duplicated.

    ``facts`` of the same documents may be given, to read more from them afterwards."""
    return check_dossier(documents, config, facts)[0]


def check_dossier(documents: list[Document], config: Config,
                  facts: Facts | None = None) -> tuple[list[Finding], dict]:
    """The findings for one report and its companion documents, and the report's coverage
    (``coverage.read_coverage``): tables read, tables left out and why, pages without text."""
    facts = facts if facts is not None else Facts(documents, load_packs(config.rules_dirs), config)
    rules = rules_by_code()
    raw: list[Finding] = []
    for name, declared in rules_by_check().items():
        if not any(is_selected(rule, config) for rule in declared):
            continue
        try:
            raw.extend(check_module(name).check(facts, config))
        except Exception as exc:  # a check must never stop the run
            raw.append(make_finding(
                CHECK_CRASHED.code,
                Location(file=documents[0].path),
                "internal-error",
                check=name,
                error=f"{type(exc).__name__}: {exc}",
            ))
    raw, guarded = guard(raw, facts.layouts)
    settled: dict[tuple, Finding] = {}
    for finding in raw:
        rule = rules[finding.rule]
        if not is_selected(rule, config, finding.location.file):
            continue
        severity = config.severity_override(rule) or finding.severity or rule.severity
        finding = finding.with_(severity=severity)
        key = (finding.rule, finding.location, finding.found, finding.expected)
        settled.setdefault(key, finding)
    findings = attach_context(documents, sorted(settled.values(), key=Finding.sort_key))
    return findings, read_coverage(facts, guarded)

