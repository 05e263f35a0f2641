"""Writing the report where it was asked for, and nowhere else.

- ``--output FILE`` is written to a temporary file beside FILE, which replaces FILE
  only once complete: a full disk or an interruption leaves the previous FILE intact.
  A device or a pipe (``/dev/stdout``, a FIFO) is written in place.
- Formats for machines (JSON, SARIF, JUnit, GitHub) are always UTF-8, as their
  readers expect. The human formats follow the encoding of the stream they go to;
  what it cannot hold is written in ASCII ("→" as "->") or as "?", never a crash.
- A write error is one ``OutputError`` line; the command line exits 2.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import sys
import tempfile
from typing import Callable, TextIO

from .interrupts import on_interrupt

REPLACE_ERRORS = "lkjip-lint-replace"

_ASCII = {
    "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≠": "!=", "×": "x", "…": "...", "–": "-", "—": "-",
    "“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ",
}

_pending: set[str] = set()


class OutputError(Exception):
    """The report could not be written, said in one line."""


def _replace(error: UnicodeEncodeError) -> tuple[str, int]:
    text = error.object[error.start:error.end]
    replaced = "".join(_ASCII.get(ch, "?") for ch in text)
    # The ASCII stand-in itself may not be encodable in an exotic codec; "?" always is.
    try:
        replaced.encode(error.encoding)
    except (UnicodeEncodeError, LookupError):
        replaced = "?" * len(text)
    return replaced, error.end


codecs.register_error(REPLACE_ERRORS, _replace)


def tolerant(stream: TextIO) -> None:
    """Make ``stream`` replace what its encoding cannot hold instead of raising."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and not _is_utf8(stream):
        try:
            reconfigure(errors=REPLACE_ERRORS)
        except (ValueError, io.UnsupportedOperation):
            pass


def _is_utf8(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8")


def write_report(path: str | None, write: Callable[[TextIO], None], utf8: bool) -> None:
    """Call ``write`` with the stream the report goes to, then make the report final."""
    if path:
        _write_file(path, write)
    else:
        _write_stdout(write, utf8)


def _write_stdout(write: Callable[[TextIO], None], utf8: bool) -> None:
    stdout = sys.stdout
    wrapped = None
    try:
        if utf8 and not _is_utf8(stdout) and hasattr(stdout, "buffer"):
            stdout.flush()
            wrapped = io.TextIOWrapper(stdout.buffer, encoding="utf-8", errors="strict")
            write(wrapped)
            wrapped.flush()
        else:
            tolerant(stdout)
            write(stdout)
            stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise OutputError("") from None  # the reader went away (`| head`): nothing to say
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"cannot write the report to standard output ({exc.strerror or exc})") from None
    finally:
        if wrapped is not None:
            try:
                wrapped.detach()
            except (ValueError, OSError):
                pass


def _silence_stdout() -> None:
    """After a failed write, send what is still buffered to the null device, so that the
    interpreter's own flush at exit does not fail again with a traceback."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _write_file(path: str, write: Callable[[TextIO], None]) -> None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror})") from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{path}: is a folder")
    if status is not None and not stat.S_ISREG(status.st_mode):
        _write_in_place(path, write)
        return
    real = os.path.realpath(path)
    folder = os.path.dirname(real) or "."
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror})") from None
    _pending.add(temporary)
    on_interrupt(lambda: discard_temporary(temporary))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(status.st_mode) if status else _default_mode())
        os.replace(temporary, real)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc}); "
                          f"{'the previous file is unchanged' if status else 'nothing was written'}") from None
    finally:
        discard_temporary(temporary)


def _write_in_place(path: str, write: Callable[[TextIO], None]) -> None:
    try:
        with open(path, "w", encoding="utf-8") as stream:
            write(stream)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def discard_temporary(path: str | None = None) -> None:
    """Remove an unfinished temporary report (every one when ``path`` is None)."""
    for temporary in [path] if path else list(_pending):
        _pending.discard(temporary)
        try:
            os.unlink(temporary)
        except OSError:
            pass
