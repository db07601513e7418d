"""Personas shared by every test: a learner, a manager, a ministry reviewer and so on, in two
ministries (Mali and Niger) so that every check can look for data leaking across the wall."""

import os

import pytest
from django.test import Client

from institutions import scoping, services
from institutions.models import Institution, Role

from .factories import InstitutionFactory, MembershipFactory, MinistryFactory, UserFactory
from .factories.courses import build_course as _build_course
from .factories.courses import make_catalogues

PASSWORD = "correct-horse-battery"  # what UserFactory sets
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # staff personas' second factor


def enroll_totp(user, secret: str = TOTP_SECRET):
    """Give a person a TOTP authenticator, as staff roles must have before using the platform."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


def totp_code(secret: str = TOTP_SECRET, offset: int = 0) -> str:
    """The code an authenticator app would show now (offset in 30-second steps)."""
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counter = list(yield_hotp_counters_from_time())[len(list(yield_hotp_counters_from_time())) // 2]
    return format_hotp_value(hotp_value(secret, counter + offset))


def signed_in(user, *, language: str = "en", client: Client | None = None) -> Client:
    """A browser (a fresh one unless `client` is given) signed in as `user`, whose interface is
    in `language` (English by default, so messages can be checked whatever the French catalogue
    holds). A person holding a staff role gets the second factor it needs, as in real life."""
    if user.preferred_language != language:
        services.update_profile(
            user=user,
            full_name=user.full_name,
            preferred_language=language,
            time_zone=user.time_zone,
        )
    scoping.forget_scope(user)
    if scoping.scope_of(user).is_staff_role:
        from allauth.mfa.models import Authenticator

        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            enroll_totp(user)
    browser = client or Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def sign_in(client):
    """sign_in(user, language="en"): the test's `client`, signed in as `user` (see signed_in).
    For two people at once, call `signed_in(user)` for a browser of their own."""

    def sign_in(user, *, language: str = "en") -> Client:
        return signed_in(user, language=language, client=client)

    return sign_in


@pytest.fixture
def catalogues(db):
    """The course catalogues at /fr/courses/ and /en/courses/ (see factories.courses)."""
    return make_catalogues()


@pytest.fixture
def build_course(catalogues):
    """build_course(slug="trust", modules=3, ...): a live course (see factories.courses)."""

    def build(*args, **kwargs):
        return _build_course(catalogues, *args, **kwargs)

    return build


@pytest.fixture
def course(build_course):
    """A live French course of three modules, not translated, taken on assignment only."""
    return build_course(
        "course-1",
        title="Psychologie de l'extrémisme violent en détention",
        summary="Comprendre les trajectoires d'engagement.",
        outcomes="<ul><li>Reconnaître les signes.</li></ul>",
        english=False,
        is_open=False,
        revisions=True,
    )


def require_service(name: str, available: bool, reason: str) -> None:
    """Skip a test whose service is missing, unless CI asked that every such skip fail."""
    if available:
        return
    message = f"{name} not available: {reason}"
    if os.environ.get("PASSERELLE_REQUIRE_SERVICES"):
        pytest.fail(message + " (PASSERELLE_REQUIRE_SERVICES is set)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and used one-time codes live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def mali(db):
    return MinistryFactory(name="Ministère de la Justice du Mali", country_code="ML")


@pytest.fixture
def niger(db):
    return MinistryFactory(name="Ministère de la Justice du Niger", country_code="NE")


@pytest.fixture
def bamako(mali):
    return InstitutionFactory(
        ministry=mali, name="Maison Centrale d'Arrêt de Bamako", code="ML-BKO-MCA", region="Bamako"
    )


@pytest.fixture
def koulikoro(mali):
    return InstitutionFactory(ministry=mali, name="Prison de Koulikoro", code="ML-KKR-PRI")


@pytest.fixture
def niamey(niger):
    return InstitutionFactory(
        ministry=niger, name="Prison civile de Niamey", code="NE-NIA-PC", region="Niamey"
    )


@pytest.fixture
def learner(bamako):
    user = UserFactory(username="learner", full_name="Aminata Traoré")
    MembershipFactory(user=user, institution=bamako)
    services.assign_role(user=user, role=Role.LEARNER)
    return user


@pytest.fixture
def other_learner(koulikoro):
    user = UserFactory(username="other-learner", full_name="Moussa Diarra")
    MembershipFactory(user=user, institution=koulikoro)
    services.assign_role(user=user, role=Role.LEARNER)
    return user


@pytest.fixture
def trainer(db):
    user = UserFactory(username="trainer", full_name="Claire Martin")
    services.assign_role(user=user, role=Role.TRAINER)
    return enroll_totp(user)


@pytest.fixture
def other_trainer(db):
    user = UserFactory(username="trainer2", full_name="Ibrahim Keïta")
    services.assign_role(user=user, role=Role.TRAINER)
    return enroll_totp(user)


@pytest.fixture
def manager(bamako):
    user = UserFactory(username="manager", full_name="Seydou Coulibaly")
    MembershipFactory(user=user, institution=bamako, position="manager")
    services.assign_role(user=user, role=Role.INSTITUTION_MANAGER, institution=bamako)
    return enroll_totp(user)


@pytest.fixture
def manager_elsewhere(koulikoro):
    user = UserFactory(username="manager-kkr", full_name="Fatoumata Sidibé")
    MembershipFactory(user=user, institution=koulikoro, position="manager")
    services.assign_role(user=user, role=Role.INSTITUTION_MANAGER, institution=koulikoro)
    return enroll_totp(user)


@pytest.fixture
def ministry_reviewer(mali):
    user = UserFactory(username="reviewer-ml", full_name="Oumar Sangaré")
    services.assign_role(user=user, role=Role.MINISTRY_REVIEWER, ministry=mali)
    return enroll_totp(user)


@pytest.fixture
def reviewer_other_ministry(niger):
    user = UserFactory(username="reviewer-ne", full_name="Hadiza Issoufou")
    services.assign_role(user=user, role=Role.MINISTRY_REVIEWER, ministry=niger)
    return enroll_totp(user)


@pytest.fixture
def platform_admin(db):
    user = UserFactory(username="admin", full_name="Platform Admin")
    services.assign_role(user=user, role=Role.PLATFORM_ADMIN)
    return enroll_totp(user)


@pytest.fixture
def staff_of(db):
    """Make `n` current staff at an institution: staff_of(bamako, 7)."""

    def make(institution: Institution, n: int, position: str = "prison_officer"):
        return [
            MembershipFactory(institution=institution, position=position).user for _ in range(n)
        ]

    return make


@pytest.fixture(scope="session")
def _migrated_rows(django_db_setup, django_db_blocker):
    """The rows migrations create (Wagtail's root page, default site and locale, our groups and
    their permissions, the review workflow), read once per test process before any test runs."""
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from django.db import connection

    with django_db_blocker.unblock():
        # Content types first: loading the other rows asks for theirs.
        return [
            serializers.serialize("json", ContentType.objects.order_by("pk")),
            connection.creation.serialize_db_to_string(),
        ]


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
        or (marker is not None and marker.kwargs.get("transaction"))
    )


@pytest.fixture(autouse=True)
def _restore_migrated_rows(request):
    """Django empties every table after a transactional test, the migrations' rows included, and
    the next transactional test in the same process (seed_demo, the browser tests) needs them: a
    transactional test starts by putting them back when they are gone. (pytest-django runs the
    other tests first, so they never meet an emptied database.)"""
    if not _is_transactional(request):
        return
    snapshot = request.getfixturevalue("_migrated_rows")
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Site

    with request.getfixturevalue("django_db_blocker").unblock():
        if Site.objects.exists():
            return
        # The flush may have recreated content types and permissions under new ids: empty it
        # all again (sequences keep counting, as after Django's own flush), then reload.
        call_command(
            "flush",
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )
        ContentType.objects.clear_cache()
        for part in snapshot:
            connection.creation.deserialize_db_from_string(part)
        ContentType.objects.clear_cache()
