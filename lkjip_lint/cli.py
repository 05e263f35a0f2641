"""The command line: ``lkjip-lint check``, ``rules`` and ``explain``.

Exit codes: 0 no findings at or above --fail-on; 1 findings; 2 usage, configuration
or unreadable input.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config
from .config_file import ConfigError, discover, load_config
from .findings import Severity
from .registry import all_rules, find_rule
from .report import FORMATS
from .vocab import PackError, load_packs

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _fail(message: str) -> None:
    click.echo(f"lkjip-lint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _console(output, force_plain: bool):
    from rich.console import Console

    no_color = force_plain or bool(os.environ.get("NO_COLOR"))
    if output is not None:
        return Console(file=output, no_color=True, force_terminal=False, width=200, soft_wrap=True)
    return Console(no_color=no_color, soft_wrap=True, highlight=False)


def resolve_config(paths: tuple[str, ...], config_path: str | None, isolated: bool, **cli) -> Config:
    if isolated:
        config = Config()
    elif config_path:
        config = load_config(Path(config_path))
    else:
        found = discover(Path(paths[0])) if paths else None
        config = load_config(found) if found else Config()
    changes = {}
    if cli.get("select"):
        changes["select"] = cli["select"]
    if cli.get("ignore"):
        changes["ignore"] = config.ignore + cli["ignore"]
    if cli.get("extend_select"):
        changes["extend_select"] = config.extend_select + cli["extend_select"]
    if cli.get("rules_dirs"):
        changes["rules_dirs"] = config.rules_dirs + cli["rules_dirs"]
    if cli.get("lang"):
        changes["lang"] = cli["lang"]
    if cli.get("report_year"):
        changes["report_year"] = cli["report_year"]
    return dataclasses.replace(config, **changes)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lkjip-lint")
def main() -> None:
    """Consistency checks for Indonesian government performance reports (LKjIP)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--with", "companions", multiple=True, metavar="FILE",
              help="A companion document (PK, RKT, Renstra) checked together with each report.")
@click.option("--select", multiple=True, help="Rules to check: codes, code prefixes, names or categories (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip (same forms as --select).")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra rule pack directory (vocabulary, scales, terms).")
@click.option("--lang", type=click.Choice(["en", "id"]), help="Language of the messages (default en).")
@click.option("--report-year", type=click.IntRange(1990, 2100), help="The report year, when the report does not make it clear.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Check files in N parallel processes.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in FILE.")
def check(paths, output_format, output, companions, select, ignore, extend_select, config_path, isolated,
          rules_dirs, lang, report_year, fail_on, exit_zero, jobs, baseline, write_baseline) -> None:
    """Check reports (DOCX, PDF, TXT/MD files or folders of them)."""
    from .run import check_paths

    missing = [p for p in paths if not Path(p).exists()]
    for path in missing:
        click.echo(f"lkjip-lint: error: {path}: no such file or folder", err=True)
    try:
        config = resolve_config(paths, config_path, isolated, select=_split(select), ignore=_split(ignore),
                                extend_select=_split(extend_select), rules_dirs=tuple(rules_dirs), lang=lang,
                                report_year=report_year)
        load_packs(config.rules_dirs)
    except (ConfigError, PackError) as exc:
        _fail(str(exc))
    unknown = [s for s in _split(select) + _split(ignore) + _split(extend_select) if not _known_selector(s)]
    if unknown:
        _fail(f"unknown rule selector '{unknown[0]}' (see 'lkjip-lint rules')")
    for key, selector in _configured_selectors(config):
        if not _known_selector(selector):
            _fail(f"{config.source}: unknown rule selector '{selector}' in '{key}' (see 'lkjip-lint rules')")

    from .baseline import BaselineError, filter_new, read_baseline, write_baseline as record_baseline
    try:
        known = read_baseline(Path(baseline)) if baseline else None
    except BaselineError as exc:
        _fail(str(exc))

    present = [p for p in paths if p not in missing]
    result = check_paths(present, tuple(companions), config, jobs=jobs, progress=_progress_printer(present))
    for file_result in result.unreadable:
        click.echo(f"lkjip-lint: error: {file_result.path}: {file_result.error}", err=True)

    # Recorded before filtering, so --baseline F --write-baseline F refreshes F
    # instead of emptying it.
    if write_baseline:
        try:
            record_baseline(Path(write_baseline), result)
        except BaselineError as exc:
            _fail(str(exc))
    if known is not None:
        filter_new(result, known)

    _emit(result, output_format, output, config)

    if missing or result.unreadable:
        sys.exit(EXIT_USAGE)
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in result.findings)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _progress_printer(paths):
    from .progress import progress_printer
    return progress_printer(paths)


def _emit(result, output_format: str, output: str | None, config: Config) -> None:
    from .report import render
    try:
        handle = open(output, "w", encoding="utf-8") if output else None
    except OSError as exc:
        _fail(f"{output}: cannot be written ({exc.strerror})")
    try:
        console = _console(handle, force_plain=False)
        render(output_format, result, console, config)
    finally:
        if handle:
            handle.close()


def _configured_selectors(config: Config):
    """(key, selector) pairs of the configuration, for naming a bad one."""
    for key, selectors in (("select", config.select), ("ignore", config.ignore),
                           ("extend-select", config.extend_select)):
        for selector in selectors:
            yield key, selector
    for pattern, selectors in config.per_file_ignores:
        for selector in selectors:
            yield f"per-file-ignores.{pattern}", selector
    for selector, _ in config.severity:
        yield "severity", selector


def _known_selector(selector: str) -> bool:
    from .config import rule_matches
    return any(rule_matches(rule, selector) for rule in all_rules())


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(output_format: str) -> None:
    """List every rule with its code, name, category, default severity and summary."""
    rules = all_rules()
    if output_format == "json":
        import json
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.value,
             "summary": r.summary} for r in rules
        ], indent=2, ensure_ascii=False))
        return
    # Plain aligned lines, one rule per line, so `lkjip-lint rules | grep` works at any width.
    widths = [max(len(getattr(r, key)) for r in rules) for key in ("code", "name", "category")]
    header = ("code", "name", "category", "severity", "summary")
    rows = [header] + [(r.code, r.name, r.category, r.severity.value, r.summary) for r in rules]
    for code, name, category, severity, summary in rows:
        click.echo(f"{code:<{widths[0]}}  {name:<{widths[1]}}  {category:<{widths[2]}}  {severity:<8} {summary}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print one rule's documentation (by code or name)."""
    found = find_rule(rule)
    if found is None:
        _fail(f"no rule '{rule}' (see 'lkjip-lint rules')")
    click.echo(f"{found.code} {found.name} ({found.category}, default {found.severity.value})\n")
    click.echo(found.summary + "\n")
    click.echo(found.explain())


if __name__ == "__main__":  # pragma: no cover
    main()
