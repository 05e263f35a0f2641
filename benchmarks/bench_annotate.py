"""Time the annotated copy of a report against checking it: what --annotate adds.

For the sample PDF, DOCX and text, and the PDFs of ../shared/corpus/documents when that
folder sits beside the checkout, in this process (the median of --repeat runs):

* check s: reading and checking the file (``run.check_file``);
* annotate s: writing its annotated copy with every finding (``annotate.annotate_copy``);
* findings, exact: how many findings the copy marks, and how many at the value itself.

    python benchmarks/bench_annotate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from lkjip_lint.annotate import annotate_copy
from lkjip_lint.config import Config
from lkjip_lint.report.view import View
from lkjip_lint.run import check_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "lkjip-kecamatan-sumbersari-2021"
CORPUS_DOCUMENTS = ROOT.parent / "shared" / "corpus" / "documents"


def _median(action, repeat: int):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = [SAMPLE.with_suffix(s) for s in (".pdf", ".docx", ".txt")]
    if CORPUS_DOCUMENTS.is_dir():
        files += sorted(CORPUS_DOCUMENTS.glob("*.pdf"))
    print(f"{'file':45} {'check s':>8} {'annotate s':>11} {'findings':>9} {'exact':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            check_time, result = _median(lambda: check_file(str(path), (), Config()), args.repeat)
            target = str(Path(folder) / f"copy{path.suffix}")
            annotate_time, copy = _median(lambda: annotate_copy(str(path), target, result.findings, View()),
                                          args.repeat)
            print(f"{path.name[:45]:45} {check_time:8.2f} {annotate_time:11.2f} {copy.findings:9} {copy.exact:6}")


if __name__ == "__main__":
    main()
