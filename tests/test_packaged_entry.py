"""build/entry.py, the packaged program's first module: PySide6's look at every imported module's source (issue 17)."""

from __future__ import annotations

import runpy
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "build" / "entry.py"


@pytest.fixture
def entry() -> dict:
    return runpy.run_path(str(ENTRY), run_name="entry_under_test")  # the functions, not the program's start


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """A stand-in for PySide6's `shibokensupport.feature`, recording which modules it was asked about."""
    asked: list[str] = []

    def mod_uses_pyside(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    fake = types.SimpleNamespace(_mod_uses_pyside=mod_uses_pyside, asked=asked)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", fake)
    return fake


def module(name: str, file: str | None) -> types.ModuleType:
    m = types.ModuleType(name)
    if file is not None:
        m.__file__ = file
    return m


def test_a_module_without_its_source_file_is_answered_at_once(entry: dict, feature: types.SimpleNamespace,
                                                              tmp_path: Path) -> None:
    entry["skip_source_probe_without_source"]()
    assert feature._mod_uses_pyside(module("gone", str(tmp_path / "gone.py"))) is False
    assert feature._mod_uses_pyside(module("builtin_like", None)) is False
    assert feature.asked == []  # inspect and linecache never ran


def test_a_module_with_its_source_file_is_still_asked_about(entry: dict, feature: types.SimpleNamespace,
                                                            tmp_path: Path) -> None:
    source = tmp_path / "here.py"
    source.write_text("import PySide6\n", encoding="utf-8")
    entry["skip_source_probe_without_source"]()
    entry["skip_source_probe_without_source"]()  # twice: wrapped once
    assert feature._mod_uses_pyside(module("here", str(source))) is True
    assert feature.asked == ["here"]


def test_nothing_changes_when_pyside6_has_no_such_look(entry: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    entry["skip_source_probe_without_source"]()  # no PySide6 yet, or a release without the hook: no error
    other = types.SimpleNamespace()
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", other)
    entry["skip_source_probe_without_source"]()
    assert vars(other) == {}


def test_pyside6_itself_answers_no_for_a_module_without_source(entry: dict, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut gives the answer PySide6's own look gives: the installed PySide6's function, asked directly."""
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport

    real = sys.modules["shibokensupport.feature"]
    original = real._mod_uses_pyside
    missing = module("packaged_only", str(tmp_path / "packaged_only.py"))
    assert original(missing) is False
    monkeypatch.setattr(real, "_mod_uses_pyside", original)  # restored after the test
    entry["skip_source_probe_without_source"]()
    assert real._mod_uses_pyside is not original
    assert real._mod_uses_pyside(missing) is False
    with_source = tmp_path / "uses_qt.py"
    with_source.write_text("from PySide6.QtCore import Qt\n", encoding="utf-8")
    present = module("uses_qt", str(with_source))
    assert real._mod_uses_pyside(present) is original(present) is True
