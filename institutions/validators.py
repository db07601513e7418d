"""Password rules beyond Django's own."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEMO_PASSWORD = "passerelle-demo"  # noqa: S105 - the published demo password, refused in production


class DemoPasswordValidator:
    """Refuse the published demo password (used in production settings)."""

    def validate(self, password, user=None):
        if password == DEMO_PASSWORD:
            raise ValidationError(
                _("This password is public; choose another."), code="demo_password"
            )

    def get_help_text(self):
        return _("Your password cannot be the public demo password.")
