"""People and organisations: users, ministries, institutions, memberships, role assignments,
invitations and setup codes."""

from __future__ import annotations

import uuid
import zoneinfo

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, username, email, password, **extra):
        email = self.normalize_email(email).lower() if email else None
        user = self.model(username=username or None, email=email, **extra)
        user.set_password(password) if password else user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, username=None, email=None, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(username, email, password, **extra)

    def create_superuser(self, username=None, email=None, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create(username, email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(username__iexact=username)

    def posted(self, **membership):
        """People currently posted: active, with a current membership matching `membership`
        (`institution=…`, `institution__ministry_id=…`, `position=…`). The queryset every list
        and count of "current staff" starts from."""
        current = Membership.objects.current().filter(**membership).values("user_id")
        return self.filter(is_active=True, pk__in=current)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in: prison staff, trainers, managers, reviewers, admins.
    Holds personal data.

    Many officers have no email address, so a person has an email, a username (a staff number, say),
    or both; each is unique without regard to case.
    """

    username = models.CharField(
        _("username"),
        max_length=150,
        unique=True,
        null=True,
        blank=True,
        help_text=_("A staff number or another identifier; letters, digits and . - _ only."),
        validators=[
            RegexValidator(r"^[\w.\-]+\Z", _("Use only letters, digits and the characters . - _"))
        ],
    )
    # NULL, not "", for people without email: the unique constraint then ignores them (ADR 0002).
    email = models.EmailField(_("email address"), null=True, blank=True)  # noqa: DJ001
    full_name = models.CharField(_("full name"), max_length=200)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="fr"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.DEFAULT_USER_TIME_ZONE,
        validators=[validate_time_zone],
    )
    is_staff = models.BooleanField(
        _("Django admin access"),
        default=False,
        help_text=_("Lets the person open the Django admin (platform admins only)."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Deactivated people cannot sign in; their records are kept."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email", "full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(Lower("username"), name="institutions_user_username_unique"),
            models.UniqueConstraint(Lower("email"), name="institutions_user_email_unique"),
            models.CheckConstraint(
                condition=Q(username__isnull=False) | Q(email__isnull=False),
                name="institutions_user_has_login",
                violation_error_message=_("A person needs an email address or a username."),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.get_login()

    def clean(self):
        super().clean()
        self.username = (self.username or "").strip() or None
        self.email = (self.email or "").strip().lower() or None
        self.full_name = " ".join(self.full_name.split())

    def get_login(self) -> str:
        """What the person types to sign in."""
        return self.email or self.username or ""

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.get_login()


def user_display(user: User) -> str:
    return str(user)


class Ministry(models.Model):
    """A ministry (one per country and authority) whose institutions and staff form one tenant."""

    name = models.CharField(_("name"), max_length=200)
    country_code = models.CharField(
        _("country code"), max_length=2, help_text=_("Two-letter ISO 3166 code, such as ML or NE.")
    )

    class Meta:
        verbose_name = _("ministry")
        verbose_name_plural = _("ministries")
        ordering = ["country_code", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["country_code", "name"], name="institutions_ministry_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country_code})"

    def clean(self):
        self.country_code = (self.country_code or "").upper()
        if len(self.country_code) != 2 or not self.country_code.isalpha():
            raise ValidationError({"country_code": _("Enter a two-letter country code.")})


class InstitutionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Institution(models.Model):
    """A prison, pre-trial detention centre, probation service or training academy of a ministry."""

    class Kind(models.TextChoices):
        PRISON = "prison", _("Prison")
        PRE_TRIAL = "pre_trial", _("Pre-trial detention centre")
        PROBATION = "probation", _("Probation service")
        ACADEMY = "academy", _("Training academy")

    ministry = models.ForeignKey(
        Ministry, on_delete=models.PROTECT, related_name="institutions", verbose_name=_("ministry")
    )
    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(
        _("code"),
        max_length=32,
        unique=True,
        help_text=_("A short unique code, such as ML-BKO-MCA."),
        validators=[
            RegexValidator(r"^[A-Z0-9][A-Z0-9\-]*\Z", _("Use capital letters, digits and dashes."))
        ],
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PRISON)
    region = models.CharField(_("region"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Position(models.TextChoices):
    """The fixed list of positions a membership can hold."""

    PRISON_OFFICER = "prison_officer", _("Prison officer")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    SOCIAL_WORKER = "social_worker", _("Social worker")
    RELIGIOUS_COUNSELLOR = "religious_counsellor", _("Religious counsellor")
    EDUCATOR = "educator", _("Educator")
    MEDICAL_STAFF = "medical_staff", _("Medical staff")
    MANAGER = "manager", _("Manager")
    PROBATION_OFFICER = "probation_officer", _("Probation officer")
    OTHER = "other", _("Other")


class MembershipQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_at__isnull=True)

    def posted(self):
        """Current memberships of active people: the staff an institution counts today. Every
        count of staff goes through this (or `User.objects.posted`)."""
        return self.current().filter(user__is_active=True)


class Membership(models.Model):
    """One person's posting at one institution, from a start to an optional end.
    Holds personal data.

    A person has at most one current membership (no end); ended ones are kept as history.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("person"),
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("institution"),
    )
    position = models.CharField(_("position"), max_length=32, choices=Position.choices)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(ended_at__isnull=True),
                name="institutions_membership_one_current",
                violation_error_message=_("This person already has a current membership."),
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | Q(ended_at__gte=models.F("started_at")),
                name="institutions_membership_ends_after_start",
                violation_error_message=_("A membership cannot end before it starts."),
            ),
        ]
        indexes = [models.Index(fields=["institution", "ended_at"])]

    def __str__(self) -> str:
        return f"{self.user}, {self.institution} ({self.get_position_display()})"

    @property
    def is_current(self) -> bool:
        return self.ended_at is None


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Trainer")
    INSTITUTION_MANAGER = "institution_manager", _("Institution manager")
    MINISTRY_REVIEWER = "ministry_reviewer", _("Ministry reviewer")
    PLATFORM_ADMIN = "platform_admin", _("Platform admin")


# Which scope each role takes: the single source for the check constraint, forms and services.
ROLE_SCOPES: dict[str, tuple[str, ...]] = {
    Role.LEARNER: ("platform",),
    Role.TRAINER: ("ministry", "platform"),
    Role.INSTITUTION_MANAGER: ("institution",),
    Role.MINISTRY_REVIEWER: ("ministry",),
    Role.PLATFORM_ADMIN: ("platform",),
}

# The group that carries each role's permissions (created by a data migration).
ROLE_GROUPS: dict[str, str] = {
    Role.LEARNER: "Learners",
    Role.TRAINER: "Trainers",
    Role.INSTITUTION_MANAGER: "Institution managers",
    Role.MINISTRY_REVIEWER: "Ministry reviewers",
    Role.PLATFORM_ADMIN: "Platform admins",
}

# Roles that must set up a second factor before using the platform.
STAFF_ROLES = frozenset(
    {Role.TRAINER, Role.INSTITUTION_MANAGER, Role.MINISTRY_REVIEWER, Role.PLATFORM_ADMIN}
)


_WHOLE_PLATFORM_MINISTRY = _("This role covers the whole platform: leave the ministry empty.")
_WHOLE_PLATFORM_INSTITUTION = _("This role covers the whole platform: leave the institution empty.")
# What a role assignment form says on the scope field a role does not take, and on the one it needs.
SCOPE_NOT_TAKEN = {
    (Role.LEARNER, "ministry"): _WHOLE_PLATFORM_MINISTRY,
    (Role.LEARNER, "institution"): _WHOLE_PLATFORM_INSTITUTION,
    (Role.PLATFORM_ADMIN, "ministry"): _WHOLE_PLATFORM_MINISTRY,
    (Role.PLATFORM_ADMIN, "institution"): _WHOLE_PLATFORM_INSTITUTION,
    (Role.TRAINER, "institution"): _(
        "A trainer works for a ministry or for the whole platform: leave the institution empty."
    ),
    (Role.INSTITUTION_MANAGER, "ministry"): _(
        "An institution manager manages one institution: leave the ministry empty."
    ),
    (Role.MINISTRY_REVIEWER, "institution"): _(
        "A ministry reviewer reviews a whole ministry: leave the institution empty."
    ),
}
SCOPE_REQUIRED = {
    Role.INSTITUTION_MANAGER: ("institution", _("Choose the institution this person manages.")),
    Role.MINISTRY_REVIEWER: ("ministry", _("Choose the ministry this person reviews.")),
}


def _scope_condition(role: str) -> Q:
    scopes = ROLE_SCOPES[role]
    options = []
    if "platform" in scopes:
        options.append(Q(ministry__isnull=True, institution__isnull=True))
    if "ministry" in scopes:
        options.append(Q(ministry__isnull=False, institution__isnull=True))
    if "institution" in scopes:
        options.append(Q(ministry__isnull=True, institution__isnull=False))
    condition = options[0]
    for option in options[1:]:
        condition |= option
    return Q(role=role) & condition


def _all_scopes_condition() -> Q:
    condition = Q()
    for role in ROLE_SCOPES:
        condition |= _scope_condition(role)
    return condition


class RoleAssignmentQuerySet(models.QuerySet):
    def of_role(self, role: str):
        return self.filter(role=role)


class RoleAssignment(models.Model):
    """A person holds a role within a scope: a ministry, an institution, or the whole platform.

    Groups carry permissions; this row carries where they apply. Holds personal data.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="role_assignments",
        verbose_name=_("person"),
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    ministry = models.ForeignKey(
        Ministry,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("ministry"),
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("institution"),
    )
    has_staff_records_access = models.BooleanField(
        _("may view staff records"),
        default=False,
        help_text=_(
            "Lets a ministry reviewer see named staff lists of the ministry's institutions. "
            "Institution managers always see their own staff."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["role", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=_all_scopes_condition(),
                name="institutions_roleassignment_scope_matches_role",
                violation_error_message=_("This role does not take that scope."),
            ),
            models.UniqueConstraint(
                "user",
                "role",
                Coalesce("ministry", 0),
                Coalesce("institution", 0),
                name="institutions_roleassignment_unique",
                violation_error_message=_("This person already holds this role in this scope."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}, {self.get_role_display()} ({self.scope_label})"

    @property
    def scope_label(self) -> str:
        if self.institution_id:
            return str(self.institution)
        if self.ministry_id:
            return str(self.ministry)
        return str(_("whole platform"))

    def clean(self):
        # Each problem once, on the field to correct (the check constraint says the same thing
        # without a field; Django skips it once these fields have errors).
        errors = {}
        scopes = ROLE_SCOPES.get(self.role, ())
        for name in ("ministry", "institution"):
            if getattr(self, f"{name}_id") and scopes and name not in scopes:
                errors[name] = SCOPE_NOT_TAKEN[(self.role, name)]
        required = SCOPE_REQUIRED.get(self.role)
        if required and not getattr(self, f"{required[0]}_id"):
            errors.setdefault(required[0], required[1])
        if self.has_staff_records_access and self.role != Role.MINISTRY_REVIEWER:
            errors["has_staff_records_access"] = _("Only ministry reviewers take this option.")
        if errors:
            raise ValidationError(errors)


class SingleUseSecret(models.Model):
    """Shared shape of invitations and setup codes: a hashed secret, an expiry and a single use."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, verbose_name=_("person")
    )
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name}: {self.user} ({self.created_at:%Y-%m-%d})"

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and self.revoked_at is None and not self.is_expired


class Invitation(SingleUseSecret):
    """An emailed single-use link with which a person sets their password. Holds personal data."""

    class Meta(SingleUseSecret.Meta):
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        default_related_name = "invitations"


class SetupCode(SingleUseSecret):
    """A printed one-time code with which a person without email sets their password.
    Holds personal data."""

    class Meta(SingleUseSecret.Meta):
        verbose_name = _("setup code")
        verbose_name_plural = _("setup codes")
        default_related_name = "setup_codes"


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit trail is append-only.")

    def delete(self):
        raise PermissionError("The audit trail is append-only.")


class AuditEvent(models.Model):
    """One security-relevant event: who did what to which object, when and from where.

    Append-only: rows are never changed or deleted. Holds personal data (actor, IP address);
    never a password, token or code."""

    class Action(models.TextChoices):
        LOGIN_SUCCEEDED = "login_succeeded", _("Sign-in succeeded")
        LOGIN_FAILED = "login_failed", _("Sign-in failed")
        ACCOUNT_CREATED = "account_created", _("Account created")
        ROLE_ASSIGNED = "role_assigned", _("Role assigned")
        ROLE_CHANGED = "role_changed", _("Role changed")
        ROLE_REVOKED = "role_revoked", _("Role revoked")
        STAFF_IMPORTED = "staff_imported", _("Staff imported")
        INVITATION_SENT = "invitation_sent", _("Invitation sent")
        INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
        SETUP_CODES_ISSUED = "setup_codes_issued", _("Setup codes issued")
        SETUP_CODE_USED = "setup_code_used", _("Setup code used")
        PERSON_TRANSFERRED = "person_transferred", _("Person transferred")
        MEMBERSHIP_ENDED = "membership_ended", _("Membership ended")
        PERSON_DEACTIVATED = "person_deactivated", _("Account deactivated")
        DATA_EXPORTED = "data_exported", _("Data exported")
        PERSON_ERASED = "person_erased", _("Person erased")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        SECOND_FACTOR_CHANGED = "second_factor_changed", _("Second factor changed")
        PERSON_REHIRED = "person_rehired", _("Former staff member rehired")
        MOVE_REQUESTED = "move_requested", _("Move of a person requested")
        OUT_OF_SCOPE_REFUSED = "out_of_scope_refused", _("Request outside the manager's scope")

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=40, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_label = models.CharField(_("object"), max_length=255, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit trail")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.object_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit trail is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit trail is append-only.")

    def get_action_display(self) -> str:
        try:
            return str(self.Action(self.action).label)
        except ValueError:
            return self.action

    @property
    def action_label(self) -> str:
        return self.get_action_display()


def private_storage():
    """Where private files live (job results, later exports and evidence): never under the public
    media URL; they are served only through a view that checks who asks."""
    return storages["private"]


def job_result_path(job: BackgroundJob, filename: str) -> str:
    return f"jobs/{job.pk}/{filename}"


class BackgroundJob(models.Model):
    """One long piece of work run in the background for a person: a staff import today, later
    H5P extraction, the certificates ZIP and the XLSX exports. What it is, how far it got, and
    its private result until it expires. Holds personal data (its owner; its input and result
    name other people)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("In progress")
        SUCCEEDED = "succeeded", _("Done")
        FAILED = "failed", _("Failed")

    # Random, so that a job's address tells nothing and cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="background_jobs",
        verbose_name=_("owner"),
    )
    # A kind registered in institutions.jobs (no choices: higher apps add kinds).
    kind = models.CharField(_("kind"), max_length=40)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    progress_done = models.PositiveIntegerField(_("steps done"), default=0)
    progress_total = models.PositiveIntegerField(_("steps in all"), default=0)
    # What the job works on; emptied once it is finished.
    payload = models.JSONField(_("input"), default=dict, blank=True)
    # What its page shows once finished (counts, ids); the file holds the full result.
    result = models.JSONField(_("result"), default=dict, blank=True)
    result_file = models.FileField(
        _("result file"), storage=private_storage, upload_to=job_result_path, blank=True
    )
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)

    @property
    def percent(self) -> int:
        if self.status == self.Status.SUCCEEDED:
            return 100
        if not self.progress_total:
            return 0
        return min(100, 100 * self.progress_done // self.progress_total)
