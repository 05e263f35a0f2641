"""Rules of ``checks.targets``: Targets across the planning layers: the PK against the measurement tables, the"""

from __future__ import annotations

from . import options
from ..findings import Severity
from ..rule import Rule

MEASURED_TARGET_MISMATCH = Rule(
    check="targets",
    code="LKJ201",
    options=options.IDENTITY,
    name="measured-target-mismatch",
    category="target-mismatch",
    severity=Severity.WARNING,
    summary="A measurement table's target differs from the PK target for the same indicator.",
    doc="""
    The target an indicator is measured against in Bab III must be the target signed in
    the Perjanjian Kinerja (PK, or PK Perubahan) for the report year. Indicators are
    matched across tables by their content words, so small wording differences do not
    matter. Targets are compared after normalising: "B (80%)" agrees with "B", "98 %"
    with "98%", "742 org" with "742 Orang".

    One finding per indicator, naming every place that disagrees and the PK places. A
    warning: the two figures sit in different tables; info when the indicator's name
    matched only through two spelling slips or more.

    Example: PK target 98 %, Tabel 3.1 target 100 %.
    """,
)

PLAN_TARGET_MISMATCH = Rule(
    check="targets",
    code="LKJ202",
    options=options.IDENTITY,
    name="plan-target-mismatch",
    category="target-mismatch",
    severity=Severity.WARNING,
    summary="The Renstra target for the report year or the RKT target differs from the PK.",
    doc="""
    The Renstra matrix's target for the report year and the RKT (Renja) target should be
    the target signed in the PK. A PK may legitimately be adjusted, so this is a
    warning, but it is the first thing a reviewer asks about. In the final year of the
    Renstra period, the end-of-Renstra target quoted in Bab III is this year's target
    too and is compared as well. A copy of the PK (the annex, or its table in Bab II)
    whose target no other place gives, while the other copy and the tables that measure
    the indicator agree on another, is reported too (unless the PK was revised).

    Example: PK B (80%), RKT 90 %, Renstra 2021 target 100.
    """,
)

END_TARGET_MISMATCH = Rule(
    check="targets",
    code="LKJ203",
    options=options.IDENTITY,
    name="end-target-mismatch",
    category="target-mismatch",
    severity=Severity.WARNING,
    summary="The end-of-Renstra target quoted in Bab III differs from the Renstra matrix's last year.",
    doc="""
    A comparison with the end of the Renstra period ("TARGET AKHIR RENSTRA") must quote
    the target of the Renstra matrix's last year for the same indicator.

    Example: Tabel 3.3 quotes 95, the Renstra matrix says 100 for 2021.
    """,
)

OUTPUT_TARGET_MISMATCH = Rule(
    check="targets",
    code="LKJ204",
    options=options.IDENTITY,
    name="output-target-mismatch",
    category="target-mismatch",
    severity=Severity.WARNING,
    summary="An output (keluaran) target differs between the RKT and the evaluation table.",
    doc="""
    An activity's output target in the RKT must be the one its evaluation table in
    Bab III measures against.

    Example: "Jumlah peserta rakor rutin": RKT 95 org, evaluation table 60 Orang.
    
    When the evaluation table names its output otherwise than the RKT, the output of the
    same activity (named above the table) is compared, if each side gives that activity
    one output in the same unit.
""",
)

INDICATOR_SPELLING = Rule(
    check="targets",
    code="LKJ206",
    options=options.IDENTITY,
    name="indicator-name-spelling",
    category="spelling",
    severity=Severity.INFO,
    summary="The same indicator is written with a differently spelt word in another table.",
    doc="""
    When two tables name the same indicator but one word is spelt differently (not a
    different word, a slip), both forms are shown so the drafter can settle on one.
    Words of one root are one word ("pemerintah" / "pemerintahan"), and so are the
    known spellings of rules/misspellings.toml ("Prosentase" / "Persentase"); words that
    only look alike ("perumahan" / "perubahan") count as a slip only inside a name whose
    other words are the same (at least ``slip_context`` of them; two letters swapped or
    a doubled letter need only ``min_shared_words``).

    Example: "… bidang Pemerintahan, pembantuan dan Penyelenggaraan …" where the PK says
    "pembangunan".
    """,
)

RULES = (MEASURED_TARGET_MISMATCH, PLAN_TARGET_MISMATCH, END_TARGET_MISMATCH, OUTPUT_TARGET_MISMATCH,
         INDICATOR_SPELLING)
