"""The public entry of the platform: / and the site's root page under each language (/fr/, /en/)
are a real home in that language (what Passerelle is, how to sign in); the page tree's root is
called "Passerelle" in the admin."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from tests.conftest import signed_in


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "language", "heading", "sign_in"),
    [
        ("/fr/", "fr", "Formation des agents pénitentiaires", "Se connecter"),
        ("/en/", "en", "Training for prison staff", "Sign in"),
    ],
)
def test_the_root_of_each_language_is_the_platforms_home_in_that_language(
    client, url, language, heading, sign_in
):
    response = client.get(url)

    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    assert heading in page
    assert f'href="{reverse("account_login")}"' in page
    assert sign_in in page
    assert "Wagtail" not in page
    assert 'rel="stylesheet"' in page


@pytest.mark.django_db
def test_the_home_says_nothing_of_certificates_that_cannot_be_verified_yet(client):
    page = client.get("/en/").content.decode()

    assert "certificate" not in page.lower()
    assert "/verify/" not in page


def test_a_signed_in_person_at_the_language_root_sees_their_own_home(learner):
    page = signed_in(learner, language="fr").get("/en/").content.decode()

    assert "Bamako" in page
    assert '<html lang="en"' in page


@pytest.mark.django_db
def test_the_page_trees_root_is_called_passerelle(client, platform_admin):
    root = Site.objects.get(is_default_site=True).root_page

    assert root.title == "Passerelle"
    explorer = signed_in(platform_admin).get(reverse("wagtailadmin_explore_root"))
    assert "Welcome to your new Wagtail site" not in explorer.content.decode()
    assert "Passerelle" in explorer.content.decode()
