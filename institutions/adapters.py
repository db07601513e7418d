"""How django-allauth behaves here: sign-up closed, and each person lands on their own home."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .models import Role
from .scoping import scope_of


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts come from invitations and staff imports only.
        return False

    def get_login_redirect_url(self, request):
        # A trainer with no other role works in the Wagtail admin; everyone else starts at home.
        if scope_of(request.user).roles == {Role.TRAINER}:
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)
