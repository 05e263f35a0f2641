"""Every rule's metadata, by check module: what ``rules`` lists and ``explain`` prints.

Adding a rule = declaring it in the catalog module of its check (and, for a new check
module, naming that module in ``CHECKS``). Nothing here imports a check.
"""

CHECKS = (
    "percentages",
    "derived",
    "sums",
    "targets",
    "budgets",
    "number_words",
    "digit_groups",
    "counts",
    "years",
    "structure",
    "names",
    "identifiers",
    "region_terms",
    "misspellings",
    "achievement",
    "scales",
    "prose_claims",
)
