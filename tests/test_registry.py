import subprocess
import sys

from lkjip_lint.catalog import CHECKS
from lkjip_lint.registry import all_rules, check_module, find_rule, rules_by_check


def test_every_rule_names_the_check_that_raises_it():
    for name, rules in rules_by_check().items():
        module = check_module(name)
        assert module.RULES == rules
        assert all(rule.check == name for rule in rules)
    assert set(rules_by_check()) == set(CHECKS)


def test_codes_and_names_are_unique():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})
    assert find_rule("percentage-mismatch").code == "LKJ101" and find_rule("lkj101").name == "percentage-mismatch"


def test_listing_and_explaining_rules_loads_no_check():
    code = ("import sys\n"
            "from lkjip_lint.cli import main\n"
            "for args in (['rules'], ['explain', 'LKJ411'], ['--version']):\n"
            "    try:\n"
            "        main(args)\n"
            "    except SystemExit:\n"
            "        pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('lkjip_lint.checks', 'lkjip_lint.understand'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
