"""Background jobs: the one record of every long piece of work run for a person (a staff import
today; H5P extraction, the certificates ZIP and the XLSX exports later).

An app registers a kind (what runs, the template showing its result, who may see it) from its
`AppConfig.ready()`; `start_job` records a job and queues it through the one Celery task
(`institutions.tasks.run_background_job`, registered here by `ready()`), which calls `run_job`.
The job's page reads its progress; its result file is private and served only through
`viewable_job`'s check. Jobs expire: `purge_expired_jobs` removes them and their files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import Promise

from .models import BackgroundJob, User


class JobFailed(Exception):
    """The job cannot be done; the message (in the owner's language) is shown on its page."""


class Progress:
    """Steps done, written to the job's row at most once a second (and at the end), so that a
    job of 10,000 steps does not write 10,000 times."""

    WRITE_INTERVAL = timedelta(seconds=1)

    def __init__(self, job: BackgroundJob):
        self.job = job
        self.done = job.progress_done
        self.written_at = timezone.now()

    def set_total(self, total: int) -> None:
        self.job.progress_total = total
        BackgroundJob.objects.filter(pk=self.job.pk).update(progress_total=total)

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        now = timezone.now()
        if now - self.written_at >= self.WRITE_INTERVAL or self.done >= self.job.progress_total:
            self.write(now)

    def write(self, now=None) -> None:
        self.job.progress_done = self.done
        BackgroundJob.objects.filter(pk=self.job.pk).update(progress_done=self.done)
        self.written_at = now or timezone.now()


@dataclass(frozen=True)
class JobKind:
    """A kind of job: `run(job, progress)` does the work (raising JobFailed for a failure to
    show), `template` shows its result on the job's page (with `job` and what `context(job)`
    returns in its context), and `may_view(user, job)` says who may see it (by default its owner
    only)."""

    name: str
    label: str | Promise
    run: Callable[[BackgroundJob, Progress], None]
    template: str
    may_view: Callable[[User, BackgroundJob], bool] | None = None
    context: Callable[[BackgroundJob], dict] | None = None


KINDS: dict[str, JobKind] = {}
# How a job is queued: the Celery task's `delay`, registered by the app's ready() (this module
# does not import the tasks that call it).
_QUEUE: list[Callable[..., object]] = []


def register_kind(kind: JobKind) -> None:
    KINDS[kind.name] = kind


def register_queue(queue: Callable[..., object]) -> None:
    """`queue(job_id=...)` sends a job to the worker (institutions.tasks.run_background_job)."""
    _QUEUE[:] = [queue]


def kind_of(job: BackgroundJob) -> JobKind:
    return KINDS[job.kind]


def start_job(
    *, owner: User, kind: str, payload: dict, total: int = 0, result: dict | None = None
) -> BackgroundJob:
    """Record a job and queue it once the caller's transaction commits. `payload` is its input
    (emptied once it is finished); `result` what its page may read from the start."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of background job: {kind}")
    now = timezone.now()
    job = BackgroundJob.objects.create(
        owner=owner,
        kind=kind,
        payload=payload,
        result=result or {},
        progress_total=total,
        created_at=now,
        expires_at=now + timedelta(days=settings.BACKGROUND_JOB_KEEP_DAYS),
    )
    [queue] = _QUEUE
    transaction.on_commit(lambda: queue(job_id=str(job.pk)))
    return job


def run_job(job_id) -> None:
    """Run a queued job (the Celery task's body). A job already finished is left alone, so a
    retried task does nothing twice; a job found running was cut short and is run again (kinds
    keep their own checkpoints)."""
    claimed = BackgroundJob.objects.filter(
        pk=job_id, status__in=[BackgroundJob.Status.QUEUED, BackgroundJob.Status.RUNNING]
    ).update(status=BackgroundJob.Status.RUNNING, started_at=timezone.now())
    if not claimed:
        return
    job = BackgroundJob.objects.select_related("owner").get(pk=job_id)
    with translation.override(job.owner.preferred_language):
        try:
            kind_of(job).run(job, Progress(job))
        except JobFailed as failure:
            _finish(job, status=BackgroundJob.Status.FAILED, error=str(failure))
        else:
            _finish(job, status=BackgroundJob.Status.SUCCEEDED)


def _finish(job: BackgroundJob, *, status: str, error: str = "") -> None:
    BackgroundJob.objects.filter(pk=job.pk).update(
        status=status,
        error=error,
        payload={},  # the input, often people's details, is not kept
        finished_at=timezone.now(),
        progress_done=F("progress_total")
        if status == BackgroundJob.Status.SUCCEEDED
        else F("progress_done"),
    )


def save_result(job: BackgroundJob, *, result: dict) -> None:
    job.result = result
    BackgroundJob.objects.filter(pk=job.pk).update(result=result)


def save_result_file(job: BackgroundJob, *, name: str, content: bytes) -> None:
    """Store the job's private result file (replacing an earlier one)."""
    if job.result_file:
        job.result_file.delete(save=False)
    job.result_file.save(name, ContentFile(content), save=False)
    BackgroundJob.objects.filter(pk=job.pk).update(result_file=job.result_file.name)


def viewable_job(user: User, pk) -> BackgroundJob:
    """The job if `user` may see it (its owner, or whom its kind allows) and it has not expired;
    404 otherwise: someone else's job looks the same as none."""
    job = BackgroundJob.objects.filter(pk=pk, expires_at__gt=timezone.now()).first()
    if job is None or job.kind not in KINDS:
        raise Http404
    kind = kind_of(job)
    allowed = kind.may_view(user, job) if kind.may_view else job.owner_id == user.pk
    if not allowed:
        raise Http404
    return job


def delete_jobs(jobs) -> int:
    """Delete jobs and their private files."""
    count = 0
    for job in jobs:
        if job.result_file:
            job.result_file.delete(save=False)
        job.delete()
        count += 1
    return count


def purge_expired_jobs() -> int:
    """Remove the jobs past their expiry, with their files."""
    return delete_jobs(BackgroundJob.objects.filter(expires_at__lte=timezone.now()).iterator())


def erase_jobs_of(user: User) -> None:
    """Erasure of a person: their jobs go, files included."""
    delete_jobs(BackgroundJob.objects.filter(owner=user).iterator())
