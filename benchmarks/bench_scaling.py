"""Check time against input size: every scan must grow about linearly.

Generated inputs (text reports, written to a temporary folder), each checked once with
every rule selected; CPU seconds (this process and its worker) are printed:

* the bundled sample concatenated 4 and 32 times: the 32-copy run must take less than
  10 times the 4-copy one (8 times the text);
* a budget table of 2,000 and 10,000 rows whose activity names share common words
  ("pengelolaan", "pelayanan" …) and differ in what they are about (the budget
  grouping), the 10,000-row one under 10 s, in text and in Word;
* a line of 40,000 letters before "(5)" (the number-words reading), a table row of
  20,000 numbers (the trailing numbers of a flattened row), 1,000 small tables.

Run:  python benchmarks/bench_scaling.py [--only NAME]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape
from pathlib import Path

from lkjip_lint.config import Config
from lkjip_lint.run import check_paths

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "lkjip-kecamatan-sumbersari-2021.txt"
WORDS = ("pengelolaan", "pelayanan", "koordinasi", "penyediaan", "pemeliharaan", "peningkatan", "pembinaan",
         "administrasi", "perkantoran", "keuangan", "daerah", "kecamatan", "sarana", "prasarana", "aparatur",
         "kapasitas", "perencanaan", "evaluasi", "kinerja", "pemerintahan", "ketertiban", "masyarakat",
         "pemberdayaan", "kelurahan", "desa", "umum", "sosial", "kesehatan", "pendidikan", "lingkungan")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_seconds(path: Path) -> float:
    """CPU seconds of this process and of the worker that checked the file (reaped by then)."""
    started = time.process_time() + _children_cpu()
    result = check_paths([str(path)], (), Config(), jobs=1)
    if result.unreadable:
        raise SystemExit(f"{path}: {result.unreadable[0].error}")
    return time.process_time() + _children_cpu() - started


def sample_copies(folder: Path, copies: int) -> Path:
    path = folder / f"sample-x{copies}.txt"
    path.write_text("\n".join([SAMPLE.read_text(encoding="utf-8")] * copies), encoding="utf-8")
    return path


def _object_word(rng: random.Random) -> str:
    """A made-up word for what an activity is about (a road, a market, a school …): real
    budget rows share their common words but differ in such words."""
    return "".join(rng.choice(SYLLABLES) for _ in range(3))


SYLLABLES = ("ka", "ru", "ma", "ti", "so", "be", "nda", "lu", "wo", "pi", "ja", "re", "gu", "ne", "sa", "to")


def _budget_table(rows: int) -> list[list[str]]:
    rng = random.Random(rows)
    table = [["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]]
    for n in range(rows):
        name = " ".join(rng.sample(WORDS, 3) + [_object_word(rng)])
        budget = f"{rng.randrange(10_000_000, 900_000_000):,}".replace(",", ".")
        table.append([str(n + 1), f"Kegiatan {name}", budget, budget, "100,00 %"])
    return table


def budget_rows(folder: Path, rows: int) -> Path:
    lines = ["LAPORAN KINERJA", "Tabel 3.9 Realisasi Anggaran"] + ["\t".join(row) for row in _budget_table(rows)]
    path = folder / f"budget-{rows}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def budget_rows_docx(folder: Path, rows: int) -> Path:
    """The same table in a Word document (written as WordprocessingML directly: building
    10,000 rows through python-docx would time the generator, not the check)."""
    def paragraph(text: str) -> str:
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"

    body = [paragraph("LAPORAN KINERJA"), paragraph("Tabel 3.9 Realisasi Anggaran"), "<w:tbl>"]
    for row in _budget_table(rows):
        body.append("<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>")
    body.append("</w:tbl>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}</w:body></w:document>')
    path = folder / f"budget-{rows}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", document)
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def long_word_run(folder: Path) -> Path:
    path = folder / "letters.txt"
    path.write_text("LAPORAN KINERJA\n\n" + "a" * 40_000 + " (5)\n", encoding="utf-8")
    return path


def long_number_row(folder: Path) -> Path:
    path = folder / "numbers.txt"
    path.write_text("LAPORAN KINERJA\n\nTotal " + " ".join("1.000" for _ in range(20_000)) + "\n", encoding="utf-8")
    return path


def many_tables(folder: Path, count: int = 1000) -> Path:
    parts = ["LAPORAN KINERJA"]
    for n in range(count):
        parts.append(f"Tabel {n + 1} Realisasi\nNo\tKegiatan\tAnggaran\tRealisasi\t%\n"
                     f"1\tKegiatan {n}\t100.000\t90.000\t90,00 %\n2\tKegiatan lain {n}\t200.000\t100.000\t50,00 %\n")
    path = folder / "tables.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = {
            "sample x4": lambda: sample_copies(folder, 4),
            "sample x32": lambda: sample_copies(folder, 32),
            "budget 2000 rows": lambda: budget_rows(folder, 2000),
            "budget 10000 rows": lambda: budget_rows(folder, 10000),
            "budget 10000 rows docx": lambda: budget_rows_docx(folder, 10000),
            "40k letters before (5)": lambda: long_word_run(folder),
            "row of 20k numbers": lambda: long_number_row(folder),
            "1000 tables": lambda: many_tables(folder),
        }
        times = {}
        for name, build in cases.items():
            if args.only and args.only not in name:
                continue
            times[name] = cpu_seconds(build())
            print(f"{name:<26} {times[name]:7.2f} s CPU", flush=True)
        if "sample x4" in times and "sample x32" in times:
            ratio = times["sample x32"] / times["sample x4"]
            print(f"sample x32 / x4 = {ratio:.1f} (8 times the text; linear is about 8, the bound is 10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
