"""Checking many files: expanding folders, reading each file, linting, collecting results.

One unreadable file yields an error entry for that file; the others are still checked.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from .config import Config
from .engine import lint_documents
from .extract import extract
from .findings import Finding, Severity
from .interrupts import ignore_interrupts
from .model import Document, ExtractError
from .paths import expand_paths
from .textutil import matches_any
from .understand.facts import Facts
from .understand.subject import read_subject
from .vocab import load_packs


@dataclass
class FileResult:
    path: str
    format: str | None = None
    pages: int | None = None
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    companions: tuple[str, ...] = ()
    # What the report is about (``understand.subject``), None where it does not say.
    institution: str | None = None
    region: str | None = None
    year: int | None = None


@dataclass
class RunResult:
    files: list[FileResult]

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def unreadable(self) -> list[FileResult]:
        return [r for r in self.files if r.error]


def _read(path: str, cache: dict[str, Document | ExtractError],
          rules_dirs: tuple[str, ...] = ()) -> Document | ExtractError:
    if path not in cache:
        try:
            document = extract(path)
            _require_report_vocabulary(document, rules_dirs)
            cache[path] = document
        except ExtractError as exc:
            cache[path] = exc
    return cache[path]


def _require_report_vocabulary(document: Document, rules_dirs: tuple[str, ...]) -> None:
    markers = load_packs(rules_dirs).get("vocabulary", {}).get("report", {}).get("markers", [])
    if markers and not matches_any(document.text(), markers):
        raise ExtractError(document.path, "not a performance report (none of: " + ", ".join(markers) + ")")


def check_file(path: str, companions: tuple[str, ...], config: Config,
               cache: dict | None = None) -> FileResult:
    cache = {} if cache is None else cache
    document = _read(path, cache, config.rules_dirs)
    if isinstance(document, ExtractError):
        return FileResult(path=path, error=document.problem)
    dossier = [document]
    result = FileResult(path=path, format=document.format, pages=document.pages, companions=companions)
    for companion in companions:
        other = _read(companion, cache, config.rules_dirs)
        if isinstance(other, ExtractError):
            result.error = f"companion {companion}: {other.problem}"
            return result
        dossier.append(other)
    facts = Facts(dossier, load_packs(config.rules_dirs), config)
    result.findings = lint_documents(dossier, config, facts)
    _describe(result, facts, config)
    return result


def _describe(result: FileResult, facts: Facts, config: Config) -> None:
    try:
        subject = read_subject(facts, config)
    except Exception:  # naming the report is a courtesy: it must never stop the run
        return
    result.institution, result.region, result.year = subject.institution, subject.region, subject.year


def _check_one(args) -> FileResult:
    path, companions, config = args
    return check_file(path, companions, config)


def check_paths(paths: list[str], companions: tuple[str, ...], config: Config, jobs: int = 1,
                progress: Callable[[FileResult], None] | None = None) -> RunResult:
    files = expand_paths(paths)
    companions = tuple(c for c in companions if c not in files)
    results: list[FileResult] = []
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=ignore_interrupts) as pool:
            for result in pool.map(_check_one, [(f, companions, config) for f in files]):
                results.append(result)
                if progress:
                    progress(result)
    else:
        cache: dict = {}
        for path in files:
            result = check_file(path, companions, config, cache)
            results.append(result)
            if progress:
                progress(result)
    return RunResult(files=results)
