"""Tests that need the shared material beside the checkout skip in a plain clone, with the
reason, and fail under --require-shared (as .ci/run runs them)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO

SARIF_TESTS = "tests/report/test_sarif.py::test_real_run_is_valid_sarif"


def _pytest(tmp_path, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LKJIP_LINT_SHARED": str(tmp_path / "nowhere")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", SARIF_TESTS,
                           *options], cwd=REPO, env=env, capture_output=True, text=True)


def test_missing_shared_material_skips_with_the_reason(tmp_path):
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
    assert f"needs {tmp_path / 'nowhere' / 'schemas' / 'sarif-schema-2.1.0.json'}" in done.stdout


def test_require_shared_turns_the_skip_into_a_failure(tmp_path):
    done = _pytest(tmp_path, "--require-shared")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "--require-shared was given" in done.stdout


def test_ci_requires_the_shared_material():
    assert "pytest -q --require-shared" in (REPO / ".ci" / "run").read_text()
