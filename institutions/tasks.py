"""Background work for people and institutions: thin tasks that call services."""

from celery import shared_task

from . import jobs, services
from .models import User


@shared_task(acks_late=True)
def send_invitations(*, user_ids: list[int], created_by_id: int | None) -> int:
    """Send an invitation to each person who has not yet set a password. Safe to retry: a person
    who already has a password is skipped, and a new link replaces any earlier one."""
    created_by = User.objects.filter(pk=created_by_id).first() if created_by_id else None
    sent = 0
    for user in User.objects.filter(pk__in=user_ids, is_active=True, email__isnull=False):
        if user.has_usable_password():
            continue
        services.send_invitation(user=user, created_by=created_by)
        sent += 1
    return sent


# No time limit of its own beyond CELERY_TASK_TIME_LIMIT: a 10,000-row import takes well under it.
@shared_task(acks_late=True)
def run_background_job(*, job_id: str) -> None:
    """Run one background job (see institutions.jobs); a finished job is never run again."""
    jobs.run_job(job_id)


@shared_task(acks_late=True)
def purge_expired_jobs() -> int:
    """Daily: remove background jobs past their expiry, with their private files."""
    return jobs.purge_expired_jobs()
