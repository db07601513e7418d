"""What the enrollment applet registers: the reflection block's learner state and completion rule,
and its models in the privacy registry."""

from institutions.privacy import Entry
from institutions.privacy import register as register_private_data

from .completion import REFLECTION, register_block_kind


def register() -> None:
    register_block_kind(REFLECTION)
    # Enrollments and progress keep figures right after erasure (the account is pseudonymised);
    # private notes only served the person.
    register_private_data(Entry("courses.Enrollment", ("learner", "assigned_by"), "keep"))
    register_private_data(Entry("courses.ModuleProgress", ("enrollment__learner",), "keep"))
    register_private_data(Entry("courses.Reflection", ("progress__enrollment__learner",), "delete"))
