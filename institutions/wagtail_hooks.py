"""The Wagtail admin for platform admins: ministries, institutions, people and role assignments.

Role assignments and new accounts go through services, so groups stay in step with roles and new
people receive their invitation."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import services
from .choosers import person_chooser_viewset
from .models import AuditEvent, Institution, Ministry, RoleAssignment, User


class MinistryViewSet(ModelViewSet):
    model = Ministry
    icon = "site"
    menu_label = _("Ministries")
    form_fields = ["name", "country_code"]
    list_display = ["name", "country_code"]
    search_fields = ["name", "country_code"]
    add_to_admin_menu = False


class InstitutionViewSet(ModelViewSet):
    model = Institution
    icon = "home"
    menu_label = _("Institutions")
    form_fields = ["ministry", "name", "code", "kind", "region", "city", "is_active"]
    list_display = ["name", "code", "ministry", "kind", "region", "is_active"]
    list_filter = ["ministry", "kind", "is_active"]
    search_fields = ["name", "code", "region", "city"]


class PersonCreateView(generic.CreateView):
    def save_instance(self):
        return services.create_account(
            user=self.form.save(commit=False), created_by=self.request.user
        )


class PersonViewSet(ModelViewSet):
    """Accounts without an institution (trainers, reviewers, admins); staff come from managers."""

    model = User
    icon = "user"
    menu_label = _("People")
    url_prefix = "people"
    add_view_class = PersonCreateView
    form_fields = ["full_name", "email", "username", "preferred_language", "time_zone", "is_active"]
    list_display = ["full_name", "email", "username", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["full_name", "email", "username"]
    inspect_view_enabled = False

    def get_queryset(self, request):
        return User.objects.order_by("full_name")


class RoleAssignmentCreateView(generic.CreateView):
    # Wagtail's generic messages read "Le(la) attribution de rôle n'a pas pu être créé(e)" in
    # French: say it in whole sentences of our own.
    success_message = _("Role given: %(object)s.")
    error_message = _("The role could not be given. Correct the fields marked below.")

    def save_instance(self):
        return services.save_role_assignment(
            assignment=self.form.save(commit=False), saved_by=self.request.user
        )


class RoleAssignmentEditView(generic.EditView):
    success_message = _("Role assignment saved: %(object)s.")
    error_message = _("The role assignment could not be saved. Correct the fields marked below.")

    def save_instance(self):
        return services.save_role_assignment(
            assignment=self.form.save(commit=False), saved_by=self.request.user
        )


class RoleAssignmentDeleteView(generic.DeleteView):
    success_message = _("Role withdrawn: %(object)s.")

    def delete_action(self):
        services.revoke_role(assignment=self.object, revoked_by=self.request.user)


class RoleAssignmentViewSet(ModelViewSet):
    model = RoleAssignment
    icon = "key"
    menu_label = _("Role assignments")
    add_view_class = RoleAssignmentCreateView
    edit_view_class = RoleAssignmentEditView
    delete_view_class = RoleAssignmentDeleteView
    form_fields = ["user", "role", "ministry", "institution", "has_staff_records_access"]
    list_display = ["user", "role", "scope_label", "has_staff_records_access"]
    list_filter = ["role", "ministry"]
    search_fields = ["user__full_name", "user__email", "user__username"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        # Thousands of people, some of the same name: a searchable chooser that shows each
        # one's login and posting, not a plain list of names.
        if db_field.name == "user":
            kwargs["widget"] = person_chooser_viewset.widget_class()
        return super().formfield_for_dbfield(db_field, **kwargs)

    def get_queryset(self, request):
        return RoleAssignment.objects.select_related("user", "ministry", "institution")


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds, changes or deletes audit events, superusers included."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent))


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit trail")
    url_prefix = "audit"
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["created_at", "action_label", "actor", "object_label", "ip_address"]
    list_filter = {"action": ["exact"], "created_at": ["gte", "lte"], "object_type": ["exact"]}
    search_fields = ["object_label", "actor__full_name", "actor__email", "actor__username"]
    inspect_view_enabled = True
    form_fields = []

    def get_queryset(self, request):
        return AuditEvent.objects.select_related("actor")


class PeopleAndInstitutionsGroup(ViewSetGroup):
    menu_label = _("People and institutions")
    menu_icon = "group"
    menu_order = 200
    items = (
        MinistryViewSet,
        InstitutionViewSet,
        PersonViewSet,
        RoleAssignmentViewSet,
        AuditEventViewSet,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [PeopleAndInstitutionsGroup(), person_chooser_viewset]


@hooks.register("construct_settings_menu")
def hide_wagtail_user_management(request, menu_items):
    # Accounts are managed under "People and institutions" (roles drive groups there).
    menu_items[:] = [item for item in menu_items if item.name not in ("users", "groups")]
