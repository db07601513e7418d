"""Staff roles must set up and use a second factor; every login path goes through allauth."""

import pytest
from allauth.mfa.models import Authenticator

from institutions import services
from institutions.models import Role
from tests.conftest import PASSWORD, TOTP_SECRET, enroll_totp, totp_code
from tests.factories import UserFactory


@pytest.fixture
def reviewer_without_mfa(mali):
    user = UserFactory(username="new-reviewer", email="new-reviewer@example.org")
    services.assign_role(user=user, role=Role.MINISTRY_REVIEWER, ministry=mali)
    return user


@pytest.mark.parametrize(
    "path", ["/", "/profile/", "/institutions/1/", "/admin/", "/accounts/password/change/"]
)
def test_a_reviewer_without_a_second_factor_is_sent_to_the_setup_page(
    client, reviewer_without_mfa, bamako, path
):
    client.force_login(reviewer_without_mfa)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_the_setup_page_itself_is_reachable_without_a_second_factor(client, reviewer_without_mfa):
    client.force_login(reviewer_without_mfa)
    response = client.get("/accounts/2fa/totp/activate/", follow=True)
    # allauth asks to confirm the password before showing the secret
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/accounts/reauthenticate/")


def test_a_learner_needs_no_second_factor(client, learner):
    client.force_login(learner)
    assert client.get("/profile/").status_code == 200


def test_once_set_up_the_reviewer_reaches_their_home(client, reviewer_without_mfa):
    enroll_totp(reviewer_without_mfa)
    client.force_login(reviewer_without_mfa)
    assert client.get("/").status_code == 200


def login(client, login, password=PASSWORD):
    return client.post("/accounts/login/", {"login": login, "password": password})


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_a_staff_login_asks_for_the_code_before_signing_in(client, manager):
    response = login(client, manager.email)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert not is_signed_in(client)
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(TOTP_SECRET)})
    assert response.status_code == 302
    assert is_signed_in(client)


def test_a_used_code_is_refused_the_second_time(client, manager):
    code = totp_code(TOTP_SECRET)
    login(client, manager.email)
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert is_signed_in(client)
    client.logout()
    login(client, manager.email)
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200  # the form again, with an error
    assert not is_signed_in(client)


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_posting_valid_credentials_to_an_admin_login_gives_no_session(client, platform_admin, path):
    response = client.post(
        path, {"username": platform_admin.username, "password": PASSWORD}, follow=False
    )
    assert response.status_code in (301, 302)
    assert response["Location"].startswith("/accounts/login/")
    assert not is_signed_in(client)


def test_admin_password_reset_leads_to_allauth(client, db):
    response = client.get("/admin/password_reset/")
    assert response.status_code in (301, 302)
    assert response["Location"].startswith("/accounts/password/reset/")


@pytest.mark.parametrize("persona", ["learner", "ministry_reviewer"])
@pytest.mark.parametrize("path", ["/admin/", "/django-admin/"])
def test_learners_and_reviewers_get_403_from_the_admins(client, request, persona, path):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(path).status_code == 403


def test_a_platform_admin_reaches_both_admins(client, platform_admin):
    client.force_login(platform_admin)
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


def test_a_learner_may_opt_in_to_a_second_factor(client, learner):
    enroll_totp(learner)
    response = login(client, learner.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert Authenticator.objects.filter(user=learner).exists()


def test_every_url_sends_a_reviewer_without_a_second_factor_to_the_setup(
    client, reviewer_without_mfa, bamako
):
    from institutions.middleware import RequireSecondFactorMiddleware
    from tests.security.test_public_urls import all_sample_urls

    allowed = RequireSecondFactorMiddleware.ALLOWED_PREFIXES
    client.force_login(reviewer_without_mfa)
    leaks = []
    for url in all_sample_urls():
        if url.startswith(allowed) or url in RequireSecondFactorMiddleware.ALLOWED_PATHS:
            continue
        response = client.get(url)
        if response.status_code != 302 or response["Location"] != "/accounts/2fa/totp/activate/":
            leaks.append((url, response.status_code))
    assert not leaks, leaks
