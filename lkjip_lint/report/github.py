"""GitHub Actions workflow commands: one annotation line per finding.

``::error file=PATH,line=N,title=LKJ101 percentage-mismatch::message (found X, expected Y)``

``line`` is given for text files only; DOCX and PDF files have no lines, so the place
(page, table, row, column) is written at the end of the message instead.

Text from documents and file names is made printable first (an escape sequence or a
newline becomes ``\\x1b`` or ``\\n``), then escaped as workflow commands require, so
no content can end a command or start another.
"""

from __future__ import annotations

from ..findings import Finding, Severity
from ..messages import label, render, value_labels
from ..registry import rules_by_code
from ..run import RunResult
from .common import describe_location
from .places import display_path, text_line
from .safe import printable
from .view import View

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(printable(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(printable(message))}"


def _message(finding: Finding, view: View) -> str:
    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    message = render(finding, view.lang, view.rules_dirs)
    values = [f"{name} {value}" for name, value in value_labels(finding, view.lang, view.rules_dirs)]
    if values:
        message += f" ({', '.join(values)})"
    if text_line(finding.location) is None:
        message += f" [{describe_location(finding.location, view.lang, view.rules_dirs)}]"
    return message


def render_github(result: RunResult, view: View | None = None) -> str:
    view = view or View()
    rules = rules_by_code()
    cannot = label("cannot-check", view.lang, view.rules_dirs)
    lines = []
    for file_result in result.files:
        path = display_path(file_result.path)
        if file_result.error:
            lines.append(command("error", f"{cannot}: {file_result.error}", file=path))
            continue
        for finding in file_result.findings:
            rule = rules[finding.rule]
            lines.append(command(
                COMMANDS[finding.severity or rule.severity],
                _message(finding, view),
                file=display_path(finding.file),
                line=text_line(finding.location),
                title=f"{rule.code} {rule.name}",
            ))
    return "".join(line + "\n" for line in lines)
