from django.urls import include, path

urlpatterns = [
    path("", include("reports.training.urls")),
]
