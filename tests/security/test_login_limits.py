"""Rate limits and answers that do not tell whether an account exists."""

import re

from django.core import mail

from tests.conftest import PASSWORD


def login(client, login, password):
    return client.post("/accounts/login/", {"login": login, "password": password})


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def page_text(response) -> str:
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'value="[^"]*"', "", html)


def test_five_wrong_passwords_then_the_right_one_is_refused(client, learner):
    for _ in range(5):
        assert login(client, learner.email, "wrong-password-123").status_code == 200
    response = login(client, learner.email, PASSWORD)
    assert not is_signed_in(client)
    assert response.status_code in (200, 429)


def test_the_limit_also_holds_through_the_username(client, learner):
    for _ in range(5):
        login(client, learner.username, "wrong-password-123")
    login(client, learner.username, PASSWORD)
    assert not is_signed_in(client)


def test_the_right_password_works_after_a_few_mistakes(client, learner):
    for _ in range(3):
        login(client, learner.email, "wrong-password-123")
    login(client, learner.email, PASSWORD)
    assert is_signed_in(client)


def test_an_unknown_email_and_a_wrong_password_get_the_same_answer(client, learner):
    unknown = login(client, "nobody@example.org", "wrong-password-123")
    wrong = login(client, learner.email, "wrong-password-123")
    assert unknown.status_code == wrong.status_code == 200
    assert page_text(unknown) == page_text(wrong)


def test_password_reset_answers_alike_for_known_and_unknown_emails(client, learner):
    known = client.post("/accounts/password/reset/", {"email": learner.email})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code
    assert known["Location"] == unknown["Location"]
    # The known address receives the reset link; the unknown one learns nothing it can tell apart.
    assert [m.to for m in mail.outbox if learner.email in m.to]


def test_a_login_for_an_account_without_a_password_fails_like_any_other(client, bamako):
    from tests.factories import MembershipFactory

    person = MembershipFactory(institution=bamako).user
    person.set_unusable_password()
    person.save()
    response = login(client, person.email, "anything-at-all-123")
    assert response.status_code == 200
    assert not is_signed_in(client)
