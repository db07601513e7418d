"""The page tree's root (Wagtail's first page, served at /fr/ and /en/ as the platform's home) is
called "Passerelle" in the admin, not "Welcome to your new Wagtail site!". A title someone has
already changed is left as it is."""

from django.db import migrations

WAGTAIL_TITLE = "Welcome to your new Wagtail site!"
TITLE = "Passerelle"


def retitle(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    for site in Site.objects.filter(is_default_site=True):
        Page.objects.filter(pk=site.root_page_id, title=WAGTAIL_TITLE).update(
            title=TITLE, draft_title=TITLE
        )
        if not site.site_name:
            Site.objects.filter(pk=site.pk).update(site_name=TITLE)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_requirement_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retitle, migrations.RunPython.noop)]
