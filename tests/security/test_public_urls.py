"""Only the URLs on the public list (lms/public_urls.py) answer an anonymous visitor."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from lms.public_urls import PUBLIC_URL_NAMES

SAMPLES = {
    "int": "1",
    "str": "sample",
    "slug": "sample",
    "path": "sample/path",
    "uuid": str(uuid.uuid4()),
}


def _route_sample(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1) or "str", "sample"), route)


def _regex_sample(regex: str) -> str:
    text = regex.lstrip("^").rstrip("$").replace("\\Z", "")
    text = re.sub(r"\(\?P<\w+>\\d\+\)", "1", text)
    text = re.sub(r"\(\?P<\w+>[^)]*\)", "sample", text)
    text = re.sub(r"\(\?:[^)]*\)[*?]", "", text)
    text = re.sub(r"\([^)]*\)[*?]", "", text)
    text = re.sub(r"\([^)]*\)", "sample", text)
    return text.replace("\\", "")


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            part = pattern.pattern
            sample = (
                _route_sample(str(part))
                if hasattr(part, "_route")
                else _regex_sample(part.regex.pattern)
            )
            yield from walk(pattern.url_patterns, prefix + sample)
        elif isinstance(pattern, URLPattern):
            part = pattern.pattern
            sample = (
                _route_sample(str(part))
                if hasattr(part, "_route")
                else _regex_sample(part.regex.pattern)
            )
            yield "/" + prefix + sample


def all_sample_urls():
    return sorted(set(walk(get_resolver().url_patterns)))


def test_the_walk_finds_the_urls_that_matter():
    urls = all_sample_urls()
    assert "/institutions/1/" in urls
    assert "/accounts/login/" in urls
    assert any(url.startswith("/admin/") for url in urls)
    assert len(urls) > 200


@pytest.mark.django_db
def test_only_the_public_list_answers_anonymously(client, learner, bamako):
    answered = []
    for url in all_sample_urls():
        response = client.get(url)
        if 200 <= response.status_code < 300:
            try:
                name = resolve(url).url_name
            except Resolver404:
                name = None
            if name not in PUBLIC_URL_NAMES:
                answered.append((url, name, response.status_code))
    assert not answered, "\n".join(map(str, answered))


@pytest.mark.django_db
def test_protected_pages_send_anonymous_visitors_to_the_login_page(client, bamako):
    for url in ["/profile/", f"/institutions/{bamako.pk}/", "/admin/", "/django-admin/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"], url


@pytest.mark.django_db
def test_documents_need_a_signed_in_person(client):
    response = client.get("/documents/1/report.pdf")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
