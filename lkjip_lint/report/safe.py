"""Text from documents and file names is untrusted: it must not steer a terminal or a CI runner.

A table cell or a file name can hold escape sequences (clear the screen, set the window
title), newlines, or a line that a CI runner reads as a command (GitHub Actions takes
any output line whose first non-blank characters are ``::`` as a workflow command).
Reporters pass every such string through ``printable`` (human and line formats) or
``json_safe`` (JSON and SARIF), and the line formats pass each output line through
``guard_line``.
"""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, line and paragraph separators, bidirectional
# overrides and isolates (they reorder what a reader sees), and the BOM.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# In JSON text these can only occur inside strings, so escaping them keeps the data exact.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` with every control character written out as an escape (``\\n``, ``\\x1b``)."""
    return _UNSAFE.sub(_escape, str(text))


def printable_or_none(text: object) -> str | None:
    return None if text is None else printable(text)


def json_safe(text: str) -> str:
    """JSON text whose strings hold no raw control, separator or bidi characters."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def guard_line(line: str) -> str:
    """A line that no CI runner reads as a command (``::error::…`` at its start)."""
    stripped = line.lstrip()
    if stripped.startswith("::"):
        indent = line[: len(line) - len(stripped)]
        return indent + "\\" + stripped
    return line


def display_name(path: str) -> str:
    """A file name as shown at the start of a line: printable, and never ``::…``."""
    shown = printable(path)
    if shown != shown.lstrip() or shown.startswith("::"):
        return "./" + shown
    return shown
