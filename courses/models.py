"""The models of the courses app, gathered from its applets so that Django finds them under one
app label (`courses`) and migrations never move. Code inside `courses/` imports a model from its
applet; other apps, migrations and tests may import it from here."""

from .catalog.models import (
    CourseIndexPage,
    CoursePage,
    CurriculumCourse,
    CurriculumPage,
    LearnerPage,
    ModulePage,
    PositionsField,
)
from .compliance.models import ComplianceRecord, TrainingRequirement
from .enrollment.models import Enrollment, ModuleProgress, Reflection
from .notifications.models import Notification
from .review.models import PeerReviewTask

__all__ = [
    "ComplianceRecord",
    "CourseIndexPage",
    "CoursePage",
    "CurriculumCourse",
    "CurriculumPage",
    "Enrollment",
    "LearnerPage",
    "ModulePage",
    "ModuleProgress",
    "Notification",
    "PeerReviewTask",
    "PositionsField",
    "Reflection",
    "TrainingRequirement",
]
