"""The privacy registry, and exporting and erasing a person."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from institutions.privacy import REGISTRY, user_foreign_keys


def test_every_model_with_a_foreign_key_to_the_user_is_in_the_registry():
    missing = sorted(set(user_foreign_keys()) - set(REGISTRY))
    assert missing == [], f"add these to institutions.privacy: {missing}"


def test_the_registry_names_the_real_user_fields():
    found = user_foreign_keys()
    for label, fields in found.items():
        assert set(fields) <= set(REGISTRY[label].user_fields), label


@pytest.mark.parametrize("command", ["export_person", "erase_person"])
def test_an_unknown_person_is_one_clear_error(db, command):
    with pytest.raises(CommandError, match="No person matches"):
        call_command(command, "nobody@example.org")
