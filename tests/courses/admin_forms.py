"""Helpers for tests that post Wagtail's admin forms as a browser does."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html


def form_data(browser: Client, url: str, form_id: str = "page-edit-form"):
    """What a browser would post from the admin form at `url`, before the person changes it
    (StreamFields, drawn by JavaScript, are added by the caller)."""
    response = browser.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return querydict_from_html(response.content.decode(), form_id=form_id)


def add_page_url(model, parent: Page) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def edit_page_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))
