"""How django-allauth behaves here: sign-up closed, each person lands on their own home, and its
e-mails speak in the platform's name."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse

from .models import Role
from .scoping import scope_of


@dataclass(frozen=True)
class Platform:
    """What allauth's e-mail templates read as `current_site`: the platform's name and public
    address, never the host a request happened to come through (an address such as 127.0.0.1)."""

    name: str
    domain: str


def platform() -> Platform:
    return Platform(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts come from invitations and staff imports only.
        return False

    def get_login_redirect_url(self, request):
        # A trainer with no other role works in the Wagtail admin; everyone else starts at home.
        if scope_of(request.user).roles == {Role.TRAINER}:
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)

    def format_email_subject(self, subject: str) -> str:
        return f"[{platform().name}] {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        super().send_mail(template_prefix, email, {**context, "current_site": platform()})
