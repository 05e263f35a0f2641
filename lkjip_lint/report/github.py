"""GitHub Actions workflow commands: one annotation line per finding.

``::error file=PATH,line=N,title=LKJ101 percentage-mismatch::message (found X, expected Y)``

``line`` is given for text files only; DOCX and PDF files have no lines, so the place
(page, table, row, column) is written at the end of the message instead.
"""

from __future__ import annotations

from ..config import Config
from ..findings import Finding, Severity
from ..messages import render
from ..registry import rules_by_code
from ..run import RunResult
from .common import describe_location
from .places import display_path, text_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _message(finding: Finding, config: Config) -> str:
    message = render(finding, config.lang, config.rules_dirs)
    values = []
    if finding.found is not None:
        values.append(f"found {finding.found}")
    if finding.expected is not None:
        values.append(f"expected {finding.expected}")
    if values:
        message += f" ({', '.join(values)})"
    if text_line(finding.location) is None:
        message += f" [{describe_location(finding.location)}]"
    return message


def render_github(result: RunResult, config: Config | None = None) -> str:
    config = config or Config()
    rules = rules_by_code()
    lines = []
    for file_result in result.files:
        path = display_path(file_result.path)
        if file_result.error:
            lines.append(command("error", f"cannot check: {file_result.error}", file=path))
            continue
        for finding in file_result.findings:
            rule = rules[finding.rule]
            lines.append(command(
                COMMANDS[finding.severity or rule.severity],
                _message(finding, config),
                file=display_path(finding.file),
                line=text_line(finding.location),
                title=f"{rule.code} {rule.name}",
            ))
    return "".join(line + "\n" for line in lines)
