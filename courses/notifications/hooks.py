"""What the notifications applet registers: its model in the privacy registry."""

from institutions.privacy import Entry
from institutions.privacy import register as register_private_data


def register() -> None:
    # Notifications only served the person: erased with them.
    register_private_data(Entry("courses.Notification", ("recipient",), "delete"))
