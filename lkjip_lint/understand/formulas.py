"""Arithmetic written out in a sentence: "66 / 32 x 100 % = 206,25%", "(36.743 Penduduk
usia 7 s.d 12 tahun yang sekolah / 39.834 Penduduk usia 7 s.d 12 tahun di Tanah Datar) x 100
= 92.22", "Rp 1.200.000 - Rp 200.000 = Rp 1.000.000".

An operand is the number right after the start of the expression, an opening bracket or an
operator; words after it, up to the next operator or bracket, describe it and are skipped
("36.743 Penduduk usia 7 s.d 12 tahun yang sekolah"). Inside brackets a description may hold
numbers of its own ("usia 7 s.d 12 tahun"); outside them it may not, so a sentence's earlier
figures ("Pada tahun 2019 … 66 / 32 …") do not become operands. Operators are "/", "x",
"×", "*", "+" and "-" standing apart from the words around them ("s/d", "2016-2021" and
"km/jam" are words). The result is the number right after the last "=". Anything that does
not read this way is no formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from itertools import product

from ..numbers import Number, find_numbers

_EQUALS = re.compile(r"(?<![<>=!])=(?!=)")
# An operator stands apart: spaces around it, or digits, brackets or "%" right beside it.
_OPERATOR = re.compile(r"(?:(?<=\s)|(?<=[\d)%]))(?P<op>[/×*+]|[xX](?=[\s(\d])|[-–−](?=\s))(?=\s|[\d(])")
_MAX_DESCRIPTION_WORDS = 14
_MAX_OPERANDS = 6


@dataclass(frozen=True)
class Formula:
    text: str  # the expression and its result, as printed
    expression: str  # the expression as printed
    operands: tuple[Number, ...]
    values: tuple[Decimal, ...]  # the expression's value under each reading of its operands
    result: Number
    start: int
    end: int
    shown: str  # the expression with its operands only: "(36.743 / 39.834) × 100"


@dataclass(frozen=True)
class _Token:
    kind: str  # "num" | "op" | "(" | ")"
    start: int
    end: int
    number: Number | None = None
    op: str | None = None


def _tokens(text: str, start: int, end: int, style: str | None) -> list[_Token] | None:
    """The expression's tokens from ``start`` to ``end``; descriptions dropped. None when it
    does not read as an expression."""
    numbers = [n for n in find_numbers(text[:end], style) if n.start >= start and n.end <= end]
    operators = [m for m in _OPERATOR.finditer(text, start, end)]
    marks = sorted(
        [("num", n.start, n.end, n) for n in numbers]
        + [("op", m.start("op"), m.end("op"), m.group("op")) for m in operators]
        + [(ch, i, i + 1, None) for i in range(start, end) for ch in (text[i],) if ch in "()"],
        key=lambda t: t[1])
    tokens: list[_Token] = []
    depth = 0
    expecting_operand = True
    described_from: int | None = None
    for kind, at, until, payload in marks:
        if tokens and at < tokens[-1].end:
            continue  # a sign or bracket inside a number already read
        if kind == "num":
            if expecting_operand:
                if described_from is not None and text[described_from:at].strip():
                    return None  # words before the operand: not an expression from here
                tokens.append(_Token("num", at, until, number=payload))
                expecting_operand = False
                described_from = until
            elif depth == 0:
                return None  # a second number in a description outside brackets
            continue
        if kind == "op":
            if expecting_operand:
                return None
            if described_from is not None and len(text[described_from:at].split()) > _MAX_DESCRIPTION_WORDS:
                return None
            tokens.append(_Token("op", at, until, op=payload))
            expecting_operand, described_from = True, until
        elif kind == "(":
            if not expecting_operand:
                depth += 1  # a bracket inside a description: "(SKM)"
                tokens.append(_Token("skip(", at, until))
                continue
            depth += 1
            tokens.append(_Token("(", at, until))
            described_from = until
        else:
            if depth == 0:
                return None
            depth -= 1
            opening = _last_open(tokens)
            if opening is None:
                return None
            if opening.kind == "skip(":
                tokens.remove(opening)
                continue
            if expecting_operand:
                return None
            tokens.remove(opening)
            tokens.append(_Token("(", opening.start, opening.end))  # keep order: re-inserted below
            tokens.sort(key=lambda t: t.start)
            tokens.append(_Token(")", at, until))
            described_from = until
    if depth != 0 or expecting_operand or any(t.kind == "skip(" for t in tokens):
        return None
    if described_from is not None and text[described_from:end].strip(" %"):
        return None  # words between the expression and "="
    return tokens


def _last_open(tokens: list[_Token]) -> _Token | None:
    closed = 0
    for token in reversed(tokens):
        if token.kind == ")":
            closed += 1
        elif token.kind in ("(", "skip("):
            if closed == 0:
                return token
            closed -= 1
    return None


class _Parser:
    """Recursive descent over the tokens, for one reading of the operands."""

    def __init__(self, tokens: list[_Token], values: dict[int, Decimal]):
        self.tokens, self.values, self.at = tokens, values, 0

    def parse(self) -> Decimal | None:
        value = self.sum()
        return value if self.at == len(self.tokens) else None

    def _peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def sum(self) -> Decimal | None:
        value = self.product()
        while value is not None and (token := self._peek()) is not None and token.kind == "op" \
                and token.op in "+-–−":
            self.at += 1
            right = self.product()
            if right is None:
                return None
            value = value + right if token.op == "+" else value - right
        return value

    def product(self) -> Decimal | None:
        value = self.operand()
        while value is not None and (token := self._peek()) is not None and token.kind == "op" \
                and token.op in "/×*xX":
            self.at += 1
            right = self.operand()
            if right is None:
                return None
            if token.op == "/":
                if right == 0:
                    return None
                value = value / right
            else:
                value = value * right
        return value

    def operand(self) -> Decimal | None:
        token = self._peek()
        if token is None:
            return None
        self.at += 1
        if token.kind == "num":
            return self.values[token.start]
        if token.kind == "(":
            value = self.sum()
            closing = self._peek()
            if value is None or closing is None or closing.kind != ")":
                return None
            self.at += 1
            return value
        return None


def _evaluate(tokens: list[_Token]) -> list[Decimal]:
    numbers = [t for t in tokens if t.kind == "num"]
    readings = [t.number.readings() for t in numbers]
    values = []
    with localcontext() as context:
        context.prec = 40
        for combination in product(*readings):
            if any(r.value is None for r in combination):
                continue
            try:
                value = _Parser(tokens, {t.start: r.value for t, r in zip(numbers, combination)}).parse()
            except (InvalidOperation, DivisionByZero):
                value = None
            if value is not None:
                values.append(value)
    return values


def _shown(tokens: list[_Token]) -> str:
    parts = []
    for token in tokens:
        if token.kind == "num":
            parts.append(token.number.raw.strip())
        elif token.kind == "op":
            parts.append("×" if token.op in "xX*" else "−" if token.op in "-–" else token.op)
        else:
            parts.append(token.kind)
    return " ".join(parts).replace("( ", "(").replace(" )", ")")


def find_formulas(text: str, style: str | None = None) -> list[Formula]:
    """Every "expression = result" of a sentence whose expression reads as arithmetic."""
    found = []
    equals = list(_EQUALS.finditer(text))
    for i, sign in enumerate(equals):
        after = [n for n in find_numbers(text[sign.end():], style)]
        if not after or text[sign.end():sign.end() + after[0].start].strip(" :"):
            continue
        result = replace(after[0], start=after[0].start + sign.end(), end=after[0].end + sign.end())
        segment_start = equals[i - 1].end() if i else 0
        for start in _starts(text, segment_start, sign.start(), style):
            tokens = _tokens(text, start, sign.start(), style)
            if tokens is None:
                continue
            operands = [t for t in tokens if t.kind == "num"]
            if not 2 <= len(operands) <= _MAX_OPERANDS or not any(t.kind == "op" for t in tokens):
                break
            values = _evaluate(tokens)
            if values:
                found.append(Formula(text[start:result.end], text[start:sign.start()].strip(),
                                     tuple(t.number for t in operands), tuple(values), result, start, result.end,
                                     _shown(tokens)))
            break
    return found


def _starts(text: str, start: int, end: int, style: str | None) -> list[int]:
    """Where an expression may begin: each opening bracket or number, left to right."""
    numbers = [n.start for n in find_numbers(text[:end], style) if n.start >= start]
    brackets = [i for i in range(start, end) if text[i] == "("]
    return sorted(set(numbers + brackets))
