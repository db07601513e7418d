from django.urls import path

from . import views

urlpatterns = [
    path(
        "institutions/<int:pk>/training/",
        views.institution_training,
        name="institution_training",
    ),
    path(
        "institutions/<int:pk>/training/<int:person_pk>/",
        views.person_training,
        name="person_training",
    ),
    path("institutions/<int:pk>/assign/", views.assign, name="assign_course"),
    path(
        "ministries/<int:pk>/requirements/",
        views.ministry_requirements,
        name="ministry_requirements",
    ),
]
