"""Civil-servant numbers (NIP): reading them from text and checking their parts.

A NIP has 18 digits (Perka BKN 22/2007): birth date ``yyyymmdd``, first appointment
``yyyymm``, gender (1 male, 2 female) and a 3-digit serial. It is printed spaced
("19640101 199302 1 004"), dotted ("19640101.199302.1.004") or unspaced. Contract staff
(PPPK) carry 18-digit numbers whose digits 13–14 are not a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

NIP_LENGTH = 18


@dataclass(frozen=True)
class NipLimits:
    """Plausible ages at first appointment and the earliest birth year (the rule options
    of LKJ602; these defaults serve callers without packs)."""

    min_appointment_age: int = 18
    max_appointment_age: int = 60
    min_birth_year: int = 1900


@dataclass(frozen=True)
class NipMatch:
    """A number printed after a NIP label: ``printed`` as in the text, ``digits`` only digits;
    ``start`` is where its label starts, ``end`` where the number ends."""

    printed: str
    digits: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class NipProblem:
    """Why a NIP cannot be right. ``reason`` names a message template; ``params`` fill it."""

    reason: str
    params: tuple[tuple[str, object], ...] = ()

    def param_dict(self) -> dict:
        return dict(self.params)


# Digit groups joined by one space or dot; a following group that would carry an already
# complete 18-digit number further is another number ("NIP. 1964… 004 2021").
_NUMBER = re.compile(r"\d+(?:[ .]\d+)*")


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern:
    alternatives = sorted((re.escape(label).replace(r"\ ", r"\s*") for label in labels), key=len, reverse=True)
    label = r"(?<![A-Za-z])(?P<label>" + "|".join(alternatives) + r")(?![A-Za-z])"
    return re.compile(label + r"\s*[.:]?\s*[.:]?\s*", re.I)


def find_nips(text: str, labels: tuple[str, ...] = ("NIP",)) -> list[NipMatch]:
    """Every number printed right after one of ``labels`` ("NIP. 19640101 199302 1 004")."""
    found = []
    for label in _label_pattern(tuple(labels)).finditer(text):
        number = _NUMBER.match(text, label.end())
        if not number:
            continue
        printed = _trim_number(number.group())
        found.append(NipMatch(printed=printed, digits=digits_of(printed), start=label.start(),
                              end=number.start() + len(printed), label=label.group("label")))
    return found


def _trim_number(printed: str) -> str:
    groups = re.split(r"([ .])", printed)
    kept, total = [groups[0]], len(groups[0])
    for separator, group in zip(groups[1::2], groups[2::2]):
        if total >= NIP_LENGTH:
            break
        kept += [separator, group]
        total += len(group)
    return "".join(kept)


def bare_nip(text: str) -> NipMatch | None:
    """A number that fills ``text`` on its own (a cell of a NIP column), without a label."""
    match = re.fullmatch(r"\s*(" + _NUMBER.pattern + r")\s*", text)
    if not match or not 15 <= len(digits_of(match.group(1))) <= 22:
        return None
    printed = _trim_number(match.group(1))
    return NipMatch(printed=printed, digits=digits_of(printed), start=match.start(1),
                    end=match.start(1) + len(printed), label="")


def digits_of(printed: str) -> str:
    return re.sub(r"\D", "", printed)


def grouped(digits: str) -> str:
    """The usual printed form of an 18-digit NIP: "19640101 199302 1 004"."""
    if len(digits) != NIP_LENGTH:
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def _birth_date(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def validate(digits: str, *, pppk: bool = False, limits: NipLimits = NipLimits()) -> NipProblem | None:
    """The first thing wrong with a NIP, or None. ``pppk``: the text says it is a PPPK number,
    whose digits 13–14 are not a month."""
    if len(digits) != NIP_LENGTH:
        return NipProblem("length", (("count", len(digits)), ("length", NIP_LENGTH)))
    birth = _birth_date(digits)
    if birth is None or birth.year < limits.min_birth_year:
        return NipProblem("birth-date", (("birth", digits[:8]),))
    year, month = int(digits[8:12]), int(digits[12:14])
    if not pppk and not 1 <= month <= 12:
        return NipProblem("appointment-month", (("appointment", digits[8:14]), ("month", digits[12:14])))
    age = year - birth.year
    if not pppk and month < birth.month:
        age -= 1
    if age < 0:
        return NipProblem("appointment-before-birth", (("appointment", digits[8:14]), ("birth", digits[:8])))
    if not limits.min_appointment_age <= age <= limits.max_appointment_age:
        return NipProblem("appointment-age", (
            ("appointment", digits[8:14]), ("age", age),
            ("min_age", limits.min_appointment_age), ("max_age", limits.max_appointment_age),
        ))
    if digits[14] not in "12":
        return NipProblem("gender", (("digit", digits[14]),))
    return None
