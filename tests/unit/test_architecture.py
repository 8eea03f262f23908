"""The structure docs/architecture.md describes, checked: no module of app/, integrations/ or
ui/ imports itself back through others (an import inside a function counts: it hides a cycle,
it does not remove it), the layer contracts in pyproject.toml hold (lint-imports), and an import
left inside a function says why it is late."""

from __future__ import annotations

import ast
import itertools
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Collection, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "integrations", "ui")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    """``TYPE_CHECKING`` or ``typing.TYPE_CHECKING``: a block only type checkers read."""
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", "")
    return name == "TYPE_CHECKING"


def _nodes(tree: ast.AST, *, runtime: bool = False) -> Iterator[ast.AST]:
    """Every node of *tree*; with *runtime*, none inside an ``if TYPE_CHECKING:`` block (its
    ``else`` is kept): what Python runs, not what only annotations name."""
    if not runtime:
        yield from ast.walk(tree)
        return
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                todo.extend(child.orelse)
            else:
                todo.append(child)


def _imported(
    module: str,
    source: str,
    *,
    package: bool = False,
    known: Collection[str] = (),
    runtime: bool = False,
) -> Iterator[str]:
    """Every module name *module* (whose text is *source*) imports, wherever the import is
    (*runtime*: leaving out those only type checkers read).

    ``from app.understanding import keyed_replies``, where every name imported is a module of
    *known*, imports those modules as ``import app.understanding.keyed_replies`` would: the
    package's ``__init__`` runs either way, and what it imports lazily (the planner, on first
    ask) is not imported by it."""
    package_name = module if package else module.rpartition(".")[0]
    for node in _nodes(ast.parse(source), runtime=runtime):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package_name.split(".")
                parents = parents[: len(parents) - (node.level - 1)]
                base = ".".join([*parents, base] if base else parents)
            named = [f"{base}.{alias.name}" for alias in node.names]
            if not all(name in known for name in named):
                yield base
            yield from named


def _graph(*, runtime: bool = False) -> dict[str, set[str]]:
    """Which of app/, integrations/ and ui/'s modules each imports (*runtime*: leaving out
    imports only type checkers read)."""
    modules = _modules()

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        source = path.read_text(encoding="utf-8")
        names = _imported(
            module,
            source,
            package=path.name == "__init__.py",
            known=modules.keys(),
            runtime=runtime,
        )
        targets = {owner(name) for name in names}
        graph[module] = {t for t in targets if t is not None and t != module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle_through_an_import_inside_a_function() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    source = "def late() -> None:\n    from app.cli import main\n"
    assert "app.cli.main" in set(_imported("app.probe", source))
    # A module imported from its package is that module; a name from a package is the package.
    from_package = "from app.cli import main\nfrom app.understanding import Planner\n"
    found = set(_imported("app.probe", from_package, known={"app.cli", "app.cli.main"}))
    assert "app.cli.main" in found
    assert "app.cli" not in found
    assert "app.understanding" in found


def test_no_module_imports_itself_back() -> None:
    assert _cycles(_graph()) == []


def test_the_layer_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is a dev dependency (pyproject.toml)"
    result = subprocess.run(
        [lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_the_window_does_not_import_the_command_line() -> None:
    # ui.launcher alone chooses between the window and `hearth <command>`; the window's own
    # modules reach what the CLI also uses (the desktop entries, say) below app.cli.
    graph = _graph()
    assert any(t.startswith("app.cli") for t in graph["ui.launcher"]), "the check sees imports"
    offenders = {
        module: sorted(t for t in targets if t == "app.cli" or t.startswith("app.cli."))
        for module, targets in graph.items()
        if module.startswith("ui.") and module != "ui.launcher"
    }
    assert {m: t for m, t in offenders.items() if t} == {}


def test_the_settings_forms_reach_the_keyring_and_files_only_through_the_bridge() -> None:
    # The bridge (ui.bridge.settings, ui.bridge.connection) runs these in worker threads.
    blocking = {
        "app.config.secret_store",
        "app.records.data_folder",
        "app.config.desktop_entry",
        "app.connection",
    }
    graph = _graph()
    assert "app.connection" in graph["ui.bridge.connection"], "the check sees imports"
    forms = ("ui.settings_view", "ui.settings_parts", "ui.safety_settings", "ui.llm_settings")
    assert {form: sorted(graph[form] & blocking) for form in forms} == {f: [] for f in forms}


#: What the first-run wizard and the model pages ask of the core (the PIN, the demo home, model
#: files downloaded, checked or removed, a language model tried): the bridge's parts
#: (ui.bridge.setup, ui.bridge.models) do it, in worker threads or on the loop.
_CORE_ACTIONS = frozenset(
    {"change_pin", "is_set", "check_rules", "download_model", "remove_model", "fetch_catalog"}
    | {"scan_models", "check_file", "installed", "probe", "name_demo", "demo_home_source"}
)


def _actions_named(source: str) -> list[str]:
    """The names of :data:`_CORE_ACTIONS` that *source* calls as an attribute or imports."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in _CORE_ACTIONS:
            found.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            found.update(alias.name for alias in node.names if alias.name in _CORE_ACTIONS)
    return sorted(found)


def test_the_action_finder_sees_a_call_and_an_import() -> None:
    source = (
        "from app.voice.download import remove_model\n"
        "async def go(self):\n"
        "    await asyncio.to_thread(safety.change_pin, None, '1', '1')\n"
        "    return self.bridge.remove_voice_model('x')\n"
    )
    assert _actions_named(source) == ["change_pin", "remove_model"]


def test_the_wizard_and_the_model_pages_reach_the_core_only_through_the_bridge() -> None:
    # The widgets keep what describes (names, sizes, languages, the catalogue's entries); what
    # acts (the keyring, downloads, the network, the demo home's builders) is the bridge's.
    # A type only annotations name (a language model's test answer) acts on nothing.
    acting = {
        "app.policy.pin",
        "app.policy.safety",
        "app.bootstrap",
        "app.voice.download",
        "app.understanding.llm.models",
        "app.understanding.llm.probe",
    }
    graph = _graph(runtime=True)
    assert {"app.voice.download", "app.understanding.llm.probe"} <= graph["ui.bridge.models"]
    assert {"app.policy.safety", "app.bootstrap"} <= graph["ui.bridge.setup"]
    widgets = ("ui.first_run", "ui.llm_settings", "ui.voice_settings")
    assert {w: sorted(graph[w] & acting) for w in widgets} == {w: [] for w in widgets}
    modules = _modules()
    named = {w: _actions_named(modules[w].read_text(encoding="utf-8")) for w in widgets}
    assert named == {w: [] for w in widgets}


def test_the_runtime_graph_leaves_out_only_what_type_checkers_read() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import app.voice.audio\n"
        "if TYPE_CHECKING:\n"
        "    from app.voice.engine import Transcript\n"
        "else:\n"
        "    import app.voice.errors\n"
        "def later():\n"
        "    from app.voice.session import ListenSession\n"
    )
    everything = set(_imported("ui.x", source))
    runtime = set(_imported("ui.x", source, runtime=True))
    assert everything - runtime == {"app.voice.engine", "app.voice.engine.Transcript"}
    assert {"app.voice.audio", "app.voice.errors", "app.voice.session"} <= runtime


#: What listens and recognises: the recogniser (its model found, loaded, decoding), the
#: session that records one utterance and the reading chosen of it. Push-to-talk's bridge part
#: (ui.bridge.speech, its rules in app.session.speech) does it; the widget starts and stops the
#: microphone and shows what happens.
_RECOGNISER = frozenset(
    {"app.voice.engine", "app.voice.session", "app.voice.choose", "app.voice.models"}
    | {"app.voice.phrases", "app.voice.download"}
)
_RECOGNISER_CALLS = frozenset(
    {"find_model", "require_vosk", "scan_models", "ListenSession", "EngineCache", "choose"}
)


def _recogniser_named(source: str) -> list[str]:
    """The names of :data:`_RECOGNISER_CALLS` that *source* runs: an attribute or a name it
    calls, or a name it imports outside ``if TYPE_CHECKING``."""
    found = set()
    for node in _nodes(ast.parse(source), runtime=True):
        if isinstance(node, ast.Call):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name in _RECOGNISER_CALLS:
                found.add(name)
        elif isinstance(node, ast.ImportFrom):
            found.update(alias.name for alias in node.names if alias.name in _RECOGNISER_CALLS)
    return sorted(found)


def test_the_recogniser_finder_sees_a_call_and_an_import() -> None:
    source = (
        "from app.voice.session import ListenSession\n"
        "def go(self):\n"
        "    return voice_models.find_model(None), self.bridge.speech_model()\n"
    )
    assert _recogniser_named(source) == ["ListenSession", "find_model"]


def test_push_to_talk_listens_only_through_the_bridge() -> None:
    graph = _graph(runtime=True)
    assert "app.session.speech" in graph["ui.bridge.speech"], "the check sees imports"
    # The rules' module runs the recogniser (its modules imported on first use).
    assert {"app.voice.engine", "app.voice.session", "app.voice.choose"} <= _graph()[
        "app.session.speech"
    ]
    assert sorted(graph["ui.voice"] & _RECOGNISER) == []
    modules = _modules()
    widgets = ("ui.voice", "ui.voice_settings")
    named = {w: _recogniser_named(modules[w].read_text(encoding="utf-8")) for w in widgets}
    assert named == {w: [] for w in widgets}


#: How an import left inside a function says why: its noqa for PLC0415 goes on with
#: ``lazy:`` and the why in at least three words (what is slow or optional, when it loads).
_LATE_REASON = re.compile(r"#\s*noqa: PLC0415  lazy: (?P<why>.+)$")


def _late_imports(source: str) -> Iterator[tuple[int, str]]:
    """Each import inside a function or a class of *source*: its line number and the text of
    its first line."""
    lines = source.splitlines()
    for scope in ast.walk(ast.parse(source)):
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for node in ast.walk(scope):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    yield node.lineno, lines[node.lineno - 1]


def _without_reason(source: str) -> list[int]:
    late = dict(_late_imports(source))
    return sorted(
        number
        for number, line in late.items()
        if (found := _LATE_REASON.search(line)) is None or len(found["why"].split()) < 3
    )


def test_the_reason_finder_sees_an_import_inside_a_function() -> None:
    source = (
        "import json\n"
        "def told() -> None:\n"
        "    import vosk  # noqa: PLC0415  lazy: vosk loads 40 MB\n"
        "def bare() -> None:\n"
        "    import csv  # noqa: PLC0415\n"
        "class Late:\n"
        "    async def pointer(self) -> None:\n"
        "        from a import b  # noqa: PLC0415  (see above)\n"
    )
    assert _without_reason(source) == [5, 8]


def test_every_import_left_inside_a_function_says_why_it_is_late() -> None:
    # An import inside a function may hide a cycle (test_no_module_imports_itself_back counts
    # it) or cost nothing at the top; the ones left load a slow or optional module on purpose.
    bare = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(_modules().values())
        for number in _without_reason(path.read_text(encoding="utf-8"))
    ]
    assert bare == []


def test_ruff_reports_imports_inside_functions_in_the_shipped_code() -> None:
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]
    assert "PL" in lint["lint"]["select"] and "PLC0415" not in lint["lint"]["ignore"]
    off = {
        pattern
        for pattern, codes in lint["lint"].get("per-file-ignores", {}).items()
        if "PLC0415" in codes and pattern.split("/")[0] in PACKAGES
    }
    assert off == set()


def test_one_name_per_concept() -> None:
    # Two public classes of one name (two Routers, a voice DownloadError beside the shared
    # one) make every `except` and every search ask which one is meant.
    defined: dict[str, list[str]] = {}
    for module, path in sorted(_modules().items()):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                defined.setdefault(node.name, []).append(module)
    assert len(defined) > 100, "the check sees the classes"
    assert {name: where for name, where in defined.items() if len(where) > 1} == {}


def test_an_object_declares_its_own_attributes_instead_of_probing_them() -> None:
    # An attribute set later (push-to-talk's button, once attached) starts as None in
    # __init__; getattr(self, "_x", None) hid which ones exist and what type they have.
    probe = re.compile(r"\b(?:get|has)attr\(self, [\"']_")
    probes = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(_modules().values())
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if probe.search(line)
    ]
    assert probe.search('pressed = getattr(self, "_pressed_at", -1)')
    assert probes == []


def _stray_docstrings(source: str) -> list[int]:
    """The lines of string statements right after another: a name's docstring left behind
    when a line was added between them, so it documents the wrong name or none."""
    strays = []
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for first, second in itertools.pairwise(body):
            if all(
                isinstance(s, ast.Expr)
                and isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str)
                for s in (first, second)
            ):
                strays.append(second.lineno)
    return strays


def test_a_docstring_stands_under_the_name_it_describes() -> None:
    assert _stray_docstrings('A = 1\n"""A."""\nB = 2\n"""B."""\n"""A, left behind."""\n') == [5]
    strays = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(_modules().values())
        for number in _stray_docstrings(path.read_text(encoding="utf-8"))
    ]
    assert strays == []
