from django.urls import path

from . import views

urlpatterns = [
    path("learning/courses/<int:course_id>/enroll/", views.enroll, name="enroll"),
    path("learning/modules/<int:module_id>/complete/", views.complete, name="complete_module"),
    path(
        "learning/modules/<int:module_id>/reflections/<str:block_key>/",
        views.save_reflection,
        name="save_reflection",
    ),
    path("learning/modules/<int:module_id>/heartbeat/", views.heartbeat, name="heartbeat"),
]
