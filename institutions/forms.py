"""Forms for people and institutions. Forms parse and validate; services write."""

from __future__ import annotations

import zoneinfo

from django import forms
from django.conf import settings
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .models import Institution, Position, User

# Time zones offered in the profile: Africa first (where the platform's users are), then the rest.
_ZONES = sorted(zoneinfo.available_timezones())
TIME_ZONE_CHOICES = [(z, z) for z in _ZONES if z.startswith("Africa/")] + [
    (z, z) for z in _ZONES if not z.startswith("Africa/") and "/" in z
]
# The server's zone, which people may hold too: a form without it would change it on every save.
TIME_ZONE_CHOICES.append(("UTC", "UTC"))


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=TIME_ZONE_CHOICES)


class InviteForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(label=_("Email address"))
    position = forms.ChoiceField(label=_("Position"), choices=Position.choices)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES, initial="fr"
    )


class AddWithoutEmailForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    username = forms.CharField(
        label=_("Username or staff number"),
        max_length=150,
        help_text=_("What the person will type to sign in: letters, digits and . - _"),
    )
    position = forms.ChoiceField(label=_("Position"), choices=Position.choices)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES, initial="fr"
    )

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        User._meta.get_field("username").run_validators(username)
        return username


class StaffImportForm(forms.Form):
    file = forms.FileField(label=_("Staff file (CSV or XLSX)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, not at import: the numbers are written in the reader's language.
        self.fields["file"].help_text = _("At most %(mb)s MB and %(rows)s rows.") % {
            "mb": settings.STAFF_IMPORT_MAX_BYTES // (1024 * 1024),
            "rows": number_format(settings.STAFF_IMPORT_MAX_ROWS, force_grouping=True),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.STAFF_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB."),
                params={"mb": settings.STAFF_IMPORT_MAX_BYTES // (1024 * 1024)},
            )
        return upload


class SetupCodesForm(forms.Form):
    people = forms.ModelMultipleChoiceField(
        label=_("People"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one person.")},
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = candidates


class TransferForm(forms.Form):
    institution = forms.ModelChoiceField(label=_("Move to"), queryset=Institution.objects.none())
    position = forms.ChoiceField(
        label=_("Position at the new institution"),
        choices=[("", _("Keep the current position")), *Position.choices],
        required=False,
    )

    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = targets
        self.fields["institution"].label_from_instance = lambda i: f"{i.name} ({i.code})"


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("New password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") and cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords differ."))
        return cleaned


class SetupCodeRedeemForm(SetPasswordForm):
    username = forms.CharField(
        label=_("Username or staff number"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    code = forms.CharField(
        label=_("Setup code"),
        max_length=40,
        help_text=_("The code printed on your sheet, such as ABCD-EFGH-JKMN."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}
        ),
    )

    field_order = ["username", "code", "password1", "password2"]
