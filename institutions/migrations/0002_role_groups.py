"""Groups that carry each role's permissions. Scope lives on RoleAssignment, never on groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "Learners": [],
    "Trainers": [("wagtailadmin", "admin", "access_admin")],
    "Institution managers": [],
    "Ministry reviewers": [],
    "Platform admins": [
        ("wagtailadmin", "admin", "access_admin"),
        ("institutions", "ministry", "add_ministry"),
        ("institutions", "ministry", "change_ministry"),
        ("institutions", "ministry", "delete_ministry"),
        ("institutions", "ministry", "view_ministry"),
        ("institutions", "institution", "add_institution"),
        ("institutions", "institution", "change_institution"),
        ("institutions", "institution", "delete_institution"),
        ("institutions", "institution", "view_institution"),
        ("institutions", "roleassignment", "add_roleassignment"),
        ("institutions", "roleassignment", "change_roleassignment"),
        ("institutions", "roleassignment", "delete_roleassignment"),
        ("institutions", "roleassignment", "view_roleassignment"),
        ("institutions", "user", "add_user"),
        ("institutions", "user", "change_user"),
        ("institutions", "user", "view_user"),
    ],
}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in permissions:
            permission = Permission.objects.get(
                content_type__app_label=app_label,
                content_type__model=model,
                codename=codename,
            )
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUP_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("institutions", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
