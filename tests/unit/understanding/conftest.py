"""The scripted OpenAI-compatible server for the language-model planner's tests."""

from tests.helpers.openai_server import llm_env, openai_server

__all__ = ["llm_env", "openai_server"]
