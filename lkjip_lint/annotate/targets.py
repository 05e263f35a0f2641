"""Names of annotated copies: ``<name>-annotated<suffix>`` in the chosen folder, never the
name of a file read (even when the folder is the reports' own), and never one name for two
reports of the same name from different folders (``-2``, ``-3`` …)."""

from __future__ import annotations

import os
import re
from pathlib import Path

SUFFIX = "-annotated"
_COPY_NAME = re.compile(re.escape(SUFFIX) + r"(?:-\d+)?$")


def is_annotated_copy(path: Path) -> bool:
    """A name this module gives copies ("laporan-annotated.pdf", "laporan-annotated-2.pdf")."""
    return bool(_COPY_NAME.search(path.stem))


class CopyNames:
    def __init__(self, folder: str, protected: list[str]):
        self.folder = Path(folder)
        self._protected_paths = {_key(p) for p in protected}
        self._protected_files = {f for f in map(_file_id, protected) if f is not None}
        self._taken: set[str] = set()

    def next_for(self, source: str) -> str:
        """A free name for the copy of ``source``."""
        path = Path(source)
        for number in range(1, 10_000):
            extra = "" if number == 1 else f"-{number}"
            candidate = str(self.folder / f"{path.stem}{SUFFIX}{extra}{path.suffix}")
            key = _key(candidate)
            if key in self._taken or key in self._protected_paths or _file_id(candidate) in self._protected_files:
                continue
            self._taken.add(key)
            return candidate
        raise RuntimeError(f"no free name for the copy of {source}")  # pragma: no cover


def _key(path: str) -> str:
    """The real path, case-folded: two names that differ only in case are kept apart even
    where the file system would take them for one."""
    return os.path.normcase(os.path.realpath(path)).casefold()


def _file_id(path: str) -> tuple[int, int] | None:
    """The file itself (device and inode), so that a link to a report is not written either."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino
