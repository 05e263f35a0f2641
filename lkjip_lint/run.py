"""Checking many files: expanding folders, reading each file, linting, collecting results.

Each file is read and checked in a worker process with a time budget and a memory cap
(``workers``), so one unreadable, stuck or runaway file yields an error entry for that
file and the others are still checked. Results found in the cache (``cache``) are not
computed again. A report's document is dropped once it is checked; companion documents
are kept by each worker, as every report is checked with them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable

from .config import Config
from .extract import extract
from .findings import Finding, Severity
from .model import Document, ExtractError
from .paths import expand_paths

# From this many files on, --jobs defaults to the available cores.
AUTO_JOBS_MIN_FILES = 4


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
    # What was read and what was not (``coverage.read_coverage``); plain data.
    coverage: dict | None = None
    # Not the file's own outcome (a time or memory bound on this run): never cached.
    transient: bool = field(default=False, compare=False, repr=False)


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


def _read(path: str, config: Config) -> Document | ExtractError:
    try:
        document = extract(path, config.limits)
        _require_report_vocabulary(document, config.rules_dirs)
        return document
    except ExtractError as exc:
        return exc


def _require_report_vocabulary(document: Document, rules_dirs: tuple[str, ...]) -> None:
    from .textutil import matches_any
    from .vocab import load_packs

    markers = load_packs(rules_dirs).get("vocabulary", {}).get("report", {}).get("markers", [])
    if markers and not matches_any(document.text(), markers):
        raise ExtractError(document.path, "not a performance report (none of: " + ", ".join(markers) + ")")


def check_file(path: str, companions: tuple[str, ...], config: Config,
               cache: dict | None = None) -> FileResult:
    """Read and check one report with its companions. ``cache`` keeps companion documents
    from one call to the next; the report's own document is not kept."""
    from .engine import check_dossier
    from .understand.facts import Facts
    from .vocab import load_packs

    cache = {} if cache is None else cache
    document = _read(path, config)
    if isinstance(document, ExtractError):
        return FileResult(path=path, error=document.problem)
    dossier = [document]
    result = FileResult(path=path, format=document.format, pages=document.pages, companions=companions)
    for companion in companions:
        if companion not in cache:
            cache[companion] = _read(companion, config)
        other = cache[companion]
        if isinstance(other, ExtractError):
            result.error = f"companion {companion}: {other.problem}"
            return result
        dossier.append(other)
    facts = Facts(dossier, load_packs(config.rules_dirs), config)
    result.findings, result.coverage = check_dossier(dossier, config, facts)
    _describe(result, facts, config)
    return result


def _describe(result: FileResult, facts, config: Config) -> None:
    from .understand.subject import read_subject

    try:
        subject = read_subject(facts, config)
    except Exception:  # naming the report is a courtesy: it must never stop the run
        return
    result.institution, result.region, result.year = subject.institution, subject.region, subject.year


# Companion documents a worker has read, kept for the next report it checks.
_companions_read: dict = {}


def _check_in_worker(config: Config, task: tuple[str, tuple[str, ...]]) -> FileResult:
    path, companions = task
    return check_file(path, companions, config, _companions_read)


def _trouble(config: Config, task: tuple[str, tuple[str, ...]], kind: str, detail: str) -> FileResult:
    """The result for a file whose worker did not return one."""
    limits = config.limits
    memory = f"the 'memory-mb' limit is {limits.memory_mb} MB"
    if kind == "timeout":
        problem = f"too slow to read (more than {limits.seconds_per_file:g} s; the 'seconds-per-file' limit)"
    elif kind == "out of memory":
        problem = f"ran out of memory while reading ({memory})"
    elif kind == "died":
        problem = f"reading stopped abruptly ({detail}): a malformed file, or one needing more memory ({memory})"
    else:
        problem = f"could not be checked ({detail})"
    return FileResult(path=task[0], error=problem, transient=True)


def worker_count(jobs: int | None, files: int) -> int:
    """``jobs`` as asked, else the available cores when there are enough files to share."""
    from .workers import available_cores

    if jobs is None:
        jobs = available_cores() if files >= AUTO_JOBS_MIN_FILES else 1
    return max(1, min(jobs, files))


def _check_all(files: list[str], companions: tuple[str, ...], config: Config, jobs: int | None):
    """``(index, FileResult)`` for every file, in the order they are done."""
    if not files:
        return
    from . import workers

    if workers.SHARES_IMPORTS:
        _import_for(files + list(companions))
    yield from workers.run_in_workers(
        [(path, companions) for path in files],
        partial(_check_in_worker, config),
        jobs=worker_count(jobs, len(files)),
        seconds=config.limits.seconds_per_file,
        memory_mb=config.limits.memory_mb,
        trouble=partial(_trouble, config),
    )


def _import_for(files: list[str]) -> None:
    """Import here what checking these files needs, once, for every forked worker to share."""
    import importlib

    from . import engine  # noqa: F401
    from .extract import SUFFIXES

    for kind in sorted({SUFFIXES.get(Path(f).suffix.lower()) for f in files} - {None}):
        importlib.import_module(f".extract.{kind}", __package__)


def check_paths(paths: list[str], companions: tuple[str, ...], config: Config, jobs: int | None = None,
                progress: Callable[[FileResult], None] | None = None,
                cache_dir: str | Path | None = None) -> RunResult:
    """Check every file the paths name. ``jobs``: worker processes (None: chosen from the
    number of files); ``cache_dir``: where results are kept between runs (None: no cache)."""
    files = expand_paths(paths)
    companions = tuple(c for c in companions if c not in files)
    results: list[FileResult | None] = [None] * len(files)
    store = None
    if cache_dir is not None:
        from .cache import ResultCache
        store = ResultCache(Path(cache_dir), config, companions)
    todo = []
    for index, path in enumerate(files):
        results[index] = store.get(path) if store else None
        if results[index] is None:
            todo.append(index)
    todo.sort(key=lambda index: -_size(files[index]))  # the longest first: workers finish together
    in_order = _InOrder(results, progress)
    in_order.report()
    for position, result in _check_all([files[i] for i in todo], companions, config, jobs):
        index = todo[position]
        results[index] = result
        if store and not result.transient:
            store.put(files[index], result)
        in_order.report()
    return RunResult(files=results)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class _InOrder:
    """Hands results to ``progress`` in file order, as soon as all before them are done."""

    def __init__(self, results: list, progress: Callable[[FileResult], None] | None):
        self._results = results
        self._progress = progress
        self._done = 0

    def report(self) -> None:
        while self._done < len(self._results) and self._results[self._done] is not None:
            if self._progress:
                self._progress(self._results[self._done])
            self._done += 1
