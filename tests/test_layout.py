"""The folders are the architecture: no import cycles (lazy imports inside functions count too),
corpus/ never imports agent/, each stage imports only the stages below it, and no module reads
another module's underscore names."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A package may import the packages listed for it (and corpus/ and itself), nothing else.
ALLOWED = {
    "corpus": set(),
    "agent.perception": set(),
    "agent.decision": set(),
    "agent.synthesis": set(),
    "agent.engine": {"agent.perception", "agent.decision", "agent.synthesis"},
    "agent.control": {"agent.perception", "agent.decision", "agent.synthesis", "agent.engine"},
    "agent.cli": {"agent.perception", "agent.decision", "agent.synthesis", "agent.engine",
                  "agent.control", "agent.tools"},
    "agent.tools": {"agent.perception", "agent.decision", "agent.synthesis", "agent.engine",
                    "agent.control"},
}


def modules() -> dict[str, Path]:
    out = {}
    for f in sorted(ROOT.glob("agent/**/*.py")) + sorted(ROOT.glob("corpus/**/*.py")):
        parts = list(f.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = f
    return out


def type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(path: Path, known: set[str]) -> set[str]:
    """Our modules that `path` imports at run time (anywhere in the file, lazy or not)."""
    tree = ast.parse(path.read_text())
    skip = {id(n) for b in ast.walk(tree) if type_checking_block(b) for n in ast.walk(b)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                full = f"{node.module}.{a.name}"
                out.add(full if full in known else node.module)
    return {m for m in out if m in known}


def package(mod: str) -> str:
    parts = mod.split(".")
    return parts[0] if parts[0] == "corpus" else ".".join(parts[:2])


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {m: imports(p, set(mods)) - {m} for m, p in mods.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in g:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    assert cycles(graph()) == []


def test_cycle_check_can_fail():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_packages_import_only_the_stages_below_them():
    wrong = []
    for mod, deps in graph().items():
        pkg = package(mod)
        if pkg not in ALLOWED:
            continue  # agent/__init__ and the package roots themselves
        for d in deps:
            dp = package(d)
            if dp not in (pkg, "corpus") and dp not in ALLOWED[pkg]:
                wrong.append(f"{mod} imports {d}")
            if pkg == "corpus" and dp != "corpus":
                wrong.append(f"{mod} imports {d}")
    assert wrong == []


def test_every_module_belongs_to_a_stage_package():
    loose = [m for m in modules() if m not in ("agent", "corpus") and package(m) not in ALLOWED]
    assert loose == []


def test_no_module_reads_another_modules_underscore_names():
    """`from x import _name` and `module._name` across our modules (ruff's SLF001 checks
    `obj._attr` on objects)."""
    mods = modules()
    bad = []
    for mod, path in mods.items():
        tree = ast.parse(path.read_text())
        aliases = {a.asname or a.name.split(".")[-1]: a.name for n in ast.walk(tree)
                   if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in mods:
                bad += [f"{mod}: from {node.module} import {a.name}" for a in node.names
                        if a.name.startswith("_") and not a.name.startswith("__")]
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__") and isinstance(node.value, ast.Name)
                    and aliases.get(node.value.id) in mods):
                bad.append(f"{mod}: {node.value.id}.{node.attr}")
    assert bad == []
