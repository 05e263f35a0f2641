"""The hook in .pre-commit-hooks.yaml, run by pre-commit itself.

``pre-commit try-repo`` would install the package into a fresh virtualenv, which needs
the network and a committed hook file; instead the hook definition is copied into a
``repo: local`` config with ``language: system``, so the installed ``lkjip-lint`` runs
with the entry, file patterns and options of the real definition.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml
from budget_report import CORRECT, SELECT_TOML, WRONG_PERCENT, write_report

REPO = Path(__file__).resolve().parents[1]
HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"


def hook_definition() -> dict:
    [hook] = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    return hook


def test_hook_definition():
    hook = hook_definition()
    assert hook["id"] == "lkjip-lint"
    assert hook["entry"] == "lkjip-lint check"
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    assert hook["pass_filenames"] is True


@pytest.fixture
def git_repo(tmp_path) -> Path:
    repo = tmp_path / "laporan"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    local_hook = {**hook_definition(), "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local_hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (repo / "lkjip-lint.toml").write_text(SELECT_TOML, encoding="utf-8")
    return repo


def pre_commit(repo: Path, *files: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": sysconfig.get_path("scripts") + os.pathsep + os.environ.get("PATH", ""),
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "NO_COLOR": "1",
    }
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never", "--files", *files],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300)


def test_hook_fails_on_an_arithmetic_error_and_passes_when_fixed(git_repo):
    write_report(git_repo, WRONG_PERCENT, "report.txt")
    failed = pre_commit(git_repo, "report.txt")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "LKJ101" in failed.stdout
    assert "996.22 %" in failed.stdout

    write_report(git_repo, CORRECT, "report.txt")
    passed = pre_commit(git_repo, "report.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_readme_and_lock_files_are_not_reports(git_repo):
    write_report(git_repo, WRONG_PERCENT, "README.md")
    write_report(git_repo, WRONG_PERCENT, "docs/CHANGELOG.md")
    (git_repo / "~$report.docx").write_bytes(b"lock")
    result = pre_commit(git_repo, "README.md", "docs/CHANGELOG.md", "~$report.docx")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no files to check" in result.stdout


def test_upper_case_suffix_is_checked(git_repo):
    write_report(git_repo, WRONG_PERCENT, "laporan/LKJIP 2021.TXT")
    result = pre_commit(git_repo, "laporan/LKJIP 2021.TXT")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "LKJ101" in result.stdout
