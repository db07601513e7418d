"""Build the demo installation: two ministries, their institutions, ~340 staff, the demo accounts.

Idempotent and deterministic: a second run finds everything in place and creates nothing new.
Refuses to run unless DEMO_MODE is on (never in production settings).
"""

from __future__ import annotations

import base64
import hashlib
import random
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import override_settings
from django.urls import reverse

from institutions import services
from institutions.demo import STEPS
from institutions.models import (
    STAFF_ROLES,
    Institution,
    Membership,
    Ministry,
    Position,
    Role,
    User,
)
from institutions.services import PersonDetails
from institutions.validators import DEMO_PASSWORD

# Dates in the demo are counted back from this day, so every run builds the same history.
DEMO_EPOCH = datetime(2025, 11, 1, 8, 0, tzinfo=UTC)

DEMO_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

MALI = ("ML", "Ministère de la Justice et des Droits de l'Homme du Mali")
NIGER = ("NE", "Ministère de la Justice du Niger")


@dataclass(frozen=True)
class DemoInstitution:
    country: str
    code: str
    name: str
    kind: str
    region: str
    city: str
    staff: int


INSTITUTIONS = [
    DemoInstitution(
        "ML", "ML-BKO-MCA", "Maison Centrale d'Arrêt de Bamako", "prison", "Bamako", "Bamako", 90
    ),
    DemoInstitution(
        "ML", "ML-KKR-MA", "Maison d'Arrêt de Koulikoro", "prison", "Koulikoro", "Koulikoro", 45
    ),
    DemoInstitution("ML", "ML-KYS-MA", "Maison d'Arrêt de Kayes", "prison", "Kayes", "Kayes", 35),
    DemoInstitution("ML", "ML-SEG-MA", "Maison d'Arrêt de Ségou", "prison", "Ségou", "Ségou", 35),
    DemoInstitution(
        "ML", "ML-SIK-MA", "Maison d'Arrêt de Sikasso", "prison", "Sikasso", "Sikasso", 35
    ),
    DemoInstitution("ML", "ML-MPT-MA", "Maison d'Arrêt de Mopti", "prison", "Mopti", "Mopti", 30),
    DemoInstitution(
        "ML",
        "ML-BKO-BOL",
        "Centre de détention de Bollé pour femmes et mineurs",
        "prison",
        "Bamako",
        "Bamako",
        30,
    ),
    DemoInstitution("NE", "NE-NIA-PC", "Prison civile de Niamey", "prison", "Niamey", "Niamey", 25),
    DemoInstitution(
        "NE",
        "NE-KTK-PHS",
        "Prison de haute sécurité de Koutoukalé",
        "prison",
        "Tillabéri",
        "Koutoukalé",
        15,
    ),
]

# Positions drawn for generated staff, with weights close to a prison's staffing.
POSITION_WEIGHTS = [
    (Position.PRISON_OFFICER, 60),
    (Position.SOCIAL_WORKER, 7),
    (Position.PSYCHOLOGIST, 4),
    (Position.RELIGIOUS_COUNSELLOR, 4),
    (Position.EDUCATOR, 6),
    (Position.MEDICAL_STAFF, 7),
    (Position.MANAGER, 5),
    (Position.PROBATION_OFFICER, 3),
    (Position.OTHER, 4),
]

GIVEN_NAMES = {
    "ML": [
        "Aminata",
        "Awa",
        "Fatoumata",
        "Mariam",
        "Kadiatou",
        "Oumou",
        "Hawa",
        "Assitan",
        "Djeneba",
        "Rokia",
        "Salimata",
        "Nana",
        "Moussa",
        "Mamadou",
        "Boubacar",
        "Seydou",
        "Ibrahim",
        "Oumar",
        "Adama",
        "Bakary",
        "Souleymane",
        "Modibo",
        "Sidiki",
        "Drissa",
        "Lassana",
        "Issa",
        "Yacouba",
        "Abdoulaye",
        "Cheick",
        "Amadou",
    ],
    "NE": [
        "Hadiza",
        "Mariama",
        "Aïchatou",
        "Zeinabou",
        "Rahila",
        "Fati",
        "Ramatou",
        "Haoua",
        "Abdou",
        "Moussa",
        "Issoufou",
        "Hamidou",
        "Mahamadou",
        "Harouna",
        "Souley",
        "Ali",
        "Boubacar",
        "Idrissa",
        "Garba",
        "Sani",
    ],
}
FAMILY_NAMES = {
    "ML": [
        "Traoré",
        "Coulibaly",
        "Diarra",
        "Keïta",
        "Touré",
        "Sidibé",
        "Konaté",
        "Sangaré",
        "Maïga",
        "Cissé",
        "Diallo",
        "Dembélé",
        "Doumbia",
        "Koné",
        "Sissoko",
        "Bagayoko",
        "Samaké",
        "Kanté",
        "Camara",
        "Sylla",
        "Tounkara",
        "Fofana",
        "Guindo",
        "Dicko",
    ],
    "NE": [
        "Issoufou",
        "Hamani",
        "Garba",
        "Salissou",
        "Idrissa",
        "Moumouni",
        "Abdou",
        "Mahamane",
        "Saidou",
        "Boubacar",
        "Oumarou",
        "Hassane",
        "Amadou",
        "Yacouba",
    ],
}

# The demo accounts. Staff roles get a membership only where they work at an institution.
DEMO_ACCOUNTS = [
    # email, full name, role, scope code (ministry country or institution code), position
    ("learner@example.org", "Awa Coulibaly", Role.LEARNER, "ML-BKO-MCA", Position.PRISON_OFFICER),
    ("trainer@example.org", "Mariam Diallo", Role.TRAINER, None, None),
    ("trainer2@example.org", "Daniel Okafor", Role.TRAINER, None, None),
    (
        "manager@example.org",
        "Boubacar Keïta",
        Role.INSTITUTION_MANAGER,
        "ML-BKO-MCA",
        Position.MANAGER,
    ),
    ("ministry@example.org", "Fatoumata Touré", Role.MINISTRY_REVIEWER, "ML", None),
    ("ministry-ne@example.org", "Abdoulaye Hamani", Role.MINISTRY_REVIEWER, "NE", None),
    ("admin@example.org", "Claire Fontaine", Role.PLATFORM_ADMIN, None, None),
]


def demo_totp_secret(email: str) -> str:
    """A fixed second-factor secret per demo account, so a newcomer can add it to an app once."""
    return base64.b32encode(
        hashlib.sha256(f"passerelle-demo:{email}".encode()).digest()[:20]
    ).decode()


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in ".-")).lower()


class Command(BaseCommand):
    help = "Create the demo installation (both ministries, their staff and the demo accounts)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError(
                "seed_demo refuses to run here: DEMO_MODE is off (production settings)."
            )
        # Nobody is emailed about demo people, assignments or reminders.
        with override_settings(EMAIL_BACKEND=DEMO_EMAIL_BACKEND), transaction.atomic():
            ministries = self._ministries()
            institutions = self._institutions(ministries)
            accounts = self._demo_accounts(ministries, institutions)
            admin = accounts["admin@example.org"]
            self._staff(institutions, created_by=admin)
            for step in STEPS:
                step(accounts=accounts, stdout=self.stdout)
        self._print_accounts(accounts)

    def _ministries(self) -> dict[str, Ministry]:
        ministries = {}
        for country, name in (MALI, NIGER):
            ministries[country], _ = Ministry.objects.get_or_create(country_code=country, name=name)
        return ministries

    def _institutions(self, ministries) -> dict[str, Institution]:
        institutions = {}
        for spec in INSTITUTIONS:
            institutions[spec.code], _ = Institution.objects.update_or_create(
                code=spec.code,
                defaults={
                    "ministry": ministries[spec.country],
                    "name": spec.name,
                    "kind": spec.kind,
                    "region": spec.region,
                    "city": spec.city,
                    "is_active": True,
                },
            )
        return institutions

    def _demo_accounts(self, ministries, institutions) -> dict[str, User]:
        accounts = {}
        for email, full_name, role, scope, position in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(email=email, full_name=full_name, preferred_language="fr")
            user.full_name = full_name
            user.is_active = True
            if not user.check_password(DEMO_PASSWORD):
                user.set_password(DEMO_PASSWORD)
            user.save()
            institution = institutions.get(scope) if scope else None
            if position and institution and not user.memberships.current().exists():
                Membership.objects.create(
                    user=user,
                    institution=institution,
                    position=position,
                    started_at=DEMO_EPOCH - timedelta(days=2400),
                )
            services.assign_role(
                user=user,
                role=role,
                ministry=ministries.get(scope) if role == Role.MINISTRY_REVIEWER else None,
                institution=institution if role == Role.INSTITUTION_MANAGER else None,
            )
            if position:
                # Anyone posted at an institution also takes its training.
                services.assign_role(user=user, role=Role.LEARNER)
            if role in STAFF_ROLES:
                self._ensure_totp(user, demo_totp_secret(email))
            accounts[email] = user
        return accounts

    def _ensure_totp(self, user: User, secret: str) -> None:
        from allauth.mfa.models import Authenticator
        from allauth.mfa.totp.internal.auth import TOTP

        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, secret)

    def _staff(self, institutions, *, created_by: User) -> None:
        """Generated staff: a fixed seed gives the same people on every machine."""
        positions = [p for p, _ in POSITION_WEIGHTS]
        weights = [w for _, w in POSITION_WEIGHTS]
        existing = set(
            User.objects.filter(username__isnull=False).values_list("username", flat=True)
        )
        to_create: list[tuple[PersonDetails, Institution]] = []
        for spec in INSTITUTIONS:
            rng = random.Random(spec.code)
            for n in range(1, spec.staff + 1):
                username = f"{spec.code.lower()}-{n:03d}"
                given = rng.choice(GIVEN_NAMES[spec.country])
                family = rng.choice(FAMILY_NAMES[spec.country])
                position = rng.choices(positions, weights)[0]
                # About a third of staff have an email address; the others sign in with a code.
                has_email = rng.random() < 0.35
                # Postings began between 2012 and mid-2025 (a fixed date, not today's).
                started_at = DEMO_EPOCH - timedelta(days=rng.randint(150, 5000))
                if username in existing:
                    continue
                to_create.append(
                    (
                        PersonDetails(
                            full_name=f"{given} {family}",
                            position=position,
                            username=username,
                            email=f"{_ascii(given)}.{_ascii(family)}.{username}@example.org"
                            if has_email
                            else None,
                            preferred_language="fr",
                            started_at=started_at,
                        ),
                        institutions[spec.code],
                    )
                )
        if to_create:
            services.create_people(people=to_create, created_by=created_by, invite=False)

    def _print_accounts(self, accounts: dict[str, User]) -> None:
        self.stdout.write(
            f"Demo accounts (password for all: {DEMO_PASSWORD}). Staff roles sign in with a second "
            "factor: add the secret shown to an authenticator app (TOTP, 6 digits, 30 s)."
        )
        for email, _name, role, scope, _position in DEMO_ACCOUNTS:
            where = f" ({scope})" if scope else ""
            secret = f"  TOTP secret {demo_totp_secret(email)}" if role in STAFF_ROLES else ""
            self.stdout.write(f"  {email:<26} {DEMO_PASSWORD}  {Role(role).label}{where}{secret}")
        self.stdout.write(f"Sign in at {settings.SITE_URL}{reverse('account_login')}")
