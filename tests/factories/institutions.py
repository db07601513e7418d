"""Factories for every model. Tests build state through services where a rule is involved."""

import factory
from django.utils import timezone

from institutions.models import Institution, Membership, Ministry, Position, User


class MinistryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ministry
        django_get_or_create = ("country_code", "name")

    name = factory.Sequence(lambda n: f"Ministry of Justice {n}")
    country_code = "ML"


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    ministry = factory.SubFactory(MinistryFactory)
    name = factory.Sequence(lambda n: f"Prison {n}")
    code = factory.Sequence(lambda n: f"TST-{n:04d}")
    kind = Institution.Kind.PRISON
    region = "Koulikoro"
    city = "Koulikoro"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n:05d}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org" if o.username else None)
    full_name = factory.Faker("name", locale="fr_FR")
    preferred_language = "fr"
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    institution = factory.SubFactory(InstitutionFactory)
    position = Position.PRISON_OFFICER
    started_at = factory.LazyFunction(timezone.now)
