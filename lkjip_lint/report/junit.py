"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure …).

One ``<testsuite>`` per file. Each finding is a failing ``<testcase>``; a file without
findings gets one passing testcase, and an unreadable file one testcase with ``<error>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..findings import ROLE_REFERENCE, Finding
from ..messages import label, render, value_labels
from ..registry import rules_by_code
from ..run import FileResult, RunResult
from .common import describe_location, quote
from .safe import printable
from .view import View

# Characters XML 1.0 cannot hold (after ``printable`` only the non-characters remain).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: object) -> str:
    """Text for an attribute or element: control characters written out as escapes."""
    return _NOT_XML.sub("\ufffd", printable(text))


def _details(finding: Finding, rule_name: str, view: View) -> str:
    """The failure's text: one line per item; each item's own text made printable, so
    a newline inside a value cannot fake another item."""
    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    def place(location) -> str:
        return describe_location(location, view.lang, view.rules_dirs)

    lines = [f"{finding.rule} {rule_name}", f"{word('at')}: {_xml_text(place(finding.location))}"]
    quoted = quote(finding)
    if quoted:
        lines.append(f"{word('quote')}: \u201c{_xml_text(quoted)}\u201d")
    values = [f"{name}: {_xml_text(value)}" for name, value in value_labels(finding, view.lang, view.rules_dirs)]
    if values:
        lines.append("   ".join(values))
    if finding.evidence:
        lines.append(f"{word('evidence')}: {_xml_text(finding.evidence)}")
    for related in finding.related:
        found = f" ({_xml_text(related.found)})" if related.found else ""
        role = word("reference" if related.role == ROLE_REFERENCE else "also-at")
        lines.append(f"{role}: {_xml_text(related.location.file)}: {_xml_text(place(related.location))}{found}")
    return "\n".join(lines)


def _suite(file_result: FileResult, view: View) -> ET.Element:
    suite = ET.Element("testsuite", name=_xml_text(file_result.path))
    if file_result.error:
        case = ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path), name="read file", time="0")
        ET.SubElement(case, "error", message=_xml_text(f"{label('cannot-check', view.lang, view.rules_dirs)}: {file_result.error}"),
                      type="unreadable")
        tests, failures, errors = 1, 0, 1
    elif not file_result.findings:
        ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path), name=label("no-findings", view.lang, view.rules_dirs), time="0")
        tests, failures, errors = 1, 0, 0
    else:
        rules = rules_by_code()
        for finding in file_result.findings:
            rule = rules[finding.rule]
            name = f"{finding.rule} {rule.name}: {describe_location(finding.location, view.lang, view.rules_dirs)}"
            case = ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path),
                                 name=_xml_text(name), time="0")
            failure = ET.SubElement(case, "failure", message=_xml_text(render(finding, view.lang, view.rules_dirs)),
                                    type=(finding.severity or rule.severity).value)
            failure.text = _details(finding, rule.name, view)
        tests, failures, errors = len(file_result.findings), len(file_result.findings), 0
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suite


def render_junit(result: RunResult, view: View | None = None) -> str:
    view = view or View()
    root = ET.Element("testsuites", name="lkjip-lint")
    for file_result in result.files:
        root.append(_suite(file_result, view))
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(suite.get(total)) for suite in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
