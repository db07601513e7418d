"""Write everything held about one person as JSON (to stdout, or to --output)."""

import json

from django.core.management.base import BaseCommand, CommandError

from institutions.models import User
from institutions.privacy import export_person


class Command(BaseCommand):
    help = "Export everything held about a person (by id, email or username) as JSON."

    def add_arguments(self, parser):
        parser.add_argument("person", help="the person's id, email address or username")
        parser.add_argument("--output", help="write to this file instead of standard output")

    def handle(self, *args, person, output=None, **options):
        user = find_person(person)
        data = export_person(user=user)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            try:
                with open(output, "w", encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from None
            self.stderr.write(f"Wrote the export of person {user.pk} to {output}.")
        else:
            self.stdout.write(text)


def find_person(key: str) -> User:
    query = User.objects.filter(email__iexact=key) | User.objects.filter(username__iexact=key)
    if key.isdigit():
        query = query | User.objects.filter(pk=int(key))
    people = list(query.distinct()[:2])
    if not people:
        raise CommandError(f"No person matches {key!r}.")
    if len(people) > 1:
        raise CommandError(f"Several people match {key!r}; use the id.")
    return people[0]
