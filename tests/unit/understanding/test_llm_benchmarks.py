"""The language-model benchmarks run end to end (against the scripted server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.understanding.llm.context import build_prompt
from benchmarks import llm_eval, llm_prompt_size
from benchmarks.accuracy import DEFAULT_CORPUS
from benchmarks.latency import synthetic_home
from tests.helpers.openai_server import ScriptedOpenAIServer, text_reply, tool_reply


def test_llm_eval_scores_the_models_plans_and_counts_tokens(
    openai_server: ScriptedOpenAIServer, llm_env: str, tmp_path: Path
) -> None:
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.floor_lamp"]})),
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.kitchen"]})),  # wrong
    )
    out = tmp_path / "eval.json"
    assert llm_eval.main(["--limit", "2", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    only = report["modes"]["llm_only"]
    assert (only["total"], only["passed"], only["llm_calls"]) == (2, 1, 2)
    assert only["prompt_tokens"]["mean"] == 812.0 and only["completion_tokens"]["max"] == 31.0
    assert only["estimated_prompt_tokens"]["max"] <= 1450
    assert [line["passed"] for line in only["lines"]] == [True, False]
    local = report["modes"]["local_first"]
    assert local["planners"] == {"local": 2} and local["llm_calls"] == 0
    assert local["passed"] == 2


def test_llm_eval_tells_a_wrong_action_run_unasked_from_not_understood(
    openai_server: ScriptedOpenAIServer, llm_env: str, tmp_path: Path
) -> None:
    homes = DEFAULT_CORPUS.parent.parent / "homes"
    lines = [
        # The local planner turns another light off, unasked: wrong, and run unasked.
        {"text": "turn off the kitchen light", "expect": {"light.floor_lamp": {"state": "on"}}},
        # Not for the local planner; the model acts on the wrong lamp: wrong, but asked first.
        {
            "text": "the corner could do with some sparkle",
            "expect": {"light.floor_lamp": {"state": "on"}},
        },
        # Not for the local planner; the model only chats: not understood.
        {"text": "make the corner glow a little", "expect": {"light.floor_lamp": {"state": "on"}}},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"t-{i}", "home": "flat", "domain": "light", "kind": "direct", **x})
            + "\n"
            for i, x in enumerate(lines)
        )
    )
    openai_server.script(
        tool_reply(("light", {"service": "turn_off", "entity_ids": ["light.kitchen"]})),
        text_reply("What a lovely idea."),
    )
    out = tmp_path / "eval.json"
    argv = ["--corpus", str(corpus), "--homes", str(homes), "--modes", "local_first"]
    assert llm_eval.main([*argv, "--json", str(out)]) == 0
    local = json.loads(out.read_text())["modes"]["local_first"]
    assert [line["outcome"] for line in local["lines"]] == [
        "wrong_unconfirmed",
        "wrong_asked",
        "not_understood",
    ]
    assert local["outcomes"] == {
        "right": 0,
        "wrong_unconfirmed": 1,
        "wrong_asked": 1,
        "not_understood": 1,
    }
    assert round(local["wrong_action_rate"], 1) == 33.3
    assert local["outcomes_by_planner"]["local"]["wrong_unconfirmed"] == 1
    assert local["outcomes_by_planner"]["llm"]["wrong_asked"] == 1


def test_llm_eval_needs_an_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    assert llm_eval.main(["--limit", "1"]) == 2
    assert "no language model configured" in capsys.readouterr().err


def test_prompt_size_recall_and_routing_overhead(tmp_path: Path) -> None:
    out = tmp_path / "size.json"
    assert llm_prompt_size.main(["--sizes", "50", "5000", "--rounds", "1", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    demo, small, big = report["sizes"]
    assert demo["entities"] == "demo" and demo["listed_mean"] < 10
    assert big["omitted_max"] > 4900
    # The estimate the budget is kept with; the report's own count when tiktoken is there.
    assert big["estimated_tokens_max"] <= 1450 and big["tokens_max"] <= 1500
    assert small["tools_max"] <= 7 and big["listed_max"] <= 40
    assert 0 < report["prefix_tokens"] < 400
    recall = report["corpus_recall"]
    assert recall["lines"] > 500 and recall["recall"] >= 99.0
    overhead = report["routing_overhead"]
    assert overhead["model_asked"] == 0 and overhead["sentences"] > 20


def test_the_token_count_falls_back_to_the_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_tiktoken(name: str, *args: object, **kwargs: object) -> object:
        if name == "tiktoken":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_tiktoken)
    count = llm_prompt_size.TokenCounter()
    assert not count.exact and count.name.startswith("estimate")
    prompt = build_prompt("it's too dark in here", synthetic_home(50))
    assert count(prompt) == prompt.estimated_tokens
