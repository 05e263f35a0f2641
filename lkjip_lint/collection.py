"""How often Python's cycle collector runs while reports are checked."""

from __future__ import annotations

import gc

YOUNG_COLLECTION_EVERY = 10_000


def collect_young_less_often() -> None:
    """Checking a file makes objects by the million, few of them in cycles: the young are
    collected every 10,000 allocations rather than Python's default 700; a worker also
    collects after each file."""
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])
