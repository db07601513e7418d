"""URL wiring. Our routes for Wagtail's and Django's admin login come before Wagtail's own, so every
password goes through django-allauth (rate limits, second factor)."""

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.urls import include, path, re_path
from django.views.defaults import page_not_found
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from institutions import views as institution_views

# Django's admin login goes through allauth too (rate limits, second factor).
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("health/", institution_views.health, name="health"),
    path("i18n/setlang/", institution_views.set_language, name="set_language"),
    path("accounts/signup/", RedirectView.as_view(pattern_name="account_login")),
    # Email addresses come from managers and invitations; there is nothing to confirm.
    re_path(r"^accounts/confirm-email/", page_not_found, {"exception": Http404()}),
    path("accounts/", include("allauth.urls")),
    # Wagtail's own login and password reset accept passwords without rate limits or a second
    # factor: send them to allauth.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path(
        "admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password", query_string=True),
    ),
    path(
        "django-admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("django-admin/", admin.site.urls),
    # Wagtail's login for restricted pages also takes passwords: allauth's page instead.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    # Documents may hold internal material: they need a signed-in person.
    path(
        "documents/<int:document_id>/<str:document_filename>",
        login_required(wagtaildocs_serve.serve),
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("institutions.urls")),
    path("", include("courses.urls")),
    path("", include("reports.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages (the course catalogue, courses, modules, curricula) live under their language's prefix
# (/fr/..., /en/...), as wagtail-localize expects; a page's language is its URL's. Other URLs
# follow the person's preferred language.
urlpatterns += i18n_patterns(
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # The site's root page (/fr/, /en/) is the platform's home in that language, as / is in the
    # visitor's own: what Passerelle is and how to sign in, or the signed-in person's home.
    path("", institution_views.home, name="home_in_language"),
    path("", include(wagtail_urls)),
)
