"""Results kept between runs, so that re-checking unchanged reports costs next to nothing.

An entry is keyed on everything a result depends on: the file's path and content, the
companions' paths and contents, the configuration, the content of any extra rule packs,
and the tool itself (its version, its source files and its bundled rule packs: a new
version starts a new folder and the old ones are removed). Entries are JSON files
written atomically; one that cannot be read or does not fit is ignored, never an error,
and a cache that cannot be written is simply not written.

The folder holds a ``.gitignore`` (so it never gets committed) and a ``CACHEDIR.TAG``
(so backup tools skip it).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from . import __version__
from .config import Config
from .findings import Finding, Related, Severity
from .model import Location
from .run import FileResult

DEFAULT_FOLDER = ".lkjip_lint_cache"
ENTRY_FORMAT = 1
_TOOL_FOLDER = re.compile(r"^[0-9a-f]{16}$")
_GITIGNORE = "# Made by lkjip-lint: results kept between runs.\n*\n"
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This file is a cache directory tag created by lkjip-lint.\n"
                 "# For information about cache directory tags see https://bford.info/cachedir/\n")


def cache_folder(config: Config) -> Path | None:
    """Where results are kept: ``cache-dir`` (option or configuration), else
    LKJIP_LINT_CACHE_DIR, else .lkjip_lint_cache beside the configuration file or in the
    current folder; None when the cache is off."""
    if not config.cache:
        return None
    if config.cache_dir:
        return Path(config.cache_dir)
    if os.environ.get("LKJIP_LINT_CACHE_DIR"):
        return Path(os.environ["LKJIP_LINT_CACHE_DIR"])
    base = Path(config.source).parent if config.source else Path.cwd()
    return base / DEFAULT_FOLDER


class _Unsupported(Exception):
    """A value the entry format cannot hold exactly."""


def file_digest(path: str) -> str | None:
    """SHA-256 of a regular file's bytes; None when it is not one or cannot be read."""
    from .extract import file_problem

    if file_problem(path):
        return None
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _folder_digest(folder: Path, patterns: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(folder.rglob(pattern)):
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(folder)).encode("utf-8") + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The version, the source and the bundled rule packs of this lkjip-lint."""
    from .vocab import bundled_rules_dir

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode("utf-8"))
    digest.update(_folder_digest(package, ("*.py",)).encode("ascii"))
    digest.update(_folder_digest(bundled_rules_dir(), ("*.toml",)).encode("ascii"))
    return digest.hexdigest()[:16]


class ResultCache:
    def __init__(self, folder: Path, config: Config, companions: tuple[str, ...]):
        self.folder = folder
        self.entries = folder / tool_fingerprint()
        self._usable = True
        packs = tuple(_folder_digest(Path(d), ("*.toml",)) for d in config.rules_dirs)
        settled = dataclasses.replace(config, cache=True, cache_dir=None)
        companion_digests = tuple((c, file_digest(c)) for c in companions)
        self._common = json.dumps([ENTRY_FORMAT, repr(settled), packs, companion_digests], ensure_ascii=True)
        self._digests: dict[str, str | None] = {}
        if any(d is None for _, d in companion_digests):
            self._usable = False

    def _key(self, path: str, digest: str) -> str:
        return hashlib.sha256(json.dumps([self._common, path, digest]).encode("utf-8")).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.entries / key[:2] / f"{key[2:]}.json"

    def get(self, path: str) -> FileResult | None:
        """The kept result for this file as it is now, or None."""
        if not self._usable:
            return None
        digest = self._digests[path] = file_digest(path)
        if digest is None:
            return None
        try:
            data = json.loads(self._entry(self._key(path, digest)).read_text(encoding="utf-8"))
            result = result_from_json(data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        return result if result.path == path else None

    def put(self, path: str, result: FileResult) -> None:
        """Keep ``result`` when the file has not changed since ``get`` and the result can
        be kept exactly."""
        digest = self._digests.get(path)
        if not self._usable or digest is None or file_digest(path) != digest:
            return
        try:
            data = result_to_json(result)
        except _Unsupported:
            return
        if repr(result_from_json(json.loads(json.dumps(data)))) != repr(result):
            return  # not kept exactly (repr tells a str from a str-valued enum, 1 from 1.0)
        try:
            self._prepare()
            entry = self._entry(self._key(path, digest))
            entry.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(entry, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            self._usable = False

    def _prepare(self) -> None:
        """Create the folder with its markers, and remove entries of other tool versions."""
        if self.entries.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        for old in self.folder.iterdir():
            if old.is_dir() and _TOOL_FOLDER.match(old.name) and old.name != self.entries.name:
                shutil.rmtree(old, ignore_errors=True)
        self.entries.mkdir(exist_ok=True)


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# --- entries -------------------------------------------------------------------------

# The only kinds of object an entry may hold; anything else is not kept.
_DATA_TYPES = {cls.__name__: cls for cls in (Finding, Location, Related)}


def _value_to_json(value):
    if isinstance(value, Severity):  # before str: a Severity is a str too
        return {"severity": value.value}
    if value is None or type(value) in (str, bool, int, float):
        return value
    if isinstance(value, tuple):
        return {"tuple": [_value_to_json(v) for v in value]}
    if isinstance(value, list):
        return {"list": [_value_to_json(v) for v in value]}
    if type(value) is dict and all(type(k) is str for k in value):
        return {"dict": {k: _value_to_json(v) for k, v in value.items()}}
    if type(value).__name__ in _DATA_TYPES and type(value) is _DATA_TYPES[type(value).__name__]:
        return {"type": type(value).__name__,
                "fields": {f.name: _value_to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise _Unsupported(type(value).__name__)


def _value_from_json(value):
    if not isinstance(value, dict):
        return value
    if "severity" in value:
        return Severity(value["severity"])
    if "tuple" in value:
        return tuple(_value_from_json(v) for v in value["tuple"])
    if "list" in value:
        return [_value_from_json(v) for v in value["list"]]
    if "dict" in value:
        return {k: _value_from_json(v) for k, v in value["dict"].items()}
    fields = {name: _value_from_json(v) for name, v in value["fields"].items()}
    return _DATA_TYPES[value["type"]](**fields)


def result_to_json(result: FileResult) -> dict:
    """Every field of the result but ``transient`` (a transient result is never kept)."""
    return {f.name: _value_to_json(getattr(result, f.name))
            for f in dataclasses.fields(result) if f.name != "transient"}


def result_from_json(data: dict) -> FileResult:
    values = {name: _value_from_json(value) for name, value in data.items()}
    if not all(isinstance(f, Finding) for f in values["findings"]):
        raise ValueError("not a finding")
    return FileResult(**values)
