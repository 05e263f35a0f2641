"""Check PDFs with each PDF reader (PDFium, and pdfplumber alone) and list every finding
one reader gives and the other does not.

    python benchmarks/compare_pdf_readers.py [PDF or folder ...]

Without arguments: the bundled sample, the PDFs under tests/, and the corpus PDFs when
../shared/corpus sits beside the checkout. Exit status 1 when any file differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lkjip_lint.config import Config
from lkjip_lint.extract import pdf as pdf_extract
from lkjip_lint.run import check_paths, expand_paths

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def default_files() -> list[str]:
    files = sorted(str(p) for p in (ROOT / "samples").glob("*.pdf"))
    files += sorted(str(p) for p in (ROOT / "tests").rglob("*.pdf"))
    if CORPUS.is_dir():
        files += sorted(str(p) for p in CORPUS.rglob("*.pdf"))
    return files


def findings(path: str, reader: str) -> tuple[set[tuple], float, str | None]:
    pdf_extract.default_reader = reader
    started = time.process_time()
    result = check_paths([path], (), Config())
    elapsed = time.process_time() - started
    keys = {(f.rule, f.location.page, f.location.table, f.location.row, f.location.column, f.found, f.expected)
            for f in result.findings}
    return keys, elapsed, result.files[0].error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    files = [f for f in expand_paths(args.paths) if f.lower().endswith(".pdf")] if args.paths else default_files()
    differing = 0
    for path in files:
        fast, fast_time, fast_error = findings(path, "pdfium")
        slow, slow_time, slow_error = findings(path, "pdfplumber")
        same = fast == slow and fast_error == slow_error
        differing += not same
        name = Path(path).name
        print(f"{'same' if same else 'DIFF':4}  {name:45} {len(fast):4} findings  "
              f"pdfium {fast_time:6.2f} s  pdfplumber {slow_time:6.2f} s")
        if fast_error != slow_error:
            print(f"      errors: pdfium {fast_error!r} / pdfplumber {slow_error!r}")
        for key in sorted(fast - slow, key=str):
            print(f"      only pdfium:     {key}")
        for key in sorted(slow - fast, key=str):
            print(f"      only pdfplumber: {key}")
    pdf_extract.default_reader = "pdfium"
    print(f"{len(files) - differing} of {len(files)} files give the same findings with both readers")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
