import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lkjip_lint import run as run_module
from lkjip_lint.cache import DEFAULT_FOLDER, cache_folder, tool_fingerprint
from lkjip_lint.config import Config
from lkjip_lint.limits import Limits
from lkjip_lint.report.json_format import render_json
from lkjip_lint.run import check_paths

WRONG_PERCENT = "Laporan Kinerja\nNo\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n"


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "a.txt").write_text(WRONG_PERCENT, encoding="utf-8")
    (folder / "b.txt").write_text(WRONG_PERCENT.replace("60 %", "70 %"), encoding="utf-8")
    (folder / "c.docx").write_text("not a docx", encoding="utf-8")
    return folder


def found(result) -> list[str]:
    return [f.found for f in result.findings if f.found]


def checked_paths(monkeypatch) -> list[str]:
    """Record which files are actually checked (not taken from the cache)."""
    checked: list[str] = []
    original = run_module._check_all

    def recording(files, *args, **kwargs):
        checked.extend(Path(f).name for f in files)
        yield from original(files, *args, **kwargs)

    monkeypatch.setattr(run_module, "_check_all", recording)
    return checked


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*/*/*.json"))


def test_a_cached_run_gives_the_same_results_without_checking_again(reports, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = check_paths([str(reports)], (), Config(), cache_dir=cache)
    checked = checked_paths(monkeypatch)
    second = check_paths([str(reports)], (), Config(), cache_dir=cache)
    assert checked == []
    assert second == first
    assert render_json(second) == render_json(first)
    assert found(second) == ["60 %", "70 %"]
    assert second.files[2].error == "corrupt or not a Word .docx file"
    assert (cache / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (cache / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_a_changed_file_is_checked_again(reports, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    check_paths([str(reports)], (), Config(), cache_dir=cache)
    (reports / "b.txt").write_text(WRONG_PERCENT.replace("60 %", "40 %"), encoding="utf-8")
    checked = checked_paths(monkeypatch)
    result = check_paths([str(reports)], (), Config(), cache_dir=cache)
    assert checked == ["b.txt"]
    assert found(result) == ["60 %", "40 %"]


def test_a_changed_configuration_or_companion_is_checked_again(reports, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    companion = tmp_path / "pk.txt"
    companion.write_text("Perjanjian Kinerja 2021\n", encoding="utf-8")
    check_paths([str(reports)], (str(companion),), Config(), cache_dir=cache)
    checked = checked_paths(monkeypatch)
    check_paths([str(reports)], (str(companion),), Config(ignore=("LKJ101",)), cache_dir=cache)
    check_paths([str(reports)], (str(companion),), Config(limits=Limits(pages=100)), cache_dir=cache)
    companion.write_text("Perjanjian Kinerja 2022\n", encoding="utf-8")
    check_paths([str(reports)], (str(companion),), Config(), cache_dir=cache)
    check_paths([str(reports)], (), Config(), cache_dir=cache)
    assert checked == ["a.txt", "b.txt", "c.docx"] * 4


def test_a_changed_rule_pack_is_checked_again(reports, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    pack = tmp_path / "aturan"
    pack.mkdir()
    (pack / "vocabulary.toml").write_text("[report]\nmarkers = ['lakip']\n", encoding="utf-8")
    config = Config(rules_dirs=(str(pack),))
    check_paths([str(reports)], (), config, cache_dir=cache)
    checked = checked_paths(monkeypatch)
    check_paths([str(reports)], (), config, cache_dir=cache)
    (pack / "vocabulary.toml").write_text("[report]\nmarkers = ['lkjip']\n", encoding="utf-8")
    check_paths([str(reports)], (), config, cache_dir=cache)
    assert checked == ["a.txt", "b.txt", "c.docx"]


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[1, 2]", b'{"path": 5}', bytes(range(256))])
def test_a_damaged_entry_is_ignored_and_replaced(reports, tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    first = check_paths([str(reports)], (), Config(), cache_dir=cache)
    for entry in entries(cache):
        entry.write_bytes(damage)
    checked = checked_paths(monkeypatch)
    assert check_paths([str(reports)], (), Config(), cache_dir=cache) == first
    assert checked == ["a.txt", "b.txt", "c.docx"]
    assert all(json.loads(entry.read_text(encoding="utf-8"))["path"] for entry in entries(cache))


def test_an_entry_for_another_path_is_not_taken(reports, tmp_path):
    cache = tmp_path / "cache"
    check_paths([str(reports / "a.txt")], (), Config(), cache_dir=cache)
    (entry,) = entries(cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(dict(data, path="lain.txt")), encoding="utf-8")
    result = check_paths([str(reports / "a.txt")], (), Config(), cache_dir=cache)
    assert result.files[0].path == str(reports / "a.txt")


def test_a_result_cut_short_by_the_time_budget_is_not_kept(tmp_path):
    slow = tmp_path / "panjang.txt"
    sample = Path(__file__).resolve().parent.parent / "samples" / "lkjip-kecamatan-sumbersari-2021.txt"
    slow.write_text(sample.read_text(encoding="utf-8") * 32, encoding="utf-8")
    cache = tmp_path / "cache"
    result = check_paths([str(slow)], (), Config(limits=Limits(seconds_per_file=1)), cache_dir=cache)
    assert result.files[0].error.startswith("too slow to read")
    assert entries(cache) == []


def test_folders_of_other_versions_are_removed(reports, tmp_path):
    cache = tmp_path / "cache"
    (cache / "0123456789abcdef").mkdir(parents=True)
    (cache / "keep-me").mkdir()
    check_paths([str(reports)], (), Config(), cache_dir=cache)
    assert sorted(p.name for p in cache.iterdir() if p.is_dir()) == sorted([tool_fingerprint(), "keep-me"])


def test_the_cache_folder_is_chosen_from_options_configuration_or_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LKJIP_LINT_CACHE_DIR", raising=False)
    assert cache_folder(Config()) == tmp_path / DEFAULT_FOLDER
    assert cache_folder(Config(source=str(tmp_path / "proyek" / "pyproject.toml"))) == tmp_path / "proyek" / DEFAULT_FOLDER
    assert cache_folder(Config(cache_dir="lain")) == Path("lain")
    assert cache_folder(Config(cache=False)) is None
    monkeypatch.setenv("LKJIP_LINT_CACHE_DIR", str(tmp_path / "env"))
    assert cache_folder(Config()) == tmp_path / "env"
    assert cache_folder(dataclasses.replace(Config(), cache_dir="lain")) == Path("lain")


def lint(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lkjip_lint.cli", "check", "--isolated", "--format", "json", *args],
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120)


def test_the_command_line_keeps_results_in_the_current_folder_unless_told_not_to(reports, tmp_path):
    work = tmp_path / "kerja"
    work.mkdir()
    first = lint(str(reports), cwd=work)
    assert (work / DEFAULT_FOLDER / ".gitignore").is_file()
    again = lint(str(reports), cwd=work)
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, first.stderr)
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    off = lint("--no-cache", str(reports), cwd=elsewhere)
    assert off.stdout == first.stdout
    assert list(elsewhere.iterdir()) == []
    chosen = lint("--cache-dir", str(tmp_path / "pilihan"), str(reports), cwd=elsewhere)
    assert chosen.stdout == first.stdout
    assert entries(tmp_path / "pilihan")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_neither_hashed_nor_opened(reports, tmp_path):
    pipe = reports / "pipa.txt"
    os.mkfifo(pipe)
    done = lint(str(pipe), str(reports / "a.txt"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"lkjip-lint: error: {pipe}: a named pipe, not a file"]
    assert [Path(f["path"]).name for f in json.loads(done.stdout)["files"]] == ["pipa.txt", "a.txt"]


def test_what_a_report_is_about_is_kept_with_its_findings(tmp_path, monkeypatch):
    report = tmp_path / "lkjip.txt"
    report.write_text("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2021\nDINAS PENDIDIKAN KABUPATEN JEMBER\n\n"
                      + WRONG_PERCENT, encoding="utf-8")
    cache = tmp_path / "cache"
    first = check_paths([str(report)], (), Config(), cache_dir=cache)
    checked = checked_paths(monkeypatch)
    second = check_paths([str(report)], (), Config(), cache_dir=cache)
    assert checked == []
    assert first.files[0].year == 2021
    assert (second.files[0].institution, second.files[0].region, second.files[0].year) == \
        (first.files[0].institution, first.files[0].region, first.files[0].year)
    assert second.files[0].institution
