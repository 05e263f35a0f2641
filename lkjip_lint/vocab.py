"""Loading the TOML data packs of ``rules/``: vocabulary, scales, messages, options.

Packs are merged in order: the bundled pack first, then each extra directory a user
names. In a user's pack:

* a list (a predicate scale's bands, a unit list, a vocabulary list) REPLACES the
  bundled list of the same name; ``extend-<name> = [...]`` adds to it instead;
* a scalar (a threshold, a rule option) replaces the bundled value;
* a table merges key by key.

The bundled pack is the schema: a user's file, table or key that the bundled pack does
not have (and that no rule declares as an option), or a value of another type, is a
configuration error naming the file and the key. Tables whose keys are data (the
misspellings' words, the provinces of the region terms, the predicate verdicts,
message templates) take any key.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXTEND = "extend-"
# Tables whose keys are data, not settings: (pack, key path).
OPEN_TABLES = frozenset({
    ("misspellings", ("words",)),
    ("region_terms", ("provinces",)),
    ("scales", ("predicates", "verdicts")),
})


def bundled_rules_dir() -> Path:
    installed = Path(__file__).parent / "rules"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


class PackError(Exception):
    pass


def _type_name(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__


def _same_type(bundled, value) -> bool:
    return _type_name(bundled) == _type_name(value)


def _is_open(pack: str, path: tuple[str, ...]) -> bool:
    return pack.startswith("messages") or any(
        pack == open_pack and path[:len(open_path)] == open_path for open_pack, open_path in OPEN_TABLES)


def _merge_user(base: dict, extra: dict, pack: str, path: tuple[str, ...], source: Path,
                options: dict) -> dict:
    """``extra`` (a user's table) over ``base`` (the bundled one), checked against it."""
    merged = dict(base)
    for key, value in extra.items():
        where = ".".join(path + (key,))
        if _is_open(pack, path):
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = _merge_user(merged[key], value, pack, path + (key,), source, options)
            else:
                merged[key] = value
            continue
        if key.startswith(EXTEND):
            target = key[len(EXTEND):]
            if not isinstance(base.get(target), list):
                raise PackError(f"{source}: '{where}': there is no list '{target}' to extend")
            if not isinstance(value, list):
                raise PackError(f"{source}: '{where}' must be a list")
            merged[target] = merged[target] + [v for v in value if v not in merged[target]]
            continue
        declared = options.get((pack,) + path + (key,))
        if key not in base and declared is None:
            raise PackError(f"{source}: unknown key '{where}'")
        expected = base[key] if key in base else declared.default
        if declared is not None and not declared.accepts(value):
            raise PackError(f"{source}: '{where}' must be {declared.type_name}, not a {_type_name(value)}")
        if declared is None and not _same_type(expected, value):
            raise PackError(f"{source}: '{where}' must be a {_type_name(expected)}, not a {_type_name(value)}")
        if isinstance(value, dict):
            merged[key] = _merge_user(base[key], value, pack, path + (key,), source, options)
        else:
            merged[key] = value
    return merged


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: {exc}") from None


def _load_bundled() -> dict:
    return {path.stem: _read(path) for path in sorted(bundled_rules_dir().glob("*.toml"))}


def _declared_options() -> dict:
    """Every option a rule declares, by (pack, section …, key)."""
    from .registry import all_rules
    return {option.path: option for rule in all_rules() for option in rule.options}


def load_packs(extra_dirs: tuple[str, ...] = ()) -> dict:
    """All packs as one dict keyed by file stem: ``packs["vocabulary"]["columns"]`` …"""
    return _load_packs(tuple(extra_dirs))


@lru_cache(maxsize=16)
def _load_packs(extra_dirs: tuple[str, ...]) -> dict:
    """``load_packs``, read once for ``load_packs()`` and ``load_packs(())`` alike."""
    data = _load_bundled()
    options = _declared_options() if extra_dirs else {}
    for directory in extra_dirs:
        folder = Path(directory)
        if not folder.is_dir():
            raise PackError(f"{directory}: rules directory not found")
        for path in sorted(folder.glob("*.toml")):
            pack = path.stem
            if pack not in data and not pack.startswith("messages"):
                raise PackError(f"{path}: unknown rules pack (the packs are {', '.join(sorted(data))})")
            data[pack] = _merge_user(data.get(pack, {}), _read(path), pack, (), path, options)
    return data
