"""Which files a run checks: files as given, folders walked, each file once."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .annotate.targets import is_annotated_copy
from .extract import supported


@dataclass
class Expansion:
    files: list[str] = field(default_factory=list)
    # Named paths that cannot be checked: (path, problem), e.g. "no such file or folder".
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Named folders that hold no report.
    empty_folders: list[str] = field(default_factory=list)


def _identity(path: str) -> tuple:
    """The same file reached two ways ("a.txt", "./a.txt", a link to it) has one identity."""
    try:
        status = os.stat(path)
    except OSError:
        return ("path", os.path.normcase(os.path.abspath(path)))
    return ("inode", status.st_dev, status.st_ino)


def path_problem(path: str) -> str | None:
    """Why a named path cannot be read at all, in words; None when it can be looked at."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (too many levels of symbolic links)"
        if exc.errno == errno.ENOENT:
            return "no such file or folder" if not os.path.islink(path) else "broken symbolic link (its target does not exist)"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "permission denied"
        if exc.errno == errno.ENAMETOOLONG:
            return "file name too long"
        return exc.strerror or str(exc)
    except ValueError:  # an embedded NUL byte
        return "not a valid file name"
    return None


def _walk(folder: Path) -> list[str]:
    found = []
    for child in sorted(folder.rglob("*")):
        relative = child.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or child.name.startswith("~$"):
            continue
        if is_annotated_copy(child):  # a copy --annotate made, when its folder is the reports' own
            continue
        if supported(child) and child.is_file():
            found.append(str(child))
    return found


def expand(paths: Iterable[str]) -> Expansion:
    """Files as given, folders walked (sorted) for supported files; hidden entries, Word
    lock files and annotated copies skipped; every file once, in the order first named."""
    expansion = Expansion()
    seen: set[tuple] = set()
    for raw in paths:
        problem = path_problem(raw)
        if problem:
            expansion.problems.append((raw, problem))
            continue
        path = Path(raw)
        if path.is_dir():
            candidates = _walk(path)
            if not candidates:
                expansion.empty_folders.append(raw)
        else:
            candidates = [raw]
        for candidate in candidates:
            identity = _identity(candidate)
            if identity not in seen:
                seen.add(identity)
                expansion.files.append(candidate)
    return expansion


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The files to check (see ``expand``); named paths that do not exist are kept, so
    that checking them reports the problem."""
    files: list[str] = []
    seen: set[tuple] = set()
    for raw in paths:
        path = Path(raw)
        candidates = _walk(path) if path_problem(raw) is None and path.is_dir() else [raw]
        for candidate in candidates:
            identity = _identity(candidate)
            if identity not in seen:
                seen.add(identity)
                files.append(candidate)
    return files

