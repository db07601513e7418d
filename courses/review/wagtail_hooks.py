"""Translations go through the same review as any change: wagtail-localize's "Update
translations" may publish at once only for people who may publish the page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


def update_translations(request, translation_source_id: int):
    """wagtail-localize's "Update translations", except that "publish immediately" needs the
    right to publish the page. Without it, the translated text is saved as a draft of each
    translated page, which its author then submits for review like any other change."""
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    as_drafts = False
    if request.method == "POST" and request.POST.get("publish_translations"):
        source = get_object_or_404(TranslationSource, pk=translation_source_id)
        instance = source.get_source_instance()
        permissions = getattr(instance, "permissions_for_user", None)
        if permissions is None or not permissions(request.user).can_publish():
            data = request.POST.copy()
            data.pop("publish_translations")
            request.POST = data
            as_drafts = True
    response = UpdateTranslationsView.as_view()(
        request, translation_source_id=translation_source_id
    )
    if as_drafts and response.status_code == 302:
        for translation in source.translations.filter(enabled=True):
            try:
                translation.save_target(user=request.user, publish=False)
            except ValidationError:
                messages.error(
                    request,
                    _("A translation into %(language)s has errors; fix it before submitting.")
                    % {"language": translation.target_locale.get_display_name()},
                )
        messages.warning(
            request,
            _("The translations are saved as drafts: submit them so another trainer reviews them."),
        )
    return response


@hooks.register("register_admin_urls")
def register_reviewed_translation_urls():
    # Registered before wagtail-localize's own URLs (courses comes first in INSTALLED_APPS), so
    # this path answers instead of wagtail-localize's view.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations,
            name="update_translations_reviewed",
        )
    ]
