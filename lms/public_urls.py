"""The URLs that answer without signing in: the one list that tests and reviews read.

Everything else sends an anonymous visitor to the login page (or answers 401 for the API).
Static files (WhiteNoise), image files and renditions under media/ and, later, H5P package files
by token are served outside Django's URL patterns; no image may show a person."""

PUBLIC_URL_NAMES = frozenset(
    {
        # welcome page, also under each language's prefix (/fr/, /en/)
        "home",
        "home_in_language",
        # sign-in, password reset and the second-factor step
        "account_login",
        "account_logout",
        "account_inactive",
        "account_reset_password",
        "account_reset_password_done",
        "account_reset_password_from_key",
        "account_reset_password_from_key_done",
        "mfa_authenticate",
        # invitation and setup-code pages
        "accept_invitation",
        "redeem_setup_code",
        # language switch and health
        "set_language",
        "health",
        # static assets the Wagtail admin's login-free pages load (translations catalogue, icons)
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }
)
