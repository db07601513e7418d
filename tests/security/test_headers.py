"""Security headers on every kind of page (SECURITY.md, Deployment)."""

import re

import pytest

SITE_PAGES = ["/", "/accounts/login/", "/fr/this-page-does-not-exist/"]


def assert_security_headers(response, *, admin=False):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = response["Content-Security-Policy"]
    assert "object-src 'none'" in csp
    assert "base-uri 'none'" in csp
    assert "unsafe-eval" not in csp
    if admin:
        assert "frame-ancestors 'self'" in csp
    else:
        assert "frame-ancestors 'none'" in csp
        script_src = next(part for part in csp.split(";") if "script-src" in part)
        assert "'unsafe-inline'" not in script_src
        assert "*" not in script_src
        assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", SITE_PAGES)
def test_anonymous_pages_carry_every_security_header(client, db, path):
    assert_security_headers(client.get(path))


def test_a_learner_page_carries_every_security_header(client, learner):
    client.force_login(learner)
    response = client.get("/profile/")
    assert response.status_code == 200
    assert_security_headers(response)


def test_the_admin_gets_its_looser_documented_policy(client, trainer):
    client.force_login(trainer)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_security_headers(response, admin=True)
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_production_sends_hsts_for_a_year_and_secure_cookies(settings, client, db):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_pages_name_no_third_party_host(client, learner):
    client.force_login(learner)
    for path in ["/", "/profile/", "/accounts/login/"]:
        html = client.get(path).content.decode()
        urls = re.findall(r"https?://[^\s\"'<>]+", html)
        assert [url for url in urls if not url.startswith("http://testserver")] == [], path


def test_the_admin_loads_nothing_from_another_host(client, trainer):
    import re

    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    loaded = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    resources = [url for url in loaded if not url.startswith("http://testserver")]
    # Links to documentation are fine; scripts, styles, fonts and images from elsewhere are not.
    scripts_or_styles = re.findall(
        r'<(?:script|link|img)[^>]+(?:src|href)="(https?://[^"]+)"', html
    )
    assert [url for url in scripts_or_styles if "testserver" not in url] == [], resources
    assert "gravatar" not in html
