"""Loading the TOML data packs of ``rules/``: vocabulary, scales, messages, defaults.

Packs are merged in order: the bundled pack first, then each extra directory a
user names; a later pack extends lists and overrides scalars of an earlier one.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def bundled_rules_dir() -> Path:
    installed = Path(__file__).parent / "rules"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


class PackError(Exception):
    pass


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + [v for v in value if v not in merged[key]]
        else:
            merged[key] = value
    return merged


def _load_dir(directory: Path) -> dict:
    data: dict = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            with path.open("rb") as fh:
                pack = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PackError(f"{path}: {exc}") from None
        data = _merge(data, {path.stem: pack})
    return data


@lru_cache(maxsize=16)
def load_packs(extra_dirs: tuple[str, ...] = ()) -> dict:
    """All packs as one dict keyed by file stem: ``packs["vocabulary"]["columns"]`` …"""
    data = _load_dir(bundled_rules_dir())
    for directory in extra_dirs:
        path = Path(directory)
        if not path.is_dir():
            raise PackError(f"{directory}: rules directory not found")
        data = _merge(data, _load_dir(path))
    return data
