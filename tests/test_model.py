import dataclasses

import pytest

from lkjip_lint.model import Location


def test_a_changed_location_is_a_new_equal_location_and_the_old_one_is_kept():
    old = Location("laporan.pdf", page=3, table=2)
    new = old.with_(row=4, column=5, row_label="Program A")
    assert new == Location("laporan.pdf", page=3, table=2, row=4, column=5, row_label="Program A")
    assert hash(new) == hash(Location("laporan.pdf", page=3, table=2, row=4, column=5, row_label="Program A"))
    assert old == Location("laporan.pdf", page=3, table=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.row = 1


def test_a_location_has_no_other_fields():
    with pytest.raises(TypeError):
        Location("laporan.pdf").with_(cell=1)
