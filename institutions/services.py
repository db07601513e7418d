"""Writes for people and institutions. Views, commands, tasks and tests call these; nothing else
creates people, memberships, roles, invitations or setup codes."""

from __future__ import annotations

import hashlib
import math
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import audit, emails, listeners
from .models import (
    ROLE_GROUPS,
    AuditEvent,
    Institution,
    Invitation,
    Membership,
    Ministry,
    Role,
    RoleAssignment,
    SetupCode,
    User,
)
from .scoping import can_manage, forget_scope, scope_of

# Setup codes are typed from paper: no 0/O, 1/I/L, and grouped by four.
SETUP_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SETUP_CODE_LENGTH = 12


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_setup_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_setup_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


class InvalidSecret(Exception):
    """An invitation link or setup code that is unknown, expired, used or revoked."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "unknown", "expired" or "used"


@dataclass(frozen=True)
class PersonDetails:
    """What is needed to create a person at an institution (from a form or an import row)."""

    full_name: str
    position: str
    email: str | None = None
    username: str | None = None
    preferred_language: str = "fr"
    started_at: datetime | None = None  # when the posting began, if not today


def _require_manager(actor: User, institution: Institution) -> None:
    if not can_manage(actor, institution):
        raise PermissionDenied(_("You do not manage this institution."))


@transaction.atomic
def create_people(
    *,
    people: Iterable[tuple[PersonDetails, Institution]],
    created_by: User,
    invite: bool = True,
) -> list[User]:
    """Create learners' accounts without a password, each with a current membership; all or none.

    Uniqueness is checked by the database constraints, so a race with another import fails whole.
    People with an email address are sent an invitation once the transaction commits."""
    people = list(people)
    for institution in {institution for _details, institution in people}:
        _require_manager(created_by, institution)
    users = []
    for details, _institution in people:
        user = User(
            email=details.email or None,
            username=details.username or None,
            full_name=details.full_name,
            preferred_language=details.preferred_language,
        )
        user.set_unusable_password()
        user.full_clean(validate_unique=False, validate_constraints=False)
        users.append(user)
    users = User.objects.bulk_create(users, batch_size=500)
    Membership.objects.bulk_create(
        [
            Membership(
                user=user,
                institution=institution,
                position=details.position,
                started_at=details.started_at or timezone.now(),
            )
            for user, (details, institution) in zip(users, people, strict=True)
        ],
        batch_size=500,
    )
    RoleAssignment.objects.bulk_create(
        [RoleAssignment(user=user, role=Role.LEARNER) for user in users], batch_size=500
    )
    Group.objects.get_or_create(name=ROLE_GROUPS[Role.LEARNER])[0].user_set.add(*users)
    listeners.membership_changed(user.pk for user in users)
    invitees = [user.pk for user in users if user.email]
    if invitees and invite:
        from .tasks import send_invitations

        transaction.on_commit(
            lambda: send_invitations.delay(user_ids=invitees, created_by_id=created_by.pk)
        )
    return users


# --- people who already have an account ----------------------------------------------------------


class InvitationLimitReached(ValidationError):
    """The person sent as many invitations as allowed for now (INVITATION_RATE_LIMIT)."""


def consume_invitation_allowance(*, actor: User) -> None:
    """Count one action that sends invitations (one invitation, or a whole staff import) against
    the actor's allowance, or refuse with InvitationLimitReached before anything is written. The
    count lives in the shared cache, so every process sees it."""
    limit, window = settings.INVITATION_RATE_LIMIT
    started = int(time.time() // window) * window
    key = f"passerelle:invitations:{actor.pk}:{started}"
    cache.add(key, 0, window)
    if cache.incr(key) > limit:
        minutes = max(1, math.ceil((started + window - time.time()) / 60))
        raise InvitationLimitReached(
            ngettext(
                "You have sent many invitations in a short time. Try again in %(minutes)s "
                "minute, or import a file: a whole import counts as one.",
                "You have sent many invitations in a short time. Try again in %(minutes)s "
                "minutes, or import a file: a whole import counts as one.",
                minutes,
            )
            % {"minutes": minutes}
        )


@dataclass(frozen=True)
class Existing:
    """What an e-mail address or username already in use means for a manager adding staff:
    `here` (a current member of an institution they manage), `former` (their last posting was at
    an institution they manage: they may be rehired) or `elsewhere` (anything else, which a
    manager is never told more about)."""

    user: User
    status: str  # "here", "former" or "elsewhere"


def existing_people(*, actor: User, emails=(), usernames=()) -> dict[tuple[str, str], Existing]:
    """Accounts already holding these e-mail addresses or usernames, keyed by ("email", address)
    and ("username", name), both lower case, with what they mean for `actor`. Queries: 1 (none
    for nothing to look up), whatever the number of addresses."""
    emails = {email.lower() for email in emails if email}
    usernames = {username.lower() for username in usernames if username}
    if not emails and not usernames:
        return {}
    latest = Membership.objects.filter(user=OuterRef("pk")).order_by("-started_at", "-pk")
    people = (
        User.objects.annotate(
            login_email=Lower("email"),
            login_username=Lower("username"),
            last_institution_id=Subquery(latest.values("institution_id")[:1]),
            last_ended_at=Subquery(latest.values("ended_at")[:1]),
        )
        .filter(Q(login_email__in=emails) | Q(login_username__in=usernames))
        .only("id", "full_name", "email", "username", "password", "is_active")
    )
    managed = scope_of(actor)
    found: dict[tuple[str, str], Existing] = {}
    for person in people:
        in_scope = managed.is_platform_admin or (
            person.last_institution_id in managed.managed_institution_ids
        )
        if person.last_institution_id is None or not in_scope:
            status = "elsewhere"
        elif person.last_ended_at is None:
            status = "here"
        else:
            status = "former"
        existing = Existing(user=person, status=status)
        if person.login_email in emails:
            found[("email", person.login_email)] = existing
        if person.login_username in usernames:
            found[("username", person.login_username)] = existing
    return found


def neutral_refusal() -> str:
    """What a manager is told about a login already held by someone outside their scope: the
    same words whoever and wherever that person is (another ministry, another prison, a trainer)."""
    return _(
        "This person cannot be added from here. The platform administrators have been asked to "
        "check and, if it is right, move them to your institution."
    )


def request_move(
    *, people: Iterable[User], institution: Institution | None, requested_by: User
) -> None:
    """Tell the platform admins, in the audit trail, that a manager asked to add people whose
    login is held outside the manager's scope. One event per person and day."""
    people = list(people)
    since = timezone.now() - timedelta(days=1)
    already = set(
        AuditEvent.objects.filter(
            action=AuditEvent.Action.MOVE_REQUESTED,
            actor=requested_by,
            object_type=User._meta.label_lower,
            object_id__in=[str(person.pk) for person in people],
            created_at__gte=since,
        ).values_list("object_id", flat=True)
    )
    for person in people:
        if str(person.pk) in already:
            continue
        audit.record(
            action=AuditEvent.Action.MOVE_REQUESTED,
            actor=requested_by,
            target=person,
            details={"to_institution": institution.code if institution else ""},
        )


def refuse_out_of_scope(*, requested_by: User, what: str, values: Iterable[str]) -> None:
    """Record, for the platform admins, a manager's request that named something outside their
    scope (another ministry's institution code, say); the manager is told nothing more."""
    audit.record(
        action=AuditEvent.Action.OUT_OF_SCOPE_REFUSED,
        actor=requested_by,
        details={what: sorted(values)},
    )


@transaction.atomic
def rehire_person(
    *,
    user: User,
    institution: Institution,
    position: str,
    rehired_by: User,
    started_at: datetime | None = None,
    invite: bool = True,
) -> Membership:
    """A former staff member joins again: a new current membership (the earlier ones stay, with
    their training history), the account active again. Only for someone whose last posting was
    at an institution the actor manages; anyone else goes through the platform admin."""
    _require_manager(rehired_by, institution)
    last = Membership.objects.filter(user=user).order_by("-started_at", "-pk").first()
    if last is None or last.ended_at is None or not can_manage(rehired_by, last.institution):
        raise PermissionDenied(_("You do not manage this person."))
    membership = Membership.objects.create(
        user=user,
        institution=institution,
        position=position,
        started_at=max(started_at or timezone.now(), last.ended_at),
    )
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    if not RoleAssignment.objects.filter(user=user, role=Role.LEARNER).exists():
        assign_role(user=user, role=Role.LEARNER, assigned_by=rehired_by)
    listeners.membership_changed([user.pk])
    audit.record(
        action=AuditEvent.Action.PERSON_REHIRED,
        actor=rehired_by,
        target=user,
        details={"institution": institution.code, "position": position},
    )
    if invite and user.email and not user.has_usable_password():
        send_invitation(user=user, created_by=rehired_by)
    return membership


@dataclass(frozen=True)
class Added:
    """What adding one person did: created a new account or rehired a former staff member."""

    user: User
    rehired: bool = False


def add_person(*, details: PersonDetails, institution: Institution, created_by: User) -> Added:
    """Add one person to the institution from a manager's form: a new account (invited when it
    has an e-mail address), or a former staff member rehired. A login held by a current member
    is a field error; one held outside the manager's scope gets the neutral answer and becomes a
    request to the platform admins. Nothing is written when it raises."""
    _require_manager(created_by, institution)
    found = existing_people(
        actor=created_by, emails=[details.email or ""], usernames=[details.username or ""]
    )
    email = found.get(("email", (details.email or "").strip().lower()))
    username = found.get(("username", (details.username or "").strip().lower()))
    people = {existing.user.pk: existing for existing in (email, username) if existing}
    if len(people) > 1:
        # Two accounts: not one person to rehire. Nothing said about where they are.
        raise ValidationError({"email": neutral_refusal()})
    if people:
        [existing] = people.values()
        field = "email" if email else "username"
        if existing.status == "here":
            raise ValidationError(
                {field: _("%(name)s already works at your institution.") % {"name": existing.user}}
            )
        if existing.status == "elsewhere":
            request_move(people=[existing.user], institution=institution, requested_by=created_by)
            raise ValidationError({field: neutral_refusal()})
        if existing.user.email and not existing.user.has_usable_password():
            consume_invitation_allowance(actor=created_by)
        rehire_person(
            user=existing.user,
            institution=institution,
            position=details.position,
            rehired_by=created_by,
        )
        return Added(user=existing.user, rehired=True)
    probe = User(email=details.email or None, username=details.username or None)
    probe.validate_constraints()
    if details.email:
        consume_invitation_allowance(actor=created_by)
    user = create_people(people=[(details, institution)], created_by=created_by)[0]
    audit.record(
        action=AuditEvent.Action.ACCOUNT_CREATED,
        actor=created_by,
        target=user,
        details={"institution": institution.code, "position": details.position},
    )
    return Added(user=user)


@transaction.atomic
def send_invitation(*, user: User, created_by: User | None) -> Invitation:
    """Send (or send again) an invitation link; earlier unused links stop working."""
    if not user.email:
        raise ValidationError(_("This person has no email address."))
    now = timezone.now()
    Invitation.objects.filter(user=user, used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=now
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=user,
        secret_hash=hash_secret(token),
        created_by=created_by,
        expires_at=now + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    transaction.on_commit(lambda: emails.send_invitation_email(user=user, token=token))
    audit.record(action=AuditEvent.Action.INVITATION_SENT, actor=created_by, target=user)
    return invitation


def find_invitation(token: str) -> Invitation:
    """The usable invitation for a link's token, or InvalidSecret saying why not."""
    invitation = (
        Invitation.objects.select_related("user").filter(secret_hash=hash_secret(token)).first()
    )
    return _check_usable(invitation)


def _check_usable(secret):
    if secret is None or not secret.user.is_active:
        raise InvalidSecret("unknown")
    if secret.used_at is not None or secret.revoked_at is not None:
        raise InvalidSecret("used")
    if secret.is_expired:
        raise InvalidSecret("expired")
    return secret


@transaction.atomic
def accept_invitation(*, token: str, password: str) -> User:
    """Set the invited person's password; the link then stops working."""
    invitation = _check_usable(
        Invitation.objects.select_for_update()
        .select_related("user")
        .filter(secret_hash=hash_secret(token))
        .first()
    )
    user = _use_secret(invitation, password)
    audit.record(action=AuditEvent.Action.INVITATION_ACCEPTED, actor=user, target=user)
    return user


def _use_secret(secret, password: str) -> User:
    user = secret.user
    validate_password(password, user=user)
    user.set_password(password)
    user.save(update_fields=["password"])
    secret.used_at = timezone.now()
    secret.save(update_fields=["used_at"])
    return user


@transaction.atomic
def issue_setup_codes(*, users: Iterable[User], created_by: User) -> list[tuple[User, str]]:
    """Print-once codes for people without email; each replaces the person's earlier codes."""
    users = list(users)
    now = timezone.now()
    for user in users:
        membership = user.memberships.current().select_related("institution").first()
        if membership is None:
            raise ValidationError(_("%(name)s has no current membership.") % {"name": user})
        _require_manager(created_by, membership.institution)
        if not user.username:
            raise ValidationError(
                _("%(name)s has no username to sign in with; add one first.") % {"name": user}
            )
    SetupCode.objects.filter(user__in=users, used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=now
    )
    issued = []
    for user in users:
        code = "".join(secrets.choice(SETUP_CODE_ALPHABET) for _ in range(SETUP_CODE_LENGTH))
        SetupCode.objects.create(
            user=user,
            secret_hash=hash_secret(code),
            created_by=created_by,
            expires_at=now + timedelta(days=settings.SETUP_CODE_VALID_DAYS),
        )
        issued.append((user, format_setup_code(code)))
        audit.record(action=AuditEvent.Action.SETUP_CODES_ISSUED, actor=created_by, target=user)
    return issued


@transaction.atomic
def redeem_setup_code(*, username: str, code: str, password: str) -> User:
    """Set a password with a printed code. The code must belong to the username typed."""
    setup_code = (
        SetupCode.objects.select_for_update()
        .select_related("user")
        .filter(secret_hash=hash_secret(normalise_setup_code(code)))
        .first()
    )
    if setup_code is not None and (setup_code.user.username or "").lower() != username.lower():
        setup_code = None
    user = _use_secret(_check_usable(setup_code), password)
    audit.record(action=AuditEvent.Action.SETUP_CODE_USED, actor=user, target=user)
    return user


@transaction.atomic
def end_membership(*, user: User, ended_by: User) -> Membership:
    """End the person's current membership (they leave the institution); the record is kept."""
    membership = (
        Membership.objects.select_for_update()
        .select_related("institution")
        .filter(user=user, ended_at__isnull=True)
        .first()
    )
    if membership is None:
        raise ValidationError(_("This person has no current membership."))
    _require_manager(ended_by, membership.institution)
    membership.ended_at = timezone.now()
    membership.save(update_fields=["ended_at"])
    listeners.membership_changed([user.pk])
    audit.record(
        action=AuditEvent.Action.MEMBERSHIP_ENDED,
        actor=ended_by,
        target=user,
        details={"institution": membership.institution.code},
    )
    return membership


@transaction.atomic
def transfer_person(
    *, user: User, to_institution: Institution, moved_by: User, position: str | None = None
) -> Membership:
    """Move a person to another institution of the same ministry, keeping the old membership."""
    current = (
        Membership.objects.select_for_update()
        .select_related("institution")
        .filter(user=user, ended_at__isnull=True)
        .first()
    )
    if current is None:
        raise ValidationError(_("This person has no current membership."))
    _require_manager(moved_by, current.institution)
    if to_institution.ministry_id != current.institution.ministry_id:
        raise ValidationError(_("People can only move between institutions of the same ministry."))
    if to_institution.pk == current.institution_id:
        raise ValidationError(_("This person already works at this institution."))
    if not to_institution.is_active:
        raise ValidationError(_("This institution is not active."))
    now = timezone.now()
    current.ended_at = now
    current.save(update_fields=["ended_at"])
    membership = Membership.objects.create(
        user=user,
        institution=to_institution,
        position=position or current.position,
        started_at=now,
    )
    listeners.membership_changed([user.pk])
    audit.record(
        action=AuditEvent.Action.PERSON_TRANSFERRED,
        actor=moved_by,
        target=user,
        details={"from": current.institution.code, "to": to_institution.code},
    )
    return membership


@transaction.atomic
def deactivate_person(*, user: User, deactivated_by: User) -> User:
    """Stop the person from signing in; their records stay for history and figures."""
    membership = user.memberships.current().select_related("institution").first()
    if membership is None or not can_manage(deactivated_by, membership.institution):
        raise PermissionDenied(_("You do not manage this person."))
    if user.pk == deactivated_by.pk:
        raise ValidationError(_("You cannot deactivate your own account."))
    user.is_active = False
    user.save(update_fields=["is_active"])
    Invitation.objects.filter(user=user, used_at__isnull=True).update(revoked_at=timezone.now())
    SetupCode.objects.filter(user=user, used_at__isnull=True).update(revoked_at=timezone.now())
    listeners.membership_changed([user.pk])
    audit.record(action=AuditEvent.Action.PERSON_DEACTIVATED, actor=deactivated_by, target=user)
    return user


def sync_role_groups(*, user: User) -> None:
    """Make the person's groups match the roles they hold (groups carry permissions only)."""
    held = set(RoleAssignment.objects.filter(user=user).values_list("role", flat=True))
    role_groups = {
        role: Group.objects.get_or_create(name=name)[0] for role, name in ROLE_GROUPS.items()
    }
    user.groups.remove(*[g for role, g in role_groups.items() if role not in held])
    user.groups.add(*[g for role, g in role_groups.items() if role in held])
    is_staff = Role.PLATFORM_ADMIN in held
    if user.is_staff != is_staff:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    forget_scope(user)


@transaction.atomic
def assign_role(
    *,
    user: User,
    role: str,
    ministry: Ministry | None = None,
    institution: Institution | None = None,
    has_staff_records_access: bool = False,
    assigned_by: User | None = None,
) -> RoleAssignment:
    """Give a person a role in a scope. Idempotent: the same role and scope twice is one row."""
    assignment, created = RoleAssignment.objects.get_or_create(
        user=user,
        role=role,
        ministry=ministry,
        institution=institution,
        defaults={"has_staff_records_access": has_staff_records_access},
    )
    if created:
        assignment.full_clean()
        _record_role(AuditEvent.Action.ROLE_ASSIGNED, assignment, assigned_by)
    elif assignment.has_staff_records_access != has_staff_records_access:
        assignment.has_staff_records_access = has_staff_records_access
        assignment.full_clean()
        assignment.save(update_fields=["has_staff_records_access"])
        _record_role(AuditEvent.Action.ROLE_CHANGED, assignment, assigned_by)
    sync_role_groups(user=user)
    return assignment


def _record_role(action: str, assignment: RoleAssignment, actor: User | None) -> None:
    audit.record(
        action=action,
        actor=actor,
        target=assignment.user,
        details={
            "role": assignment.role,
            "scope": assignment.scope_label,
            "staff_records": assignment.has_staff_records_access,
        },
    )


@transaction.atomic
def save_role_assignment(
    *, assignment: RoleAssignment, saved_by: User | None = None
) -> RoleAssignment:
    """Create or change a role assignment from the admin, keeping groups in step."""
    previous_user_id = (
        RoleAssignment.objects.filter(pk=assignment.pk).values_list("user_id", flat=True).first()
        if assignment.pk
        else None
    )
    assignment.full_clean()
    is_new = assignment.pk is None
    assignment.save()
    _record_role(
        AuditEvent.Action.ROLE_ASSIGNED if is_new else AuditEvent.Action.ROLE_CHANGED,
        assignment,
        saved_by,
    )
    sync_role_groups(user=assignment.user)
    if previous_user_id and previous_user_id != assignment.user_id:
        sync_role_groups(user=User.objects.get(pk=previous_user_id))
    return assignment


@transaction.atomic
def revoke_role(*, assignment: RoleAssignment, revoked_by: User | None = None) -> None:
    user = assignment.user
    _record_role(AuditEvent.Action.ROLE_REVOKED, assignment, revoked_by)
    assignment.delete()
    sync_role_groups(user=user)


def update_profile(*, user: User, full_name: str, preferred_language: str, time_zone: str) -> User:
    user.full_name = full_name
    user.preferred_language = preferred_language
    user.time_zone = time_zone
    user.full_clean(exclude=["password"])
    user.save(update_fields=["full_name", "preferred_language", "time_zone"])
    return user


@transaction.atomic
def create_account(*, user: User, created_by: User) -> User:
    """Create an account with no institution (a trainer, a reviewer, an admin), invited by email
    when it has one; roles are then given as role assignments."""
    user.set_unusable_password()
    user.full_clean()
    if user.email:
        consume_invitation_allowance(actor=created_by)
    user.save()
    audit.record(action=AuditEvent.Action.ACCOUNT_CREATED, actor=created_by, target=user)
    if user.email:
        send_invitation(user=user, created_by=created_by)
    return user
