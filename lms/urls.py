"""URL wiring. Our routes for Wagtail's and Django's admin login come before Wagtail's own, so every
password goes through django-allauth (rate limits, second factor)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from institutions import views as institution_views

urlpatterns = [
    path("health/", institution_views.health, name="health"),
    path("i18n/setlang/", institution_views.set_language, name="set_language"),
    path("accounts/signup/", RedirectView.as_view(pattern_name="account_login")),
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
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("institutions.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
