"""Reporters: one module per output format. Rules never format; reporters never judge."""

from __future__ import annotations

FORMATS = ("text", "json", "sarif", "github", "junit")


def render(output_format: str, result, console, config) -> None:
    """Write ``result`` in ``output_format`` to ``console`` (a rich Console)."""
    if output_format == "text":
        from .text_format import render_text
        render_text(result, console, config.lang, config.rules_dirs)
        return
    if output_format == "json":
        from .json_format import render_json
        text = render_json(result, config.lang, config.rules_dirs)
    elif output_format == "sarif":
        from .sarif import render_sarif
        text = render_sarif(result, config)
    elif output_format == "github":
        from .github import render_github
        text = render_github(result, config)
    elif output_format == "junit":
        from .junit import render_junit
        text = render_junit(result, config)
    else:  # pragma: no cover - click restricts the choices
        raise ValueError(output_format)
    console.file.write(text)
