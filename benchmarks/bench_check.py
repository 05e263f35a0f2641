"""Time `lkjip-lint check` on the sample PDF and DOCX against a bare library pass.

The bare passes are the floor any linter built on these libraries pays: pdfplumber
reading the text and the tables of every page, python-docx reading every paragraph
and every cell. Run:  python benchmarks/bench_check.py [--repeat N] [--folder-copies N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import docx
import pdfplumber

from lkjip_lint.config import Config
from lkjip_lint.run import check_paths

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "lkjip-kecamatan-sumbersari-2021"


def bare_pdfplumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def bare_python_docx(path: Path) -> None:
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text


def lint(path: Path) -> None:
    result = check_paths([str(path)], (), Config())
    assert result.files[0].error is None, result.files[0].error


def best_of(repeat: int, action, path: Path) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action(path)
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings)


def folder_run(copies: int, jobs: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        for i in range(copies):
            for suffix in (".pdf", ".docx", ".txt"):
                if i * 3 + (".pdf", ".docx", ".txt").index(suffix) < copies:
                    shutil.copy(SAMPLE.with_suffix(suffix), Path(folder) / f"report-{i}{suffix}")
        started = time.perf_counter()
        result = check_paths([folder], (), Config(), jobs=jobs)
        elapsed = time.perf_counter() - started
        assert len(result.files) == copies
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--folder-copies", type=int, default=30,
                        help="files in the folder run (PDF, DOCX and text copies of the sample)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    rows = []
    for suffix, bare_name, bare in ((".pdf", "pdfplumber text+tables", bare_pdfplumber),
                                    (".docx", "python-docx paragraphs+cells", bare_python_docx)):
        path = SAMPLE.with_suffix(suffix)
        bare_best, bare_median = best_of(args.repeat, bare, path)
        lint_best, lint_median = best_of(args.repeat, lint, path)
        rows.append((path.name, bare_name, bare_best, lint_best, lint_median, lint_best / bare_best))
    text_best, _ = best_of(args.repeat, lint, SAMPLE.with_suffix(".txt"))

    print(f"{'file':40} {'bare pass':30} {'bare s':>8} {'check s':>8} {'median':>8} {'ratio':>6}")
    for name, bare_name, bare_best, lint_best, lint_median, ratio in rows:
        print(f"{name:40} {bare_name:30} {bare_best:8.3f} {lint_best:8.3f} {lint_median:8.3f} {ratio:6.2f}")
    print(f"{SAMPLE.with_suffix('.txt').name:40} {'-':30} {'-':>8} {text_best:8.3f}")
    serial = folder_run(args.folder_copies, 1)
    parallel = folder_run(args.folder_copies, args.jobs)
    print(f"folder of {args.folder_copies} reports: {serial:.1f} s serial, {parallel:.1f} s with --jobs {args.jobs}")


if __name__ == "__main__":
    main()
