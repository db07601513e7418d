"""The admin's person chooser: a searchable list of people (by name, e-mail or username) that
tells apart two people of the same name by their login, institution and position. Role
assignments pick their person with it."""

from __future__ import annotations

from django import forms
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

from .models import Membership, Position, User

SEARCH_WORDS = 6


def people_for_choosing():
    """People with their login and current posting (institution code, position) for telling
    namesakes apart: one query per page of the list, whatever its length."""
    current = Membership.objects.current().filter(user=OuterRef("pk"))
    return User.objects.annotate(
        posting_code=Subquery(current.values("institution__code")[:1]),
        posting_position=Subquery(current.values("position")[:1]),
    ).order_by("full_name", "pk")


def person_label(person: User) -> str:
    """`Aminata Traoré · aminata@example.org · ML-BKO-MCA, Prison officer`."""
    parts = [person.full_name, person.get_login()]
    code = getattr(person, "posting_code", None)
    position = getattr(person, "posting_position", None)
    if code is None and not hasattr(person, "posting_code"):
        membership = person.memberships.current().select_related("institution").first()
        code = membership.institution.code if membership else None
        position = membership.position if membership else None
    if code:
        parts.append(f"{code}, {Position(position).label}" if position else code)
    else:
        parts.append(gettext("no current posting"))
    return " · ".join(part for part in parts if part)


class PersonSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search by name, e-mail or username"),
        widget=forms.TextInput(attrs={"placeholder": _("Name, e-mail or username")}),
        required=False,
        max_length=200,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if query:
            for word in query.split()[:SEARCH_WORDS]:
                objects = objects.filter(
                    Q(full_name__icontains=word)
                    | Q(email__icontains=word)
                    | Q(username__icontains=word)
                )
            self.is_searching = True
            self.search_query = query
        return objects


def _posting_code(person: User) -> str:
    return person.posting_code or "—"


def _posting_position(person: User) -> str:
    return Position(person.posting_position).label if person.posting_position else "—"


class PersonColumnsMixin:
    filter_form_class = PersonSearchForm
    per_page = 20

    def get_object_list(self):
        return people_for_choosing()

    @property
    def columns(self):
        return [
            self.title_column,
            Column("login", label=_("Sign-in"), accessor="get_login"),
            Column(
                "posting_code", label=_("Institution"), accessor=lambda p: p.posting_code or "—"
            ),
            Column(
                "posting_position",
                label=_("Position"),
                accessor=lambda p: (
                    Position(p.posting_position).label if p.posting_position else "—"
                ),
            ),
        ]

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Name")
        return column


class PersonChooseView(PersonColumnsMixin, chooser_views.ChooseView):
    pass


class PersonChooseResultsView(PersonColumnsMixin, chooser_views.ChooseResultsView):
    pass


class PersonChosenView(chooser_views.ChosenView):
    def get_object(self, pk):
        return people_for_choosing().get(pk=pk)

    def get_display_title(self, instance):
        return person_label(instance)


class PersonChooser(BaseChooser):
    def get_display_title(self, instance):
        return person_label(instance)


class PersonChooserViewSet(ChooserViewSet):
    model = User
    icon = "user"
    choose_one_text = _("Choose a person")
    choose_another_text = _("Choose another person")
    edit_item_text = _("Edit this person")
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    chosen_view_class = PersonChosenView
    base_widget_class = PersonChooser
    # Only the forms that ask for it (role assignments) use this chooser.
    register_widget = False


person_chooser_viewset = PersonChooserViewSet("person_chooser")
