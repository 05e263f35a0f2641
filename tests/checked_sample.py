"""The bundled sample, checked once per test session, and hashes of files."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from conftest import SAMPLES

from lkjip_lint.config import Config
from lkjip_lint.run import FileResult, check_file

SAMPLE = SAMPLES / "lkjip-kecamatan-sumbersari-2021"


@lru_cache(maxsize=None)
def checked(suffix: str) -> FileResult:
    return check_file(str(SAMPLE.with_suffix(suffix)), (), Config())


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
