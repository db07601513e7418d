from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Content")

    def ready(self):
        from institutions.privacy import Entry, register

        # Who uploaded an image is authorship, kept after erasure (the account is pseudonymised).
        register(Entry("content.LibraryImage", ("uploaded_by_user",), "keep"))
