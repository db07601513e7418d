"""The privacy registry: every model that holds personal data, how it is exported and how it is
erased. `export_person` and `erase_person` read it; a test fails when a model with a foreign key
to the user is missing.

Erasure pseudonymises rather than deletes the person: the User row stays (so figures, history and
issued certificates keep their meaning) but loses everything that identifies them. Rows of other
models are then either deleted (they only served the person) or kept, pointing at the
pseudonymous account."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from . import audit
from .models import AuditEvent, User
from .scoping import forget_scope

OnErase = Literal["delete", "keep"]


@dataclass(frozen=True)
class Entry:
    """One model holding personal data: the fields pointing at the person, what export leaves
    out (secrets), and what erasure does with the rows."""

    label: str  # "app_label.ModelName"
    user_fields: tuple[str, ...]
    on_erase: OnErase
    exclude: tuple[str, ...] = ()
    why: str = ""


REGISTRY: dict[str, Entry] = {}


def register(entry: Entry) -> None:
    REGISTRY[entry.label.lower()] = entry


# Our own models
register(Entry("institutions.User", ("id",), "keep", ("password",), "pseudonymised in place"))
register(Entry("institutions.Membership", ("user",), "keep", why="staff figures stay correct"))
register(Entry("institutions.RoleAssignment", ("user",), "delete"))
register(Entry("institutions.Invitation", ("user", "created_by"), "delete", ("secret_hash",)))
register(Entry("institutions.SetupCode", ("user", "created_by"), "delete", ("secret_hash",)))
register(Entry("institutions.AuditEvent", ("actor",), "keep", why="append-only trail"))
register(
    Entry(
        "institutions.BackgroundJob",
        ("owner",),
        "delete",
        ("payload",),
        "the input names other people (an import's rows); files go with the erase hook",
    )
)
# Accounts
register(Entry("account.EmailAddress", ("user",), "delete"))
register(Entry("mfa.Authenticator", ("user",), "delete", ("data",)))
# Wagtail and Django: authorship records, kept and pointing at the pseudonymous account
for label, user_fields, on_erase in [
    ("wagtailusers.UserProfile", ("user",), "delete"),
    ("wagtailcore.Page", ("owner", "locked_by"), "keep"),
    ("wagtailcore.Revision", ("user",), "keep"),
    ("wagtailcore.PageLogEntry", ("user",), "keep"),
    ("wagtailcore.ModelLogEntry", ("user",), "keep"),
    ("wagtailcore.WorkflowState", ("requested_by",), "keep"),
    ("wagtailcore.TaskState", ("finished_by",), "keep"),
    ("wagtailcore.Comment", ("user", "resolved_by"), "keep"),
    ("wagtailcore.CommentReply", ("user",), "keep"),
    ("wagtailcore.PageSubscription", ("user",), "delete"),
    ("wagtailcore.UploadedFile", ("uploaded_by_user",), "delete"),
    ("wagtailimages.Image", ("uploaded_by_user",), "keep"),
    ("wagtaildocs.Document", ("uploaded_by_user",), "keep"),
    ("wagtailadmin.EditingSession", ("user",), "delete"),
    ("wagtailadmin.FormState", ("user",), "delete"),
    ("wagtailcore.APIToken", ("user",), "delete"),
    ("wagtail_localize.SegmentOverride", ("last_translated_by",), "keep"),
    ("wagtail_localize.StringTranslation", ("last_translated_by",), "keep"),
    ("admin.LogEntry", ("user",), "keep"),
]:
    register(Entry(label, user_fields, on_erase))


def user_foreign_keys() -> dict[str, list[str]]:
    """Every installed model with a foreign key or one-to-one field to the user model."""
    found: dict[str, list[str]] = {}
    for model in apps.get_models(include_auto_created=False):
        for model_field in model._meta.get_fields():
            if (
                isinstance(model_field, models.ForeignKey | models.OneToOneField)
                and model_field.related_model is User
            ):
                found.setdefault(model._meta.label_lower, []).append(model_field.name)
    return found


def _user_lookups(model, entry: Entry) -> list[str]:
    """The lookups that reach the person: direct foreign keys, or paths such as
    `progress__enrollment__learner` for rows that hang off another registered row."""
    names = []
    for name in entry.user_fields:
        if name == "id":
            continue
        if "__" in name:
            names.append(name)
            continue
        model_field = model._meta.get_field(name)
        if getattr(model_field, "related_model", None) is User:
            names.append(name)
    return names


def _rows_of(model, entry: Entry, user: User) -> models.QuerySet:
    if model is User:
        return User.objects.filter(pk=user.pk)
    condition = models.Q()
    for name in _user_lookups(model, entry):
        condition |= models.Q(**{name: user})
    if not condition:
        return model._default_manager.none()
    return model._default_manager.filter(condition)


def _serialise(instance: models.Model, exclude: tuple[str, ...]) -> dict:
    data = model_to_dict(instance, exclude=exclude)
    for key, value in list(data.items()):
        if isinstance(value, list):  # many-to-many: keep ids
            data[key] = [getattr(item, "pk", item) for item in value]
        elif isinstance(value, models.Model):
            data[key] = value.pk
        elif hasattr(value, "name") and hasattr(value, "url"):  # files: the stored name
            data[key] = value.name or None
    data["id"] = instance.pk
    return data


def export_person(*, user: User, exported_by: User | None = None) -> dict:
    """Everything held about a person, one list of rows per registered model."""
    export: dict = {
        "person": user.pk,
        "exported_at": timezone.now().isoformat(),
        "data": {},
    }
    for entry in REGISTRY.values():
        try:
            model = apps.get_model(entry.label)
        except LookupError:
            continue
        rows = [_serialise(row, entry.exclude) for row in _rows_of(model, entry, user)]
        if rows:
            export["data"][model._meta.label] = rows
    audit.record(
        action=AuditEvent.Action.DATA_EXPORTED,
        actor=exported_by,
        target=user,
        details={"kind": "person", "models": sorted(export["data"])},
    )
    return json.loads(json.dumps(export, cls=DjangoJSONEncoder))


def masked_name(full_name: str) -> str:
    """The masked form shown where a name must stay recognisable to its owner only: initials."""
    parts = [part for part in full_name.split() if part]
    return " ".join(f"{part[0]}." for part in parts) or "—"


def name_hash(full_name: str) -> str:
    """A salted hash of the name, so a certificate's printed name can still be checked."""
    salt = settings.SECRET_KEY.encode()
    return hashlib.sha256(salt + full_name.encode()).hexdigest()


ERASE_HOOKS: list[Callable[[User], None]] = []


def register_erase_hook(hook: Callable[[User], None]) -> None:
    """Higher layers (certificates) add what erasure must do with their rows."""
    ERASE_HOOKS.append(hook)


@transaction.atomic
def erase_person(*, user: User, erased_by: User | None = None) -> User:
    """Pseudonymise a person: no name, email, username or password left; sessions ended; rows
    that only served them deleted; figures and history kept."""
    for hook in ERASE_HOOKS:
        hook(user)
    for entry in REGISTRY.values():
        if entry.on_erase != "delete":
            continue
        try:
            model = apps.get_model(entry.label)
        except LookupError:
            continue
        _rows_of(model, entry, user).delete()
    user.full_name = f"Erased person {user.pk}"
    user.email = None
    user.username = f"erased-{user.pk}"
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    forget_scope(user)
    _end_sessions(user)
    audit.record(action=AuditEvent.Action.PERSON_ERASED, actor=erased_by, target=user)
    return user


def _end_sessions(user: User) -> None:
    """Database sessions of the person (the default session engine)."""
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()


__all__ = [
    "REGISTRY",
    "Entry",
    "erase_person",
    "export_person",
    "masked_name",
    "name_hash",
    "register",
    "register_erase_hook",
    "user_foreign_keys",
]
