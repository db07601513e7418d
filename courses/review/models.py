"""Review before publishing: trainers cannot publish, and what they submit goes live once another
trainer approves it."""

from __future__ import annotations

from functools import partial

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class PeerReviewTask(AbstractGroupApprovalTask):
    """A workflow step approved by a member of the chosen groups other than the person who
    submitted the page: trainers review each other's work."""

    def get_actions(self, obj, user):
        state = getattr(obj, "current_workflow_state", None)
        if state is not None and state.requested_by_id == user.pk:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            if workflow_state.requested_by_id == user.pk:
                raise PermissionDenied(_("Another trainer must approve what you submitted."))
            # Trainers hold no publish permission: a peer's approval is what publishes. Wagtail
            # ends an approved workflow by publishing as the approver with their permissions
            # checked, which would refuse; this workflow publishes on approval instead, still
            # recording the approver as the publisher.
            workflow_state.on_finish = partial(_publish_on_approval, workflow_state)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who submitted.")

    class Meta:
        verbose_name = _("peer review")
        verbose_name_plural = _("peer reviews")


def _publish_on_approval(workflow_state, user=None):
    """The end of a peer review: publish the reviewed revision (approval is the permission)."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
