"""Time `lkjip-lint check` on the sample PDF, DOCX and text, and on one report of more
than a hundred pages, against the bare library pass over the same file.

For each file, several runs of a fresh process each (the median is printed):

* check CPU s: user + system seconds of the whole `lkjip-lint check --no-cache` process
  (start-up, reading, checking, reporting), as a user waits for it, workers included;
* cached s: the same with the kept result of an earlier run (a re-run of an unchanged file);
* peak MiB: the largest resident memory of that process;
* bare s: the floor any linter reading this file pays: for a PDF, pypdfium2 loading
  every page and its text (the bare text pass); for a DOCX, python-docx reading every
  paragraph and cell; for text, reading and decoding the file;
* ratio: check CPU / bare.

The long report is the largest PDF of corpus/documents in the shared folder (the folder
LKJIP_LINT_SHARED names, else ../shared beside the checkout), or --long PATH; it is
skipped when there is none.

    python benchmarks/bench_check.py [--repeat N] [--long PDF] [--folder-copies N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "lkjip-kecamatan-sumbersari-2021"
SHARED = Path(os.environ.get("LKJIP_LINT_SHARED") or ROOT.parent / "shared")
CORPUS_DOCUMENTS = SHARED / "corpus" / "documents"
MIN_LONG_PAGES = 100
# A bare pass shorter than this (seconds) gives no meaningful ratio.
MEASURABLE = 0.001


def bare_pdf(path: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        document.close()


def bare_docx(path: Path) -> None:
    import docx

    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text


def bare_text(path: Path) -> None:
    path.read_bytes().decode("utf-8", errors="replace").splitlines()


BARE = {".pdf": ("pypdfium2 text", bare_pdf), ".docx": ("python-docx", bare_docx),
        ".txt": ("read+decode", bare_text), ".md": ("read+decode", bare_text)}


def page_count(path: Path) -> int | None:
    if path.suffix.lower() != ".pdf":
        return None
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def long_report(given: str | None) -> Path | None:
    if given:
        return Path(given)
    if not CORPUS_DOCUMENTS.is_dir():
        return None
    candidates = [(page_count(p) or 0, p) for p in sorted(CORPUS_DOCUMENTS.glob("*.pdf"))]
    long = [(pages, p) for pages, p in candidates if pages >= MIN_LONG_PAGES]
    return max(long)[1] if long else None


def lint_command() -> list[str]:
    found = shutil.which("lkjip-lint", path=str(Path(sys.executable).parent)) or shutil.which("lkjip-lint")
    return [found] if found else [sys.executable, "-m", "lkjip_lint.cli"]


def run_child(command: list[str]) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and peak resident MiB of one run of ``command``."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)  # rusage of the child and the workers it waited for
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / (1024 * 1024)
    return usage.ru_utime + usage.ru_stime, wall, peak


def bare_child(path: Path) -> float:
    """CPU seconds of the bare pass alone, in a fresh process (imports not counted)."""
    code = ("import sys, time; sys.path.insert(0, %r); import bench_check as b; from pathlib import Path; "
            "p = Path(%r); f = b.BARE[p.suffix.lower()][1]; "
            "t = time.process_time(); f(p); print(time.process_time() - t)") % (str(Path(__file__).parent), str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def measure(path: Path, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as cache:
        command = [*lint_command(), "check", str(path), "--isolated", "--cache-dir", cache]
        run_child(command)  # warm the file cache, and keep the result for the cached runs
        runs = [run_child([*command, "--no-cache"]) for _ in range(repeat)]
        cached = [run_child(command) for _ in range(repeat)]
    bare = [bare_child(path) for _ in range(repeat)]
    return {
        "name": path.name, "pages": page_count(path), "bare_name": BARE[path.suffix.lower()][0],
        "cpu": statistics.median(r[0] for r in runs), "wall": statistics.median(r[1] for r in runs),
        "cached": statistics.median(r[0] for r in cached),
        "peak": max(r[2] for r in runs), "bare": statistics.median(bare),
    }


def folder_run(copies: int, jobs: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        suffixes = (".pdf", ".docx", ".txt")
        for i in range(copies):
            suffix = suffixes[i % 3]
            shutil.copy(SAMPLE.with_suffix(suffix), Path(folder) / f"report-{i}{suffix}")
        _, wall, _ = run_child([*lint_command(), "check", folder, "--isolated", "--no-cache", "--jobs", str(jobs)])
        return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per file (the median is printed)")
    parser.add_argument("--long", help="a PDF of more than a hundred pages (default: from ../shared/corpus)")
    parser.add_argument("--folder-copies", type=int, default=0,
                        help="also time a folder of this many sample copies, serial and with --jobs")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    files = [SAMPLE.with_suffix(".pdf"), SAMPLE.with_suffix(".docx"), SAMPLE.with_suffix(".txt")]
    long = long_report(args.long)
    rows = [measure(path, args.repeat) for path in files]
    if long is not None:
        rows.append(measure(long, max(1, min(args.repeat, 3))))

    print(f"{'file':42} {'pages':>5} {'check CPU s':>11} {'wall s':>7} {'cached s':>8} {'bare pass':>15} "
          f"{'bare s':>7} {'ratio':>6} {'peak MiB':>8}")
    for row in rows:
        pages = "" if row["pages"] is None else str(row["pages"])
        ratio = f"{row['cpu'] / row['bare']:6.1f}" if row["bare"] >= MEASURABLE else f"{'-':>6}"
        print(f"{row['name']:42} {pages:>5} {row['cpu']:11.2f} {row['wall']:7.2f} {row['cached']:8.2f} "
              f"{row['bare_name']:>15} "
              f"{row['bare']:7.3f} {ratio} {row['peak']:8.0f}")
    if long is None:
        print(f"long report: skipped (no PDF of {MIN_LONG_PAGES}+ pages in {CORPUS_DOCUMENTS}; "
              f"set LKJIP_LINT_SHARED or give one with --long)")
    if args.folder_copies:
        serial = folder_run(args.folder_copies, 1)
        parallel = folder_run(args.folder_copies, args.jobs)
        print(f"folder of {args.folder_copies} reports: {serial:.1f} s serial, {parallel:.1f} s with --jobs {args.jobs}"
              f" ({serial / parallel:.2f}x)")


if __name__ == "__main__":
    main()
