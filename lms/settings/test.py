"""The test suite: like dev, with a fast password hasher and in-memory email."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
DEMO_MODE = True
SECRET_KEY = "test-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Never a cache from the environment or .env: the suite clears its cache before every test, and a
# shared Redis must never be flushed by a test run. Tests of background work that need Redis
# connect to it themselves.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "passerelle-test",
    }
}
CELERY_BROKER_URL = "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/passerelle-test-media")  # noqa: S108
PRIVATE_MEDIA_ROOT = env.path(
    "PRIVATE_MEDIA_ROOT",
    default="/tmp/passerelle-test-private-media",  # noqa: S108
)
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {
        **STORAGES["private"],  # noqa: F405
        "OPTIONS": {**STORAGES["private"]["OPTIONS"], "location": PRIVATE_MEDIA_ROOT},  # noqa: F405
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
