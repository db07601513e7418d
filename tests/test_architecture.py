"""The shape of the code: no import cycle anywhere (imports inside functions included), but a
service and its own task; no model reaching a view; the import contracts that `make lint` checks."""

import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("lms", "institutions", "content", "courses", "reports")


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def _ours(module: str) -> bool:
    return module.split(".")[0] in PACKAGES


def import_cycles(graph) -> list[set[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []
    counter = [0]

    def visit(module):
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if not _ours(imported):
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(group)

    for module in sorted(graph.modules):
        if _ours(module) and module not in index:
            visit(module)
    return cycles


def is_service_and_its_task(group: set[str]) -> bool:
    if len(group) != 2:
        return False
    first, second = sorted(group)
    parent = first.rsplit(".", 1)[0]
    return {first, second} == {f"{parent}.services", f"{parent}.tasks"}


def test_no_modules_import_each_other_but_a_service_and_its_own_task(graph):
    cycles = [sorted(group) for group in import_cycles(graph) if not is_service_and_its_task(group)]
    assert cycles == []


def test_the_cycle_finder_finds_a_cycle():
    class Graph:
        modules = {"courses.a", "courses.b", "courses.c"}
        edges = {"courses.a": {"courses.b"}, "courses.b": {"courses.a"}, "courses.c": set()}

        def find_modules_directly_imported_by(self, module):
            return self.edges[module]

    assert import_cycles(Graph()) == [{"courses.a", "courses.b"}]
    assert not is_service_and_its_task({"courses.a", "courses.b"})
    assert is_service_and_its_task({"courses.quizzes.services", "courses.quizzes.tasks"})


def test_no_model_reaches_a_view(graph):
    models = [m for m in graph.modules if _ours(m) and m.rsplit(".", 1)[-1] == "models"]
    views = [m for m in graph.modules if _ours(m) and m.rsplit(".", 1)[-1] == "views"]
    reached = [
        (model, view)
        for model in models
        for view in views
        if graph.chain_exists(importer=model, imported=view)
    ]
    assert reached == []


def test_the_import_contracts_hold_the_layers_inside_courses_and_forbid_cycles():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    contracts = config["contracts"]
    assert len(contracts) >= 4
    kinds = {contract["type"] for contract in contracts}
    assert "acyclic_siblings" in kinds
    courses_layers = [
        c for c in contracts if c["type"] == "layers" and c.get("containers") == ["courses"]
    ]
    assert courses_layers, "no layers contract for the applets of courses"
    layers = courses_layers[0]["layers"]
    assert layers.index("learning") < layers.index("enrollment")
    assert layers[-1].startswith("catalog")
