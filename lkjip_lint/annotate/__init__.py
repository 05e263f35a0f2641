"""Annotated copies: each report copied into a folder with every finding marked at its
place, in the format the report came in (Word comments, PDF highlights with a bookmark
list, marker lines in text). The file read is never written: a copy is made under a name
of its own (``targets``) and put in place only once complete.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import PurePath

from ..extract import SUFFIXES
from ..findings import Finding
from ..report.view import View
from .targets import CopyNames


@dataclass(frozen=True)
class AnnotatedCopy:
    source: str
    target: str | None  # None when the copy could not be made
    findings: int  # findings marked in the copy
    exact: int  # of them, marked at the value itself (the others at the nearest place found)
    error: str | None = None


def annotate_files(files, folder: str, view: View, protected: tuple[str, ...] = ()) -> list[AnnotatedCopy]:
    """A copy of each readable report of ``files`` (``run.FileResult``) in ``folder``, with
    its findings (those placed in a companion document as notes at the start, saying
    where). No copy takes the name of a file read (``protected``, and every report)."""
    names = CopyNames(folder, [r.path for r in files] + list(protected))
    copies = []
    for file_result in files:
        if file_result.error:
            continue
        copies.append(annotate_copy(file_result.path, names.next_for(file_result.path), file_result.findings, view))
    return copies


def annotate_copy(source: str, target: str, findings: list[Finding], view: View) -> AnnotatedCopy:
    """Write ``target`` as ``source`` with ``findings`` marked; one line of error when it cannot."""
    kind = SUFFIXES.get(PurePath(source).suffix.lower())
    folder = os.path.dirname(os.path.abspath(target))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".lkjip-lint-", suffix=PurePath(target).suffix, dir=folder)
        os.close(handle)
    except OSError as exc:
        return AnnotatedCopy(source, None, 0, 0, f"cannot write in {folder} ({exc.strerror or exc})")
    try:
        exact = _writer(kind)(source, temporary, findings, view)
        os.chmod(temporary, _default_mode())
        os.replace(temporary, target)
    except OSError as exc:
        return AnnotatedCopy(source, None, 0, 0, f"cannot write {target} ({exc.strerror or exc})")
    except Exception as exc:  # a damaged file the reader could still read: say so, go on with the next
        return AnnotatedCopy(source, None, 0, 0, f"cannot annotate a copy ({type(exc).__name__}: {exc})")
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return AnnotatedCopy(source, target, len(findings), exact)


def _default_mode() -> int:
    """What a newly created file gets (a temporary file is made private)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _writer(kind: str | None):
    if kind == "docx":
        from .docx_copy import annotate_docx
        return annotate_docx
    if kind == "pdf":
        from .pdf_copy import annotate_pdf
        return annotate_pdf
    from .text_copy import annotate_text
    return annotate_text
