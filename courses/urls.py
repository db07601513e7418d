from django.urls import include, path

urlpatterns = [
    path("", include("courses.learning.urls")),
    path("", include("courses.notifications.urls")),
]
