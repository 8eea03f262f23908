"""The window's widgets reach the core only through the bridge's own methods: none reads the
assistant's parts (its adapter, router, planner, time zone) through ``bridge.assistant``.
Asking whether the home is loaded yet (``bridge.assistant is None``) is all they may do with it.

Read from the source (ui/, without ui/bridge/), so a new widget that goes round the bridge
fails here."""

from __future__ import annotations

import ast

from tests.helpers.processes import ROOT


def _is_bridge_assistant(node: ast.AST) -> bool:
    """``bridge.assistant``, ``self.bridge.assistant``, ``self.window.bridge.assistant``."""
    if not (isinstance(node, ast.Attribute) and node.attr == "assistant"):
        return False
    owner = node.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return name == "bridge"


def reaches_round_the_bridge(source: str) -> list[int]:
    """The lines of *source* that use ``bridge.assistant`` other than to ask if it is None."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _is_bridge_assistant(node.value):
            lines.append(node.lineno)  # bridge.assistant.<part>
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            if _is_bridge_assistant(node.value):
                lines.append(node.lineno)  # assistant = bridge.assistant, then its parts
        elif isinstance(node, ast.Call) and any(_is_bridge_assistant(a) for a in node.args):
            lines.append(node.lineno)  # handed on to something else
    return sorted(lines)


def test_the_check_sees_each_way_round_the_bridge() -> None:
    source = (
        "a = self.bridge.assistant.router.llm\n"
        "assistant = bridge.assistant\n"
        "use(self.window.bridge.assistant)\n"
        "if self.bridge.assistant is None: pass\n"
        "ok = self.bridge.home\n"
    )
    assert reaches_round_the_bridge(source) == [1, 2, 3]


def test_no_widget_goes_round_the_bridge() -> None:
    found = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if "bridge" in path.relative_to(ROOT / "ui").parts:
            continue
        lines = reaches_round_the_bridge(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    assert found == {}
