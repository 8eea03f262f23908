"""The language-model planner: any OpenAI-compatible endpoint, for what the local planner
cannot handle (docs/llm.md).

:mod:`.config` (settings, environment, the key in the keyring), :mod:`.catalog` (actions and
their schemas, offered as tools by role), :mod:`.context` (the prompt: rules, a pruned view of
the home, the conversation), :mod:`.client` (the ``openai`` client with a deadline and
back-off), :mod:`.validate` (the model's answer into steps, or a rejection) and
:mod:`.planner` (all of it together). Routing between the planners is
:mod:`app.understanding.routing`.

The submodules are imported where they are used: :mod:`.config` is cheap, the rest brings
pydantic and (when a request is made) openai.
"""
