"""Training requirements are authored by platform admins only: they add, change, delete and view
them in the Wagtail admin. Trainers and ministry reviewers get none of these permissions
(reviewers read their ministry's requirements outside the admin)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "add_trainingrequirement",
    "change_trainingrequirement",
    "delete_trainingrequirement",
    "view_trainingrequirement",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admins = Group.objects.get(name="Platform admins")
    admins.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="courses",
            content_type__model="trainingrequirement",
            codename__in=CODENAMES,
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admins = Group.objects.filter(name="Platform admins").first()
    if admins is not None:
        admins.permissions.remove(
            *Permission.objects.filter(content_type__app_label="courses", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("courses", "0002_review_and_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
