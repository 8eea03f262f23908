"""The language-model planner: any OpenAI-compatible endpoint, for what the local planner
cannot handle (docs/llm.md).

:mod:`.config` (settings, environment, the key in the keyring), :mod:`.catalog` (actions and
their schemas, offered as tools by role), :mod:`.context` (the prompt: rules, a pruned view of
the home, the conversation), :mod:`.client` (the ``openai`` client with a deadline and
back-off), :mod:`.validate` (the model's answer into steps, or a rejection) and
:mod:`.planner` (all of it together). A model file Hearth runs itself, with no server:
:mod:`.local` (the client) and :mod:`.worker` (the process that runs it), :mod:`.models` (the
files and their downloads), :mod:`.structured` (the plan as one JSON object held to a schema);
:mod:`.connect` picks the client for the endpoint's kind. Routing between the planners is
:mod:`app.understanding.routing`.

The submodules are imported where they are used: :mod:`.config` is cheap, the rest brings
pydantic and (when a request is made) openai.
"""
