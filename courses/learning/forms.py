"""Forms of the learner's pages. Forms parse and validate; services write."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your note"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Write your note before saving."),
            "max_length": _("Keep your note under 10,000 characters."),
        },
    )
