"""The command line: ``lkjip-lint check``, ``rules`` and ``explain``.

Exit codes: 0 no findings at or above --fail-on (or a baseline written); 1 findings;
2 usage, configuration, unreadable input or a report that cannot be written;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config
from .config_file import ConfigError, ConfigResolver
from .findings import Severity
from .interrupts import install as install_interrupt_handler
from .messages import label, rule_doc, rule_summary, severity_word
from .registry import all_rules, find_rule
from .report import FORMATS, MACHINE_FORMATS, STATISTICS_FORMATS
from .report.safe import printable
from .vocab import PackError, load_packs

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
MIN_WIDTH = 40


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _error(message: str) -> None:
    click.echo(f"lkjip-lint: error: {printable(message)}", err=True)


def _fail(message: str) -> None:
    _error(message)
    sys.exit(EXIT_USAGE)


def _warn(message: str) -> None:
    click.echo(f"lkjip-lint: warning: {printable(message)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lkjip-lint")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Consistency checks for Indonesian government performance reports (LKjIP)."""
    from .output import tolerant
    from .collection import collect_young_less_often

    collect_young_less_often()

    tolerant(sys.stderr)
    ctx.call_on_close(install_interrupt_handler())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format (concise: one line per finding).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule gave, instead of the findings.")
@click.option("--show", type=click.Choice(["error", "warning", "info"]),
              help="Show only findings of this severity or higher (the exit code still follows --fail-on).")
@click.option("--with", "companions", multiple=True, metavar="FILE",
              help="A companion document (PK, RKT, Renstra) checked together with each report.")
@click.option("--stdin-filename", metavar="NAME",
              help="The name of the report read from standard input ('-'): its suffix gives the format, "
                   "its folder the configuration.")
@click.option("--select", multiple=True, help="Rules to check: codes, code prefixes, names or categories (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip (same forms as --select).")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file for every report.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--rules-dir", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra rule pack directory (vocabulary, scales, terms).")
@click.option("--lang", type=click.Choice(["en", "id"]), help="Language of the output (default en).")
@click.option("--report-year", type=click.IntRange(1990, 2100), help="The report year, when the report does not make it clear.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Check files in N parallel processes (default: one per core from 4 files on).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Give up on a file after SECONDS (default 120; the 'seconds-per-file' limit).")
@click.option("--limit", "limit_settings", multiple=True, metavar="KEY=N",
              help="Set a limit on what one file may cost, e.g. pages=5000 (see README, Limits).")
@click.option("--no-cache", is_flag=True, help="Check every file afresh, without kept results.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Keep results between runs here "
              "(default .lkjip_lint_cache beside the configuration file, or in the current folder).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in FILE (exits 0).")
@click.option("--annotate", "annotate_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Also write into DIR a copy of each report with its findings marked at their places "
                   "(Word comments, PDF highlights and bookmarks, marker lines in text). Reports are never written.")
def check(paths, output_format, output, statistics, show, companions, stdin_filename, select, ignore, extend_select,
          config_path, isolated, rules_dirs, lang, report_year, fail_on, exit_zero, jobs, timeout, limit_settings,
          no_cache, cache_dir, baseline, write_baseline, annotate_dir) -> None:
    """Check reports (DOCX, PDF, TXT/MD files or folders of them; '-' reads standard input)."""
    from .paths import expand
    from .stdin_input import STDIN

    if statistics and output_format not in STATISTICS_FORMATS:
        _fail(f"--statistics works with --format {', '.join(STATISTICS_FORMATS)}, not {output_format}")
    if stdin_filename and STDIN not in paths:
        _fail("--stdin-filename names the report read from standard input: give '-' as a path too")
    if annotate_dir and STDIN in paths:
        _fail("--annotate copies report files: a report read from standard input ('-') has no file to copy")
    resolver = ConfigResolver(config_path, isolated, select=_split(select), ignore=_split(ignore),
                              extend_select=_split(extend_select), rules_dirs=tuple(rules_dirs), lang=lang,
                              report_year=report_year, limits=_limit_settings(limit_settings, timeout),
                              no_cache=no_cache, cache_dir=cache_dir)
    unknown = [s for s in _split(select) + _split(ignore) + _split(extend_select) if not _known_selector(s)]
    if unknown:
        _fail(f"unknown rule selector '{unknown[0]}' (see 'lkjip-lint rules')")

    reads_stdin = STDIN in paths
    expansion = expand(p for p in paths if p != STDIN)
    for path, problem in expansion.problems:
        _error(f"{path}: {problem}")
    if not expansion.files and not reads_stdin:
        if not expansion.problems:
            folders = ", ".join(expansion.empty_folders)
            _fail(f"{folders}: no report found (looked for .docx, .pdf, .txt, .md and .markdown files)")
        sys.exit(EXIT_USAGE)
    for folder in expansion.empty_folders:
        _warn(f"{folder}: no report found (looked for .docx, .pdf, .txt, .md and .markdown files)")

    stdin_config_path = stdin_filename or os.path.join(os.getcwd(), STDIN)
    configs = _configs(resolver, expansion.files + ([stdin_config_path] if reads_stdin else []))
    for config in set(configs.values()):
        _check_selectors(config)
    known = _read_baseline(baseline) if baseline else None

    first = (expansion.files or [stdin_config_path])[0]
    result = _run(expansion.files, configs, tuple(companions), jobs,
                  stdin=(stdin_filename or STDIN, configs[stdin_config_path]) if reads_stdin else None,
                  stdin_first=bool(paths) and paths[0] == STDIN, lang=configs[first].lang)
    for file_result in result.unreadable:
        _error(f"{file_result.path}: {file_result.error}")

    # Recorded before filtering, so --baseline F --write-baseline F refreshes F
    # instead of emptying it.
    if write_baseline:
        _write_baseline(write_baseline, result)
    known_hidden = _hide_known(result, known) if known is not None else {}
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in result.findings)
    not_shown = _filter_shown(result, Severity(show)) if show else {}
    view = _view(configs[first], output, show, known_hidden, not_shown, Severity(fail_on))
    not_annotated = False
    if annotate_dir:
        view, not_annotated = _annotate(result, annotate_dir, view, tuple(companions))

    _emit(result, output_format, output, statistics, view)

    if expansion.problems or result.unreadable or not_annotated:
        sys.exit(EXIT_USAGE)
    if write_baseline or exit_zero or not failing:
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS)


def _read_baseline(path: str):
    from .baseline import BaselineError, read_baseline

    try:
        return read_baseline(Path(path))
    except BaselineError as exc:
        _fail(str(exc))


def _write_baseline(path: str, result) -> None:
    from .baseline import BaselineError, write_baseline

    try:
        write_baseline(Path(path), result)
    except BaselineError as exc:
        _fail(str(exc))


def _hide_known(result, known) -> dict:
    from .baseline import filter_new

    return filter_new(result, known)


def _limit_settings(texts: tuple[str, ...], timeout: float | None) -> dict:
    """--limit KEY=N and --timeout as limit settings, checked here so a mistake is a usage error."""
    from .limits import Limits, parse_setting, with_settings

    try:
        settings = dict(parse_setting(text) for text in texts)
        if timeout:
            settings["seconds-per-file"] = timeout
        with_settings(Limits(), settings)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--limit'") from None
    return settings


def _configs(resolver: ConfigResolver, files: list[str]) -> dict[str, Config]:
    """Each file's configuration (the nearest configuration file at or above it)."""
    configs = {}
    try:
        for path in files:
            configs[path] = resolver.for_path(path)
        for config in set(configs.values()):
            load_packs(config.rules_dirs)
    except (ConfigError, PackError) as exc:
        _fail(str(exc))
    return configs


def _check_selectors(config: Config) -> None:
    for key, selector in _configured_selectors(config):
        if not _known_selector(selector):
            _fail(f"{config.source}: unknown rule selector '{selector}' in '{key}' (see 'lkjip-lint rules')")


def _run(files: list[str], configs: dict[str, Config], companions: tuple[str, ...], jobs: int | None,
         stdin: tuple[str, Config] | None, stdin_first: bool, lang: str = "en"):
    """Check ``files``, each with its own configuration, and standard input when asked;
    results in the order the files were named."""
    from .cache import cache_folder
    from .progress import progress_printer
    from .run import RunResult, check_paths
    from .stdin_input import renamed, stdin_copy

    progress = progress_printer(len(files) + (1 if stdin else 0), label("checking", lang))
    groups: dict[Config, list[str]] = {}
    for path in files:
        groups.setdefault(configs[path], []).append(path)
    by_path = {}
    for config, group in groups.items():
        for file_result in check_paths(group, companions, config, jobs=jobs, progress=progress,
                                       cache_dir=cache_folder(config)).files:
            by_path[file_result.path] = file_result
    ordered = [by_path[path] for path in files if path in by_path]
    if stdin is not None:
        name, config = stdin
        with stdin_copy(name if name != "-" else None) as copy:
            [checked] = check_paths([copy], companions, config, jobs=1, progress=progress).files
        checked = renamed(checked, copy, name, config)
        ordered = [checked] + ordered if stdin_first else ordered + [checked]
    if progress is not None:
        progress.stop()
    return RunResult(files=ordered)


def _filter_shown(result, lowest: Severity) -> dict[str, int]:
    """Drop, in place, findings below ``lowest``; how many were dropped, per file."""
    hidden = {}
    for file_result in result.files:
        kept = [f for f in file_result.findings if f.severity.rank >= lowest.rank]
        if len(kept) != len(file_result.findings):
            hidden[file_result.path] = len(file_result.findings) - len(kept)
        file_result.findings = kept
    return hidden


def _view(config: Config, output: str | None, show: str | None, known_hidden, not_shown,
          fail_on: Severity = Severity.ERROR):
    from .report.view import View

    to_terminal = output is None and sys.stdout.isatty()
    color = to_terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    return View.of(config, width=_wrap_width(to_terminal), color=color, show=Severity(show) if show else None,
                   known_hidden=known_hidden, not_shown=not_shown, fail_on=fail_on, output=output)


def _annotate(result, folder: str, view, companions: tuple[str, ...]):
    """Annotated copies of the readable reports in ``folder``; the view that links to them,
    and whether a copy could not be made (each said in one line)."""
    from dataclasses import replace

    from .annotate import annotate_files

    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        _fail(f"{folder}: cannot make the folder for annotated copies ({exc.strerror or exc})")
    copies = annotate_files(result.files, folder, view, protected=companions)
    for copy in copies:
        if copy.error:
            _error(f"{copy.source}: {copy.error}")
    made = {copy.source: copy.target for copy in copies if copy.target}
    if made:
        click.echo(f"lkjip-lint: {label('annotated-copies', view.lang, view.rules_dirs, n=len(made), folder=printable(folder))}",
                   err=True)
    return replace(view, annotated=made), any(copy.error for copy in copies)


def _wrap_width(to_terminal: bool) -> int | None:
    """The terminal's width; elsewhere COLUMNS when set, else no wrapping (files and
    pipes keep one line per item, for grep)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        return max(int(columns), MIN_WIDTH)
    if to_terminal:
        return max(shutil.get_terminal_size().columns, MIN_WIDTH)
    return None


def _emit(result, output_format: str, output: str | None, statistics: bool, view) -> None:
    from .output import OutputError, write_report
    from .report import render

    try:
        write_report(output, lambda stream: render(output_format, result, stream, view, statistics),
                     utf8=output_format in MACHINE_FORMATS or (statistics and output_format == "json"))
        if output_format == "csv" and not statistics:
            _emit_reports_csv(result, output, view)
    except OutputError as exc:
        if str(exc):
            _error(str(exc))
        sys.exit(EXIT_USAGE)


def _emit_reports_csv(result, output: str | None, view) -> None:
    """The table of reports beside the table of findings: FILE-reports.csv for -o FILE."""
    from .output import write_report
    from .report.csv_format import render_reports_csv

    if not output or not Path(output).is_file():
        _warn("--format csv writes its second table, one row per report, only beside an --output FILE")
        return
    path = Path(output)
    reports = path.with_name(f"{path.stem}-reports{path.suffix or '.csv'}")
    write_report(str(reports), lambda stream: stream.write(render_reports_csv(result, view)), utf8=True)


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


def _listing_lang(lang: str | None) -> str:
    """--lang, else the language of the configuration found from the working directory."""
    if lang:
        return lang
    try:
        return ConfigResolver().for_path(Path.cwd()).lang
    except ConfigError as exc:
        _fail(str(exc))


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "id"]), help="Language of the summaries (default en).")
def list_rules(output_format: str, lang: str | None) -> None:
    """List every rule with its code, name, category, default severity and summary."""
    lang = _listing_lang(lang)
    rules = all_rules()
    if output_format == "json":
        import json
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.value,
             "summary": rule_summary(r, lang)} for r in rules
        ], indent=2, ensure_ascii=False))
        return
    # Plain aligned lines, one rule per line, so `lkjip-lint rules | grep` works at any width.
    header = tuple(label(key, lang) for key in ("code", "name", "category", "severity", "rule-summary"))
    rows = [header] + [(r.code, r.name, r.category, severity_word(r.severity, lang), rule_summary(r, lang))
                       for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        click.echo("  ".join(f"{cell:<{width}}" for cell, width in zip(row[:4], widths)) + "  " + row[4])


@main.command()
@click.argument("rule")
@click.option("--lang", type=click.Choice(["en", "id"]), help="Language of the documentation (default en).")
def explain(rule: str, lang: str | None) -> None:
    """Print one rule's documentation (by code or name)."""
    found = find_rule(rule)
    if found is None:
        _fail(f"no rule '{rule}' (see 'lkjip-lint rules')")
    lang = _listing_lang(lang)
    click.echo(label("rule-heading", lang, code=found.code, name=found.name, category=found.category,
                     severity=severity_word(found.severity, lang)) + "\n")
    click.echo(rule_summary(found, lang) + "\n")
    click.echo(rule_doc(found, lang))


if __name__ == "__main__":  # pragma: no cover
    main()
