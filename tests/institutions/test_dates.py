"""English pages write dates day first (11 January 2026, 11/01/2026): the platform's English
readers are not in the United States. French pages keep French dates."""

from datetime import UTC, datetime

import pytest
from django.utils import formats, translation

POSTED_ON = datetime(2026, 1, 11, 9, 30, tzinfo=UTC)


@pytest.fixture
def posted_learner(learner):
    learner.memberships.update(started_at=POSTED_ON)
    return learner


def test_the_home_page_in_english_writes_the_posting_date_day_first(sign_in, posted_learner):
    page = sign_in(posted_learner, language="en").get("/").content.decode()

    assert "11 January 2026" in page
    assert "January 11" not in page


def test_the_home_page_in_french_writes_the_posting_date_in_french(sign_in, posted_learner):
    page = sign_in(posted_learner, language="fr").get("/").content.decode()

    assert "11 janvier 2026" in page


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SHORT_DATE_FORMAT", "11/01/2026"),
        ("DATE_FORMAT", "11 January 2026"),
        ("SHORT_DATETIME_FORMAT", "11/01/2026 09:30"),
    ],
)
def test_every_english_date_format_puts_the_day_first(name, expected):
    with translation.override("en"):
        assert formats.date_format(POSTED_ON, name) == expected
