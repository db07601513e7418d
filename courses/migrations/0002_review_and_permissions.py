"""Review before publishing: trainers add and edit pages but cannot publish; a peer review step,
approved by another trainer, publishes. Platform admins may publish directly."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "view_page"]
ADMIN_PAGE_PERMISSIONS = ["add_page", "change_page", "view_page", "publish_page", "lock_page", "unlock_page"]


def set_up_review(apps, schema_editor):
    for label in ("wagtailcore", "wagtail_localize"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    PeerReviewTask = apps.get_model("courses", "PeerReviewTask")

    trainers = Group.objects.get(name="Trainers")
    admins = Group.objects.get(name="Platform admins")
    root = Page.objects.get(depth=1)
    for group, codenames in ((trainers, TRAINER_PAGE_PERMISSIONS), (admins, ADMIN_PAGE_PERMISSIONS)):
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    submit = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    trainers.permissions.add(submit)
    admins.permissions.add(submit)

    task_type = ContentType.objects.get_for_model(PeerReviewTask)
    task = PeerReviewTask.objects.create(
        name="Peer review by another trainer", content_type=task_type, active=True
    )
    task.groups.add(trainers)
    workflow = Workflow.objects.create(name="Course review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Replace Wagtail's default "Moderators approval" on the whole tree.
    WorkflowPage.objects.filter(page=root).delete()
    WorkflowPage.objects.create(page=root, workflow=workflow)
    Workflow.objects.filter(name="Moderators approval").update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("institutions", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(set_up_review, migrations.RunPython.noop)]
