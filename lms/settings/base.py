"""Settings shared by every environment. Values that differ between installations come from the
environment (see .env.example); each has one name and a safe default for a developer's machine."""

from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Demo accounts and `seed_demo` exist only where this is true; production settings force it off.
DEMO_MODE = False

INSTALLED_APPS = [
    # Passerelle, top layer first (imports run downward only: see docs/architecture.md)
    "reports",
    "courses",
    "content",
    "institutions",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work
    "django_celery_beat",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "institutions.middleware.UserPreferencesMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "institutions.audit.AuditContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "institutions.middleware.SessionTimeoutMiddleware",
    "institutions.middleware.RequireSecondFactorMiddleware",
    "lms.middleware.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "courses.notifications.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://passerelle")}

AUTH_USER_MODEL = "institutions.User"
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# Accounts (django-allauth). Sign-up is closed: accounts come from invitations and staff imports.
ACCOUNT_ADAPTER = "institutions.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_USER_DISPLAY = "institutions.models.user_display"
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    # Five wrong passwords for one account within 15 minutes lock it for the rest of the window.
    "login_failed": "20/15m/ip,5/15m/key",
    # Printed setup codes are typed by hand: the same limit per username.
    "setup_code": "20/15m/ip,5/15m/key",
}
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Passerelle"

# Wagtail
WAGTAIL_SITE_NAME = "Passerelle"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_I18N_ENABLED = True
# Page URLs stay ASCII (/gerer-la-defiance/, not /g%C3%A9rer-…/): readable when printed, typed or
# pasted into a message.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français"), ("en", "English")]
# A new translation of a live page starts as a draft: it is reviewed before it is published.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILIMAGES_IMAGE_MODEL = "content.LibraryImage"
# No SVG (it can carry scripts); the format is checked from the content, not the name.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Languages: French first; the interface follows the person's preferred language once signed in.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Day-first dates in English too (lms/formats/en/formats.py).
FORMAT_MODULE_PATH = ["lms.formats"]
TIME_ZONE = "UTC"
USE_TZ = True
DEFAULT_USER_TIME_ZONE = "Africa/Bamako"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Private files (background jobs' results; later exports and evidence): outside MEDIA_ROOT, never
# served by the web server, only through views that check who asks.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/private/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Email: console by default; EMAIL_URL (smtp://user:pass@host:587 and the like) in production.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Passerelle <no-reply@localhost>")

# Background work: with no broker configured, tasks run in the calling process.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:
    # Never contacted: tasks run in the calling process. Named with a host, or kombu warns
    # "No hostname was supplied" at each task (seed_demo printed it).
    CELERY_BROKER_URL = "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "requirements-daily": {
        "task": "courses.compliance.tasks.daily_requirements_pass",
        "schedule": 24 * 3600,
    },
    "due-reminders-daily": {
        "task": "courses.enrollment.tasks.send_due_reminders",
        "schedule": 24 * 3600,
    },
    "expired-jobs-daily": {
        "task": "institutions.tasks.purge_expired_jobs",
        "schedule": 24 * 3600,
    },
    "overdue-summaries-weekly": {
        "task": "courses.enrollment.tasks.send_overdue_summaries",
        "schedule": 7 * 24 * 3600,
    },
}

# Certificates (used once certificates exist): the Ed25519 private key lives outside the repository.
CERTIFICATE_SIGNING_KEY_FILE = env.str("CERTIFICATE_SIGNING_KEY_FILE", default="")
H5P_CONTENT_ORIGIN = env.str("H5P_CONTENT_ORIGIN", default="")

# Staff import limits
STAFF_IMPORT_MAX_BYTES = 5 * 1024 * 1024
STAFF_IMPORT_MAX_ROWS = 10_000
INVITATION_VALID_DAYS = 7
# Invitations one person may send: (actions, seconds). A staff import is one action.
INVITATION_RATE_LIMIT = (20, 3600)
# How long a background job's page and private result file are kept.
BACKGROUND_JOB_KEEP_DAYS = 7
SETUP_CODE_VALID_DAYS = 7

# Sessions: 12 hours at most; idle limits per role (see institutions.middleware).
SESSION_COOKIE_AGE = 12 * 3600
SESSION_ABSOLUTE_TIMEOUT = 12 * 3600
SESSION_IDLE_TIMEOUT_STAFF = 30 * 60
SESSION_IDLE_TIMEOUT_LEARNER = 2 * 3600
SESSION_ACTIVITY_WRITE_INTERVAL = 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy (django-csp). The site: no inline script or style, nonces for the rare
# script we write, nothing from another host. Wagtail's admin gets the looser policy below.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
    }
}
# Wagtail's admin writes inline scripts and styles in its templates and frames its own previews,
# so under /admin/ scripts and styles may be inline and same-origin framing is allowed. Still no
# 'unsafe-eval', no other host, no plugins.
WAGTAIL_ADMIN_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

PAGE_TITLE_SUFFIX = _("Passerelle")
