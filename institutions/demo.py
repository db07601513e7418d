"""Steps of `seed_demo` contributed by higher apps (courses add the demo courses and learners'
progress). Each step must be idempotent; they run in registration order after people exist."""

from __future__ import annotations

from collections.abc import Callable

DemoStep = Callable[..., None]
STEPS: list[DemoStep] = []


def register_demo_step(step: DemoStep) -> None:
    if step not in STEPS:
        STEPS.append(step)
