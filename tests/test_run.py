from pathlib import Path

from lkjip_lint.config import Config
from lkjip_lint.limits import Limits
from lkjip_lint.run import AUTO_JOBS_MIN_FILES, check_file, check_paths, expand_paths, worker_count
from lkjip_lint.workers import available_cores


def test_a_document_that_is_not_a_report_is_refused(tmp_path):
    recipe = tmp_path / "resep.txt"
    recipe.write_text("Resep nasi goreng\nBahan: nasi, telur, kecap.\n", encoding="utf-8")
    result = check_paths([str(recipe)], (), Config())
    assert result.files[0].error.startswith("not a performance report")


def test_folders_are_walked_for_supported_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "b.xlsx").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_text("x", encoding="utf-8")
    assert expand_paths([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "d.md")]


def test_files_are_never_written(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text("No\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n", encoding="utf-8")
    before = (report.read_bytes(), report.stat().st_mtime_ns)
    result = check_paths([str(tmp_path)], (), Config())
    assert [f.found for f in result.findings] == ["60 %"]
    assert (report.read_bytes(), report.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.txt"]


SAMPLE_TEXT = Path(__file__).resolve().parent.parent / "samples" / "lkjip-kecamatan-sumbersari-2021.txt"


def test_a_file_beyond_its_time_budget_is_reported_and_the_others_are_checked(tmp_path):
    slow = tmp_path / "a-panjang.txt"
    slow.write_text(SAMPLE_TEXT.read_text(encoding="utf-8") * 32, encoding="utf-8")  # many seconds to check
    quick = tmp_path / "b-pendek.txt"
    quick.write_text("No\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n", encoding="utf-8")
    config = Config(limits=Limits(seconds_per_file=1))
    result = check_paths([str(tmp_path)], (), config, jobs=1)
    assert [f.error for f in result.files] == [
        "too slow to read (more than 1 s; the 'seconds-per-file' limit)", None]
    assert [f.found for f in result.findings] == ["60 %"]


def test_a_report_is_not_kept_after_it_is_checked_but_its_companions_are(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text("Laporan Kinerja\nNo\tUraian\tAnggaran\n1\tProgram A\t100\n2\tProgram B\t200\n",
                      encoding="utf-8")
    companion = tmp_path / "pk.txt"
    companion.write_text("Perjanjian Kinerja\nLaporan Kinerja 2021\n", encoding="utf-8")
    kept: dict = {}
    check_file(str(report), (str(companion),), Config(), kept)
    assert list(kept) == [str(companion)]


def test_jobs_follow_the_number_of_files_unless_given():
    cores = available_cores()
    assert worker_count(None, AUTO_JOBS_MIN_FILES - 1) == 1
    assert worker_count(None, 50) == cores
    assert worker_count(None, AUTO_JOBS_MIN_FILES) == min(cores, AUTO_JOBS_MIN_FILES)
    assert worker_count(8, 3) == 3
    assert worker_count(1, 50) == 1


def test_one_or_many_workers_give_the_same_results(tmp_path):
    for k in range(5):
        (tmp_path / f"laporan-{k}.txt").write_text(
            f"Laporan Kinerja\nNo\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t5{k}\t60 %\n", encoding="utf-8")
    assert check_paths([str(tmp_path)], (), Config(), jobs=1) == check_paths([str(tmp_path)], (), Config(), jobs=3)


def test_progress_is_reported_in_file_order(tmp_path):
    for k in range(6):
        (tmp_path / f"laporan-{k}.txt").write_text("Laporan Kinerja\nRealisasi 90 persen.\n", encoding="utf-8")
    seen = []
    check_paths([str(tmp_path)], (), Config(), jobs=3, progress=lambda result: seen.append(Path(result.path).name))
    assert seen == [f"laporan-{k}.txt" for k in range(6)]


def test_workers_started_as_fresh_interpreters_give_the_same_results(tmp_path, monkeypatch):
    """How workers start where processes cannot be forked (Windows, macOS)."""
    from lkjip_lint import workers

    for k in range(2):
        (tmp_path / f"laporan-{k}.txt").write_text(
            f"Laporan Kinerja\nNo\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t5{k}\t60 %\n", encoding="utf-8")
    forked = check_paths([str(tmp_path)], (), Config(), jobs=2)
    monkeypatch.setattr(workers, "START_METHOD", "spawn")
    monkeypatch.setattr(workers, "SHARES_IMPORTS", False)
    assert check_paths([str(tmp_path)], (), Config(), jobs=2) == forked
