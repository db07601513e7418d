"""What the catalogue registers: its pages in the privacy registry (who owns or locked a page is
authorship, kept after erasure)."""

from institutions.privacy import Entry
from institutions.privacy import register as register_private_data


def register() -> None:
    for label in (
        "courses.CourseIndexPage",
        "courses.CoursePage",
        "courses.ModulePage",
        "courses.CurriculumPage",
    ):
        register_private_data(Entry(label, ("owner", "locked_by"), "keep"))
