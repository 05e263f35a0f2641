from __future__ import annotations

import json

from budget_report import WRONG_PERCENT, write_report, report_config

from lkjip_lint.report.json_format import render_json
from lkjip_lint.run import check_paths

LOCATION_KEYS = {"page", "table", "caption", "row", "column", "row_label", "column_label", "paragraph", "line"}


def _payload(tmp_path, monkeypatch, lang: str = "en") -> dict:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    return json.loads(render_json(check_paths(["report.txt", "broken.docx"], (), report_config()), lang))


def test_top_level_contract(tmp_path, monkeypatch):
    payload = _payload(tmp_path, monkeypatch)
    assert set(payload) == {"tool", "files", "findings", "summary"}
    assert payload["tool"]["name"] == "lkjip-lint"
    assert payload["summary"] == {"files": 2, "errors": 1, "warnings": 0, "info": 0, "unreadable": 1}


def test_file_entries(tmp_path, monkeypatch):
    report, broken = _payload(tmp_path, monkeypatch)["files"]
    assert report == {"path": "report.txt", "format": "text", "pages": None, "error": None, "companions": []}
    assert set(broken) == set(report)
    assert broken["format"] is None and broken["pages"] is None
    assert broken["error"]


def test_finding_keys_and_null_fields(tmp_path, monkeypatch):
    [finding] = _payload(tmp_path, monkeypatch)["findings"]
    assert set(finding) == {"rule", "name", "category", "severity", "message", "file", "location",
                            "found", "expected", "evidence", "related"}
    assert set(finding["location"]) == LOCATION_KEYS
    assert finding["location"]["page"] is None
    assert finding["location"]["paragraph"] is None
    assert finding["location"]["row_label"] == "Program X"
    assert (finding["rule"], finding["name"], finding["category"], finding["severity"]) == \
        ("LKJ101", "percentage-mismatch", "percentage", "error")
    assert (finding["found"], finding["expected"]) == ("996.22 %", "100.74 %")
    assert finding["related"] == []


def test_message_language(tmp_path, monkeypatch):
    [finding] = _payload(tmp_path, monkeypatch, lang="id")["findings"]
    assert "tertulis 996.22 %" in finding["message"]
