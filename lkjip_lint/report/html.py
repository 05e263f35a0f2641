"""--format html: one self-contained page for a batch of reports, for the people who
decide which reports go back to their offices.

A summary table (institution, year, file, status, counts by severity and category), then
per report its findings, each with its place, the text it quotes, the values found and
expected, the evidence and the places related to it, and a link to the report's annotated
copy when --annotate made one. No file or script from elsewhere: the styles and the small
script that sorts the summary by a column are in the page. The page is plain headings,
tables and lists, so it reads in order with styles and scripts off; printed, the sort
buttons are left out and each finding is kept on one page.
"""

from __future__ import annotations

import os
from datetime import datetime
from html import escape
from pathlib import Path, PurePath
from urllib.parse import quote as url_quote

from .. import __version__
from ..findings import ROLE_ALSO, ROLE_REFERENCE, Finding, Severity
from ..messages import counted, label, render, severity_word, value_labels
from ..registry import rules_by_code
from ..run import RunResult
from .batch import NOT_READABLE, ReportSummary, summarise
from .common import describe_location, quote
from .places import display_path
from .safe import printable
from .view import View

MAX_PLACES = 3  # related places of one role listed before "… and N more" (folded, one click away)

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:70rem;
padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #ccc}
table{border-collapse:collapse;margin:.6rem 0;width:100%}th,td{border:1px solid #bbb;padding:.25rem .45rem;
text-align:left;vertical-align:top}th{background:#f0f0f0}td.n,th.n{text-align:right}
th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.status-ready{color:#1a6b2a}.status-needs-correction{color:#a11}.status-not-readable{color:#7a4b00}
ol.findings{padding-left:1.6rem}li.finding{margin:.9rem 0;padding:.3rem .6rem;border-left:4px solid #999}
li.severity-error{border-color:#c22}li.severity-warning{border-color:#d90}li.severity-info{border-color:#38c}
li.finding p{margin:.1rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
dt{font-weight:bold}dd{margin:0}details ul{margin:.2rem 0;padding-left:1.2rem}q{font-style:italic}.note{color:#555;font-size:.9rem}
td.file{min-width:12rem;overflow-wrap:anywhere}table.counts{width:auto}td.categories{font-size:.85rem}span.category{white-space:nowrap}
@media print{body{max-width:none;padding:0;font-size:10pt}th button{pointer-events:none}
th[aria-sort] button::after{content:""}li.finding,tr{break-inside:avoid}section.report{break-before:page}
a{color:inherit;text-decoration:none}.no-print{display:none}}
"""

_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var body = table.tBodies[0];
  table.querySelectorAll("thead th").forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.classList.contains("n");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
        var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, undefined, {numeric: true});
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def _e(text: object) -> str:
    return escape(printable(text), quote=True)


def render_html(result: RunResult, view: View | None = None) -> str:
    view = view or View()

    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    summaries = [summarise(r, view) for r in result.files]
    title = word("html-title")
    counts = ", ".join(counted(f"count-{s.value}", result.count(s), view.lang, view.rules_dirs) for s in Severity)
    files = counted("count-file", len(result.files), view.lang, view.rules_dirs)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="lkjip-lint">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        '<header id="top">',
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(word('files-checked', files=files, counts=counts))}</p>",
        f'<p class="note">{_e(word("html-made-by", version=__version__, date=datetime.now().strftime("%Y-%m-%d %H:%M")))}</p>',
        "</header>",
        "<main>",
    ]
    out += _summary_table(summaries, view)
    for number, summary in enumerate(summaries, start=1):
        out += _report_section(number, summary, view)
    out += ["</main>", f"<script>{_SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _summary_table(summaries: list[ReportSummary], view: View) -> list[str]:
    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    out = [
        '<section id="summary">',
        f"<h2>{_e(word('summary').capitalize())}</h2>",
        f"<p>{_e(word('html-status-rule', level=severity_word(view.fail_on, view.lang, view.rules_dirs)))}</p>",
        f'<p class="note no-print">{_e(word("html-sort-hint"))}</p>',
        '<table class="sortable">',
        "<thead><tr>",
        f'<th scope="col">{_e(word("institution").capitalize())}</th>',
        f'<th scope="col" class="n">{_e(word("year").capitalize())}</th>',
        f'<th scope="col">{_e(word("file").capitalize())}</th>',
        f'<th scope="col">{_e(word("status").capitalize())}</th>',
    ]
    out += [f'<th scope="col" class="n">{_e(severity_word(s, view.lang, view.rules_dirs).capitalize())}</th>'
            for s in Severity]
    out += [f'<th scope="col" class="n">{_e(word("total").capitalize())}</th>',
            f'<th scope="col">{_e(word("by-category").capitalize())}</th>',
            "</tr></thead>", "<tbody>"]
    for number, summary in enumerate(summaries, start=1):
        result = summary.result
        name = _institution(result, view)
        cells = [
            f'<td data-sort="{_e((result.institution or display_path(result.path)).casefold())}">'
            f'<a href="#report-{number}">{name}</a></td>',
            f'<td class="n" data-sort="{result.year or 0}">{_e(result.year or "")}</td>',
            f'<td class="file" title="{_e(display_path(result.path))}">{_e(PurePath(result.path).name)}</td>',
            f'<td class="status-{summary.status}">{_e(word("status-" + summary.status))}</td>',
        ]
        readable = summary.status != NOT_READABLE
        cells += [f'<td class="n" data-sort="{summary.by_severity[s] if readable else -1}">'
                  f'{summary.by_severity[s] if readable else ""}</td>' for s in Severity]
        cells.append(f'<td class="n" data-sort="{summary.total if readable else -1}">'
                     f'{summary.total if readable else ""}</td>')
        categories = ", ".join(f'<span class="category">{_e(category)}\u00a0{sum(c.values())}</span>'
                               for category, c in summary.by_category.items())
        cells.append(f'<td class="categories">{categories}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>", "</section>"]
    return out


def _institution(result, view: View) -> str:
    if result.institution:
        return _e(result.institution)
    return f"<em>{_e(label('not-stated', view.lang, view.rules_dirs))}</em>"


def _report_section(number: int, summary: ReportSummary, view: View) -> list[str]:
    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    result = summary.result
    heading = _e(result.institution or PurePath(result.path).name) + (f" {_e(result.year)}" if result.year else "")
    out = [f'<section class="report" id="report-{number}" aria-labelledby="report-{number}-title">',
           f'<h2 id="report-{number}-title">{heading}</h2>', "<dl>"]
    facts = [(word("file"), _e(display_path(result.path))),
             (word("status"), f'<span class="status-{summary.status}">{_e(word("status-" + summary.status))}</span>')]
    if result.region:
        facts.insert(0, (word("region"), _e(result.region)))
    if result.error:
        facts.append((word("problem"), _e(result.error)))
    copy = view.annotated.get(result.path)
    if copy:
        facts.append((word("annotated-copy"), f'<a class="copy" href="{_e(_href(copy, view.output))}">'
                                              f'{_e(PurePath(copy).name)}</a>'))
    if not result.error:
        facts.append((word("findings"), _e(", ".join(
            counted(f"count-{s.value}", summary.by_severity[s], view.lang, view.rules_dirs) for s in Severity))))
    out += [f"<dt>{_e(key.capitalize())}</dt><dd>{value}</dd>" for key, value in facts]
    out.append("</dl>")
    if summary.by_category:
        out += _category_table(summary, view)
    if result.findings:
        out.append('<ol class="findings">')
        out += [_finding_item(f, view) for f in result.findings]
        out.append("</ol>")
    out += [f'<p class="no-print"><a href="#top">{_e(word("html-back"))}</a></p>', "</section>"]
    return out


def _category_table(summary: ReportSummary, view: View) -> list[str]:
    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    out = ['<table class="counts">', f'<thead><tr><th scope="col">{_e(word("category").capitalize())}</th>']
    out[-1] += "".join(f'<th scope="col" class="n">{_e(severity_word(s, view.lang, view.rules_dirs).capitalize())}</th>'
                       for s in Severity) + f'<th scope="col" class="n">{_e(word("total").capitalize())}</th></tr></thead>'
    out.append("<tbody>")
    for category, counts in summary.by_category.items():
        out.append(f'<tr><th scope="row">{_e(category)}</th>'
                   + "".join(f'<td class="n">{counts.get(s, 0)}</td>' for s in Severity)
                   + f'<td class="n">{sum(counts.values())}</td></tr>')
    out += ["</tbody>", "</table>"]
    return out


def _finding_item(finding: Finding, view: View) -> str:
    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    rule = rules_by_code()[finding.rule]
    severity = finding.severity or rule.severity
    head = (f"<p><strong>{_e(severity_word(severity, view.lang, view.rules_dirs))}</strong> "
            f"<code>{_e(finding.rule)}</code> {_e(rule.name)}: {_e(render(finding, view.lang, view.rules_dirs))}</p>")
    details = [(word("at"), _e(describe_location(finding.location, view.lang, view.rules_dirs)))]
    quoted = quote(finding)
    if quoted:
        details.append((word("quote"), f"<q>{_e(quoted)}</q>"))
    details += [(name, _e(value)) for name, value in value_labels(finding, view.lang, view.rules_dirs)]
    if finding.evidence:
        details.append((word("evidence"), _e(finding.evidence)))
    for role, key in ((ROLE_REFERENCE, "reference"), (ROLE_ALSO, "also-at")):
        places = [_place(related, finding, view) for related in finding.related if related.role == role]
        for place in places[:MAX_PLACES]:
            details.append((word(key), _e(place)))
        if len(places) > MAX_PLACES:
            rest = "".join(f"<li>{_e(place)}</li>" for place in places[MAX_PLACES:])
            details.append((word(key), f"<details><summary>{_e(word('more-places', n=len(places) - MAX_PLACES))}"
                                       f"</summary><ul>{rest}</ul></details>"))
    rows = "".join(f"<dt>{_e(key.capitalize())}</dt><dd>{value}</dd>" for key, value in details)
    return f'<li class="finding severity-{severity.value}">{head}<dl>{rows}</dl></li>'


def _place(related, finding: Finding, view: View) -> str:
    place = describe_location(related.location, view.lang, view.rules_dirs)
    if related.location.file != finding.location.file:
        place = f"{display_path(related.location.file)}: {place}"
    return place + (f" ({related.found})" if related.found else "")


def _href(target: str, output: str | None) -> str:
    """A link to ``target`` from the page written to ``output`` (standard output: the
    working directory): relative where possible, else a file URI."""
    base = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    try:
        relative = os.path.relpath(os.path.abspath(target), base)
    except ValueError:  # another drive on Windows
        return Path(os.path.abspath(target)).as_uri()
    return url_quote(PurePath(relative).as_posix(), safe="/")
