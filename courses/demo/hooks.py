"""The courses part of `seed_demo`, registered with the institutions app's demo steps."""

from institutions.demo import register_demo_step

from .build import build


def register() -> None:
    register_demo_step(build)
