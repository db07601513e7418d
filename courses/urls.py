from django.urls import path

from . import manager_views, views

urlpatterns = [
    path("learning/courses/<int:course_id>/enroll/", views.enroll, name="enroll"),
    path("learning/modules/<int:module_id>/complete/", views.complete, name="complete_module"),
    path(
        "learning/modules/<int:module_id>/reflections/<str:block_key>/",
        views.save_reflection,
        name="save_reflection",
    ),
    path("learning/modules/<int:module_id>/heartbeat/", views.heartbeat, name="heartbeat"),
    path("notifications/", views.notification_list, name="notifications"),
    # Managers and ministry reviewers
    path(
        "institutions/<int:pk>/training/",
        manager_views.institution_training,
        name="institution_training",
    ),
    path(
        "institutions/<int:pk>/training/<int:person_pk>/",
        manager_views.person_training,
        name="person_training",
    ),
    path("institutions/<int:pk>/assign/", manager_views.assign, name="assign_course"),
    path(
        "ministries/<int:pk>/requirements/",
        manager_views.ministry_requirements,
        name="ministry_requirements",
    ),
]
