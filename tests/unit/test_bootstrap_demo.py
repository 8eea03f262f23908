"""The bundled demo home is read once however often it is named in a language: renaming it
(every language switch, every demo home loaded) reads only the language's names file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import bootstrap
from app.bootstrap import bundled_demo, demo_home_source, name_demo
from app.core.home import Home


def test_two_namings_read_the_bundled_demo_once(monkeypatch: pytest.MonkeyPatch) -> None:
    bundled_demo.cache_clear()
    reads: list[Path] = []
    load = Home.load

    def counted(path: str | Path) -> Home:
        reads.append(Path(path))
        return load(path)

    monkeypatch.setattr(Home, "load", staticmethod(counted))
    german = name_demo(load(demo_home_source()), "de")
    english = name_demo(load(demo_home_source()), "en")
    assert reads == [demo_home_source()]
    assert german.entities["light.kitchen_ceiling"].name == "Küchenlicht"
    # the same results: the cached demo is only read, never renamed itself
    shipped = load(demo_home_source())
    assert english.entities["light.kitchen_ceiling"].name == (
        shipped.entities["light.kitchen_ceiling"].name
    )
    assert bootstrap.names_of_home(english) == bootstrap.names_of_home(shipped)
    assert bootstrap.names_of_home(bundled_demo()) == bootstrap.names_of_home(shipped)
