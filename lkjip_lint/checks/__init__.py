"""Checks: one module per rule family, each a pure ``check(facts, config) -> Iterator[Finding]``
with its rules declared in ``RULES``. No I/O, no printing, no severity logic."""
