from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("institutions/<int:pk>/", views.institution_detail, name="institution_detail"),
    path("institutions/<int:pk>/invite/", views.invite, name="invite"),
    path("institutions/<int:pk>/add/", views.add_without_email, name="add_without_email"),
    path("institutions/<int:pk>/import/", views.staff_import, name="staff_import"),
    path("institutions/<int:pk>/setup-codes/", views.setup_codes, name="setup_codes"),
    path("jobs/<uuid:pk>/", views.background_job, name="background_job"),
    path("jobs/<uuid:pk>/progress/", views.background_job_progress, name="background_job_progress"),
    path("jobs/<uuid:pk>/result/", views.background_job_result, name="background_job_result"),
    path("people/<int:pk>/end-membership/", views.end_membership, name="end_membership"),
    path("people/<int:pk>/transfer/", views.transfer, name="transfer"),
    path("people/<int:pk>/deactivate/", views.deactivate, name="deactivate"),
    path("invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("setup/", views.redeem_setup_code, name="redeem_setup_code"),
]
