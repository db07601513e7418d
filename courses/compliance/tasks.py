"""Background work for requirements: thin tasks that call services. All are safe to retry."""

from celery import shared_task

from institutions.models import User

from . import services
from .models import TrainingRequirement


@shared_task(acks_late=True)
def sync_people_requirements(*, user_ids: list[int]) -> int:
    """After postings changed: bring these people's requirements and enrollments up to date."""
    count = 0
    for person in User.objects.filter(pk__in=user_ids):
        services.sync_person_requirements(person=person)
        count += 1
    return count


@shared_task(acks_late=True)
def sync_requirement(*, requirement_id: int) -> int:
    requirement = TrainingRequirement.objects.filter(pk=requirement_id).first()
    return services.sync_requirement(requirement=requirement) if requirement else 0


@shared_task(acks_late=True)
def daily_requirements_pass() -> int:
    """Every day: create missing required enrollments and renewal cycles."""
    return services.sync_all_requirements()
