"""The completion rule: a module is complete when every requirement its blocks state is met (each
block says what it asks of a learner: `content.blocks.completion_requirements`).

Each kind of block that keeps something for the learner registers here, from `AppConfig.ready()`:
how to load the learner's state for all its blocks in a module (one query for the whole kind),
whether a requirement is met given that state, and whether the server verifies it (a quiz graded
here, attendance recorded by a trainer) or takes the learner's or the browser's word for it (a
note, an H5P score). What certifies is decided from that flag. Quizzes, H5P activities and
workshops add their kinds the same way, so the module page and the completion rule never change
for a new kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from content.blocks import Requirement, completion_requirements

from .models import ModuleProgress, Reflection

# load_state(progress, blocks) -> {block id: state}; progress is None before the learner opened
# the module (nothing of theirs exists yet). One query at most for every block of the kind.
StateLoader = Callable[[ModuleProgress | None, Sequence], dict]
IsMet = Callable[[Requirement, object], bool]


@dataclass(frozen=True)
class BlockKind:
    block_type: str
    load_state: StateLoader
    is_met: IsMet | None = None
    is_server_verified: bool = False


_KINDS: dict[str, BlockKind] = {}


def register_block_kind(kind: BlockKind) -> None:
    _KINDS[kind.block_type] = kind


def block_kind(block_type: str) -> BlockKind | None:
    return _KINDS.get(block_type)


def learner_states(*, module, progress: ModuleProgress | None, only: set[str] | None = None):
    """Each block's learner state by block id, for the kinds registered here (all of them, or
    those named in `only`). Queries: 1 per kind present in the module, none before it is opened
    for kinds whose state needs the progress row."""
    by_type: dict[str, list] = {}
    for child in module.body:
        if child.block_type in _KINDS and (only is None or child.block_type in only):
            by_type.setdefault(child.block_type, []).append(child)
    states: dict = {}
    for block_type, children in by_type.items():
        states.update(_KINDS[block_type].load_state(progress, children))
    return states


def unmet_requirements(
    *, module, progress: ModuleProgress | None, states: dict | None = None
) -> list[Requirement]:
    """What the learner still has to do in the module (empty when it can be completed). Given
    the states the module page already loaded, no query; else one per kind with requirements."""
    requirements = completion_requirements(module.body)
    if not requirements:
        return []
    if progress is None:
        return requirements
    if states is None:
        states = learner_states(
            module=module, progress=progress, only={r.kind for r in requirements}
        )
    unmet = []
    for requirement in requirements:
        kind = _KINDS.get(requirement.kind)
        met = kind is not None and kind.is_met is not None
        if not (met and kind.is_met(requirement, states.get(requirement.key))):
            unmet.append(requirement)
    return unmet


def server_verified_kinds() -> set[str]:
    """The kinds of requirement the server itself verifies."""
    return {kind.block_type for kind in _KINDS.values() if kind.is_server_verified}


# --- reflections -------------------------------------------------------------------------------


def _reflection_notes(progress: ModuleProgress | None, blocks) -> dict[str, str]:
    if progress is None or progress.pk is None:
        return {}
    keys = [block.id for block in blocks]
    return dict(
        Reflection.objects.filter(progress=progress, block_key__in=keys).values_list(
            "block_key", "text"
        )
    )


REFLECTION = BlockKind(
    block_type="reflection",
    load_state=_reflection_notes,
    is_met=lambda requirement, note: bool(note),
    # A note's presence proves nothing of what was learnt: it never counts toward certifying.
    is_server_verified=False,
)
