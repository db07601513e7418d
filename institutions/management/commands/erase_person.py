"""Pseudonymise one person: name, email, username and password removed; figures kept."""

from django.core.management.base import BaseCommand, CommandError

from institutions.privacy import erase_person

from .export_person import find_person


class Command(BaseCommand):
    help = (
        "Erase a person (by id, email or username): their identity is removed; aggregate figures "
        "and issued certificates' verifiability are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("person", help="the person's id, email address or username")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask for confirmation (scripts)"
        )

    def handle(self, *args, person, yes=False, **options):
        user = find_person(person)
        if user.username and user.username.startswith("erased-") and not user.is_active:
            raise CommandError(f"Person {user.pk} is already erased.")
        if not yes:
            answer = input(f"Erase {user} (id {user.pk})? This cannot be undone. Type yes: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        erase_person(user=user)
        self.stdout.write(f"Person {user.pk} is erased.")
