"""A tiny text report with one budget table, for tests that lint real files.

``WRONG_PERCENT``: Program X's CAPAIAN is printed as 996.22 % (3.094.283.480 /
3.071.415.500 × 100 = 100.74 %), one LKJ101 finding. ``CORRECT``: the same table
without the mistake. ``TWO_RULES``: also Program X's REALISASI differs from the sum of
its activities, adding an LKJ102 finding.
"""

from __future__ import annotations

from pathlib import Path

from lkjip_lint.config import Config

HEADER = "No\tPROGRAM/ KEGIATAN\tANGGARAN (Rp.)\tREALISASI (Rp)\tCAPAIAN (%)"


def budget_table(program_percent: str = "996.22 %", program_realisation: str = "3.094.283.480",
                 activity_a_percent: str = "99.92 %") -> str:
    return "\n".join([
        "Tabel 3.1 Realisasi Anggaran",
        HEADER,
        f"II\tProgram X\t3.071.415.500\t{program_realisation}\t{program_percent}",
        f"1\tKegiatan A\t2.705.332.000\t2.703.061.480\t{activity_a_percent}",
        "2\tKegiatan B\t366.083.500\t391.222.000\t106.86 %",
    ]) + "\n"


WRONG_PERCENT = "LAPORAN KINERJA INSTANSI PEMERINTAH\n\n" + budget_table()
CORRECT = "LAPORAN KINERJA INSTANSI PEMERINTAH\n\n" + budget_table(program_percent="100.74 %")
TWO_RULES = "LAPORAN KINERJA INSTANSI PEMERINTAH\n\n" + budget_table(program_realisation="3.094.283.000")


def write_report(folder: Path, text: str = WRONG_PERCENT, name: str = "report.txt") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path

# The rules this report exercises. Tests select them so that rules added later, which
# may well have something to say about a three-row report, do not change the results.
RULES = ("LKJ101", "LKJ102", "LKJ103")
SELECT = ("--select", ",".join(RULES))
SELECT_TOML = f"select = {list(RULES)!r}\n".replace("'", '"')


def report_config(**changes) -> Config:
    return Config(select=RULES, **changes)
