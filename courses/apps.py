from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from institutions.demo import register_demo_step
        from institutions.home import register_home_section
        from institutions.hooks import on_membership_change
        from institutions.privacy import Entry, register

        from .demo import build as build_demo
        from .hooks import manager_training_section, membership_changed, my_learning_section

        register_home_section(my_learning_section)
        register_home_section(manager_training_section)
        register_demo_step(build_demo)
        on_membership_change(membership_changed)
        # Enrollments, progress and compliance keep figures right after erasure (the account is
        # pseudonymised); private notes and notifications only served the person.
        for label, fields, on_erase in [
            ("courses.Enrollment", ("learner", "assigned_by"), "keep"),
            ("courses.ModuleProgress", ("enrollment__learner",), "keep"),
            ("courses.Reflection", ("progress__enrollment__learner",), "delete"),
            ("courses.ComplianceRecord", ("person",), "keep"),
            ("courses.Notification", ("recipient",), "delete"),
            # Pages: who owns or locked them is authorship, kept.
            ("courses.CourseIndexPage", ("owner", "locked_by"), "keep"),
            ("courses.CoursePage", ("owner", "locked_by"), "keep"),
            ("courses.ModulePage", ("owner", "locked_by"), "keep"),
            ("courses.CurriculumPage", ("owner", "locked_by"), "keep"),
        ]:
            register(Entry(label, fields, on_erase))
