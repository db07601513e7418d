"""Production: PostgreSQL, Redis cache and broker, secrets from the environment. Refuses to start
without its required secrets rather than falling back to a default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import AUTH_PASSWORD_VALIDATORS, STORAGES, env

DEBUG = False
DEMO_MODE = False

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production.")
if "DATABASE_URL" not in env.ENVIRON:
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production.")
# Rate limits and used one-time codes must be shared by every process: a Redis cache.
if not env.str("CACHE_URL", default="").startswith(("redis://", "rediss://")):
    raise ImproperlyConfigured("CACHE_URL must point at Redis (redis://...) in production.")
# Links in emails and certificates are built from SITE_URL: it must be the public address.
SITE_URL = env.str("SITE_URL", default="").rstrip("/")
if not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured("SITE_URL must be the public https:// address in production.")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = [SITE_URL]

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preload asks browsers never to reach the domain over plain HTTP, which is what a platform holding
# the identities of prison staff wants; `check --deploy` then passes with no warning silenced.
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

AUTH_PASSWORD_VALIDATORS = [
    *AUTH_PASSWORD_VALIDATORS,
    {"NAME": "institutions.validators.DemoPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
