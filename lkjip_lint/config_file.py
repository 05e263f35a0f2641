"""Finding and reading configuration files.

``lkjip-lint.toml`` (top level keys) or ``[tool.lkjip-lint]`` in ``pyproject.toml``.
Each checked file gets the configuration nearest to it: the first one found walking
up from the file's folder (as ruff does), so the result for a file never depends on
what else is checked with it. ``--config FILE`` names one for every file;
``--isolated`` uses none.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from .config import Config
from .findings import Severity
from .limits import Limits, with_settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("lkjip-lint.toml", ".lkjip-lint.toml", "pyproject.toml")

KNOWN_KEYS = {
    "select", "ignore", "extend-select", "per-file-ignores", "severity", "rules-dir",
    "institution", "officials", "accepted-names", "report-year", "tolerance", "lang",
    "limits", "cache", "cache-dir",
}


class ConfigError(Exception):
    """A configuration problem, said in one line naming the file and the key."""


def _table_of(path: Path) -> dict | None:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("lkjip-lint")
    return data


def discover(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file's folder, or a folder)."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                if name != "pyproject.toml" or _table_of(candidate) is not None:
                    return candidate
    return None


def _strings(path: Path, key: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{path}: '{key}' must be a string or a list of strings")


def _severity(path: Path, selector: str, value) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(f"{path}: severity.{selector} must be one of error, warning, info (got {value!r})") from None


def load_config(path: Path) -> Config:
    table = _table_of(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.lkjip-lint] table")
    return config_from_table(table, path)


def config_from_table(table: dict, path: Path) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key '{unknown[0]}' (known: {', '.join(sorted(KNOWN_KEYS))})")
    values: dict = {"source": str(path)}
    for key, field_name in (("select", "select"), ("ignore", "ignore"), ("extend-select", "extend_select"),
                            ("accepted-names", "accepted_names")):
        if key in table:
            values[field_name] = _strings(path, key, table[key])
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{path}: 'per-file-ignores' must be a table of pattern = [rules]")
        values["per_file_ignores"] = tuple((pattern, _strings(path, f"per-file-ignores.{pattern}", rules))
                                           for pattern, rules in pfi.items())
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{path}: 'severity' must be a table of rule = level")
        values["severity"] = tuple((selector, _severity(path, selector, level)) for selector, level in sev.items())
    if "rules-dir" in table:
        values["rules_dirs"] = tuple(str((path.parent / d).resolve()) for d in _strings(path, "rules-dir", table["rules-dir"]))
    if "institution" in table:
        if not isinstance(table["institution"], str):
            raise ConfigError(f"{path}: 'institution' must be a string")
        values["institution"] = table["institution"]
    if "officials" in table:
        values["officials"] = _officials(path, table["officials"])
    if "report-year" in table:
        year = table["report-year"]
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            raise ConfigError(f"{path}: 'report-year' must be a year such as 2021 (got {year!r})")
        values["report_year"] = year
    if "tolerance" in table:
        tolerance = table["tolerance"]
        if not isinstance(tolerance, (int, float)) or tolerance < 0:
            raise ConfigError(f"{path}: 'tolerance' must be a number ≥ 0 (got {tolerance!r})")
        values["tolerance"] = float(tolerance)
    if "lang" in table:
        if table["lang"] not in ("en", "id"):
            raise ConfigError(f"{path}: 'lang' must be 'en' or 'id' (got {table['lang']!r})")
        values["lang"] = table["lang"]
    values.update(_run_settings(table, path))
    return Config(**values)


def _run_settings(table: dict, path: Path) -> dict:
    """The ``limits`` table and the cache keys."""
    values: dict = {}
    if "limits" in table:
        if not isinstance(table["limits"], dict):
            raise ConfigError(f"{path}: 'limits' must be a table of name = number")
        try:
            values["limits"] = with_settings(Limits(), table["limits"])
        except ValueError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    if "cache" in table:
        if not isinstance(table["cache"], bool):
            raise ConfigError(f"{path}: 'cache' must be true or false (got {table['cache']!r})")
        values["cache"] = table["cache"]
    if "cache-dir" in table:
        if not isinstance(table["cache-dir"], str) or not table["cache-dir"].strip():
            raise ConfigError(f"{path}: 'cache-dir' must be a folder name")
        values["cache_dir"] = str(path.parent / table["cache-dir"])
    return values


def _officials(path: Path, value) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{path}: 'officials' must be a list of {{name = \"…\", nip = \"…\"}} tables")
    officials = []
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not isinstance(entry.get("nip"), str):
            raise ConfigError(f"{path}: each entry of 'officials' needs a 'name' and a 'nip' string")
        officials.append((entry["name"], entry["nip"]))
    return tuple(officials)


class ConfigResolver:
    """The configuration of each checked file, with the command line's settings applied.

    Each configuration file is read once, and each folder looked up once.
    """

    def __init__(self, config_path: str | None = None, isolated: bool = False, **overrides):
        self.isolated = isolated
        self.explicit = Path(config_path) if config_path else None
        self.overrides = overrides
        self._by_folder: dict[Path, Path | None] = {}
        self._by_file: dict[Path | None, Config] = {}

    def for_path(self, path: str | Path) -> Config:
        if self.isolated:
            source = None
        elif self.explicit is not None:
            source = self.explicit
        else:
            start = Path(path)
            folder = start if start.is_dir() else start.parent
            if folder not in self._by_folder:
                self._by_folder[folder] = discover(folder)
            source = self._by_folder[folder]
        if source not in self._by_file:
            self._by_file[source] = apply_overrides(load_config(source) if source else Config(), **self.overrides)
        return self._by_file[source]

    def configs(self) -> list[Config]:
        """Every configuration handed out so far."""
        return list(self._by_file.values())


def apply_overrides(config: Config, select=(), ignore=(), extend_select=(), rules_dirs=(), lang=None,
                    report_year=None, limits=None, no_cache=False, cache_dir=None) -> Config:
    """The command line's settings over a file's: ``--select`` replaces, ``--ignore``,
    ``--extend-select`` and ``--rules-dir`` add; ``--limit`` and ``--timeout`` (``limits``,
    a ``{key: value}`` dict) set single limits."""
    changes: dict = {}
    if limits:
        changes["limits"] = with_settings(config.limits, limits)
    if no_cache:
        changes["cache"] = False
    if cache_dir:
        changes["cache_dir"] = cache_dir
    if select:
        changes["select"] = tuple(select)
    if ignore:
        changes["ignore"] = config.ignore + tuple(ignore)
    if extend_select:
        changes["extend_select"] = config.extend_select + tuple(extend_select)
    if rules_dirs:
        changes["rules_dirs"] = config.rules_dirs + tuple(rules_dirs)
    if lang:
        changes["lang"] = lang
    if report_year:
        changes["report_year"] = report_year
    return dataclasses.replace(config, **changes) if changes else config
