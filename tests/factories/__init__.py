"""Factories per app: `tests.factories.institutions`, `.content` and `.courses` (the one course
builder). Tests build state through services where a rule is involved."""

from .institutions import InstitutionFactory, MembershipFactory, MinistryFactory, UserFactory

__all__ = ["InstitutionFactory", "MembershipFactory", "MinistryFactory", "UserFactory"]
