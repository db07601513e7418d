"""The completion rule: a module is complete when it has been opened and every requirement of its
blocks is met. Each kind of requirement has a checker here; quizzes, H5P activities and
face-to-face sessions add theirs with `register_checker`."""

from __future__ import annotations

from collections.abc import Callable

from content.blocks import Requirement, completion_requirements

from .models import ModuleProgress

# A checker receives the learner's progress in the module and the requirements of its kind, and
# returns those that are not met yet. One query per kind at most.
Checker = Callable[[ModuleProgress, list[Requirement]], list[Requirement]]
CHECKERS: dict[str, Checker] = {}


def register_checker(kind: str, checker: Checker) -> None:
    CHECKERS[kind] = checker


def _reflections_written(progress: ModuleProgress, requirements: list[Requirement]):
    # Through the relation, so that notes the module page prefetched are not read twice.
    written = {reflection.block_key for reflection in progress.reflections.all() if reflection.text}
    return [r for r in requirements if r.key not in written]


register_checker("reflection", _reflections_written)


def unmet_requirements(*, module, progress: ModuleProgress | None) -> list[Requirement]:
    """What the learner still has to do in the module (empty when it can be completed)."""
    requirements = completion_requirements(module.body)
    if not requirements:
        return []
    if progress is None:
        return requirements
    by_kind: dict[str, list[Requirement]] = {}
    for requirement in requirements:
        by_kind.setdefault(requirement.kind, []).append(requirement)
    unmet: list[Requirement] = []
    for kind, of_kind in by_kind.items():
        checker = CHECKERS.get(kind)
        unmet.extend(of_kind if checker is None else checker(progress, of_kind))
    return unmet
