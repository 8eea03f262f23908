"""The PyInstaller bundle's entry point: the same `hearth` as the installed script.

In the bundle ``sys.executable`` is this program, not a Python. Hearth starts one helper as
``sys.executable -c CODE ARGS``: the speech model's check in a separate process
(app/voice/models.py), so a model that crashes vosk cannot take the app down. This entry
point therefore runs ``-c`` as Python does; every other argument list is the `hearth` command.
"""

import sys

from ui.launcher import main


def run_code(code: str, args: list[str]) -> None:
    """What ``python -c CODE ARGS`` does: *code* as ``__main__`` with ``sys.argv`` of
    ``['-c', *ARGS]``."""
    sys.argv = ["-c", *args]
    exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and len(sys.argv) > 2 and sys.argv[1] == "-c":
        run_code(sys.argv[2], sys.argv[3:])
        sys.exit(0)
    sys.exit(main())
