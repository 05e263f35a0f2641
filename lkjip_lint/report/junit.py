"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure …).

One ``<testsuite>`` per file. Each finding is a failing ``<testcase>``; a file without
findings gets one passing testcase, and an unreadable file one testcase with ``<error>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..config import Config
from ..findings import Finding
from ..messages import render
from ..registry import rules_by_code
from ..run import FileResult, RunResult
from .common import describe_location

# Characters XML 1.0 cannot hold; PDF text layers sometimes contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def _details(finding: Finding, rule_name: str) -> str:
    lines = [f"{finding.rule} {rule_name}", f"at: {describe_location(finding.location)}"]
    if finding.found is not None or finding.expected is not None:
        lines.append(f"found: {finding.found}   expected: {finding.expected}")
    if finding.evidence:
        lines.append(f"evidence: {finding.evidence}")
    for related in finding.related:
        found = f" ({related.found})" if related.found else ""
        lines.append(f"also at: {related.location.file}: {describe_location(related.location)}{found}")
    return "\n".join(lines)


def _suite(file_result: FileResult, config: Config) -> ET.Element:
    suite = ET.Element("testsuite", name=_xml_text(file_result.path))
    if file_result.error:
        case = ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path), name="read file", time="0")
        ET.SubElement(case, "error", message=_xml_text(f"cannot check: {file_result.error}"), type="unreadable")
        tests, failures, errors = 1, 0, 1
    elif not file_result.findings:
        ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path), name="no findings", time="0")
        tests, failures, errors = 1, 0, 0
    else:
        rules = rules_by_code()
        for finding in file_result.findings:
            rule = rules[finding.rule]
            name = f"{finding.rule} {rule.name}: {describe_location(finding.location)}"
            case = ET.SubElement(suite, "testcase", classname=_xml_text(file_result.path),
                                 name=_xml_text(name), time="0")
            failure = ET.SubElement(case, "failure", message=_xml_text(render(finding, config.lang, config.rules_dirs)),
                                    type=(finding.severity or rule.severity).value)
            failure.text = _xml_text(_details(finding, rule.name))
        tests, failures, errors = len(file_result.findings), len(file_result.findings), 0
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suite


def render_junit(result: RunResult, config: Config | None = None) -> str:
    config = config or Config()
    root = ET.Element("testsuites", name="lkjip-lint")
    for file_result in result.files:
        root.append(_suite(file_result, config))
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(suite.get(total)) for suite in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
