"""Imports run one way: errors <- model <- lexicon/policy/intervals <- reconcile; parsing apart.

Each module's imports are read with :mod:`ast` (nothing is imported), so a layer
that does not exist yet is simply not checked.  See the house style's "shape of
the package".
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "claimkit"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = ("claimkit", *path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imports(source: str, module: str, package: bool = False) -> Iterator[tuple[str, bool]]:
    """Absolute names ``source`` imports, each with whether it runs at import time.

    ``from m import n`` yields ``m.n`` (``n`` may be a submodule); relative
    imports are resolved against ``module``.  Imports inside a function body do
    not run at import time; those under a top-level ``if``/``try`` or in a class
    body do.
    """
    tree = ast.parse(source)
    base = module.split(".") if package else module.split(".")[:-1]

    def visit(node: ast.AST, top: bool) -> Iterator[tuple[str, bool]]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, top
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - node.level + 1]
                prefix = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield (f"{prefix}.{alias.name}" if alias.name != "*" else prefix), top
        inner = top and not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for child in ast.iter_child_nodes(node):
            yield from visit(child, inner)

    yield from visit(tree, True)


def within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


MODULES = sorted(PACKAGE.rglob("*.py"))


def imported(path: Path) -> list[tuple[str, bool]]:
    return list(imports(path.read_text(encoding="utf-8"), module_name(path), is_package(path)))


#: what each core layer may import from claimkit (itself always allowed)
ALLOWED = {
    "claimkit.errors": (),
    "claimkit.model": ("claimkit.errors",),
    "claimkit.lexicon": ("claimkit.errors", "claimkit.model"),
    "claimkit.policy": ("claimkit.errors", "claimkit.model", "claimkit.lexicon"),
    "claimkit.intervals": ("claimkit.errors", "claimkit.model", "claimkit.lexicon"),
}

EDGES = ("claimkit.cli", "claimkit.plot", "claimkit.frame")


def layer_of(module: str) -> str | None:
    return next((layer for layer in ALLOWED if within(module, layer)), None)


CORE = [p for p in MODULES if layer_of(module_name(p)) is not None]
RECONCILE = [p for p in MODULES if within(module_name(p), "claimkit.reconcile")]


@pytest.mark.parametrize("path", CORE, ids=[module_name(p) for p in CORE])
def test_core_layers_import_only_downwards(path: Path) -> None:
    module = module_name(path)
    layer = layer_of(module)
    assert layer is not None
    allowed = (layer, *ALLOWED[layer])
    wrong = [name for name, _ in imported(path) if within(name, "claimkit")]
    wrong = [name for name in wrong if not within(name, *allowed)]
    assert wrong == [], f"{module} may import only {allowed} from claimkit"


@pytest.mark.parametrize("path", RECONCILE, ids=[module_name(p) for p in RECONCILE])
def test_reconcile_does_not_pay_for_the_parser(path: Path) -> None:
    banned = ("claimkit.parsing", "dateutil", "quantulum3")
    wrong = [name for name, _ in imported(path) if within(name, *banned)]
    assert wrong == [], f"{module_name(path)} imports {wrong}"


@pytest.mark.parametrize(
    ("dependency", "home"),
    [("dateutil", "claimkit.parsing._dates"), ("quantulum3", "claimkit.parsing._units")],
)
def test_each_parsing_dependency_has_one_home(dependency: str, home: str) -> None:
    users = sorted(
        {module_name(p) for p in MODULES for name, _ in imported(p) if within(name, dependency)}
    )
    assert set(users) <= {home}, f"only {home} may import {dependency}, not {users}"


def test_plotting_and_frames_are_imported_lazily_outside_the_edges() -> None:
    eager = sorted(
        {
            module_name(p)
            for p in MODULES
            if not within(module_name(p), *EDGES)
            for name, top in imported(p)
            if top and within(name, "matplotlib", "pandas")
        }
    )
    assert eager == []


def test_the_core_is_there_to_check() -> None:
    names = {module_name(p) for p in MODULES}
    assert {"claimkit.errors", "claimkit.model", "claimkit.policy", "claimkit.intervals"} <= names


# -- the checker itself ----------------------------------------------------------

SAMPLE = """
import os, dateutil.parser as dp
from claimkit.model import Interval
from . import hedges
from ..errors import ParseError
from .. import parsing
if True:
    import pandas
def later():
    import matplotlib.pyplot
class Eager:
    import quantulum3
"""


def test_imports_resolves_relative_names_and_import_time() -> None:
    found = list(imports(SAMPLE, "claimkit.lexicon.vague"))
    assert found == [
        ("os", True),
        ("dateutil.parser", True),
        ("claimkit.model.Interval", True),
        ("claimkit.lexicon.hedges", True),
        ("claimkit.errors.ParseError", True),
        ("claimkit.parsing", True),
        ("pandas", True),
        ("matplotlib.pyplot", False),
        ("quantulum3", True),
    ]


def test_imports_of_a_package_init_resolve_against_the_package() -> None:
    found = list(imports("from . import hedges\n", "claimkit.lexicon", package=True))
    assert found == [("claimkit.lexicon.hedges", True)]


def test_a_model_importing_policy_would_be_caught() -> None:
    names = [name for name, _ in imports("from claimkit.policy import X\n", "claimkit.model")]
    allowed = ("claimkit.model", *ALLOWED["claimkit.model"])
    assert [n for n in names if not within(n, *allowed)] == ["claimkit.policy.X"]
