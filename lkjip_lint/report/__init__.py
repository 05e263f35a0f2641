"""Reporters: one module per output format. Rules never format; reporters never judge."""

from __future__ import annotations

from typing import TextIO

from .view import View

FORMATS = ("text", "concise", "json", "sarif", "github", "junit", "html", "csv")
# Formats for machines, and the page and spreadsheet formats that declare their encoding:
# always UTF-8, whatever the encoding of the stream they go to.
MACHINE_FORMATS = ("json", "sarif", "junit", "github", "html", "csv")
STATISTICS_FORMATS = ("text", "concise", "json")


def render(output_format: str, result, stream: TextIO, view: View, statistics: bool = False) -> None:
    """Write ``result`` in ``output_format`` (or its --statistics) to ``stream``."""
    if statistics:
        from .statistics import render_statistics, render_statistics_json
        if output_format == "json":
            stream.write(render_statistics_json(result, view))
        else:
            render_statistics(result, stream, view)
        return
    if output_format == "text":
        from .text_format import render_text
        render_text(result, stream, view)
        return
    if output_format == "concise":
        from .concise import render_concise
        render_concise(result, stream, view)
        return
    if output_format == "json":
        from .json_format import render_json
        text = render_json(result, view)
    elif output_format == "sarif":
        from .sarif import render_sarif
        text = render_sarif(result, view)
    elif output_format == "github":
        from .github import render_github
        text = render_github(result, view)
    elif output_format == "junit":
        from .junit import render_junit
        text = render_junit(result, view)
    elif output_format == "html":
        from .html import render_html
        text = render_html(result, view)
    elif output_format == "csv":
        from .csv_format import render_csv
        text = render_csv(result, view)
    else:  # pragma: no cover - click restricts the choices
        raise ValueError(output_format)
    stream.write(text)
