"""GUI fixtures: the console built by the composition root on the demo meeting, with its own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from chair_console.i18n import Translations
from chair_console.resources import resources_dir


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translations(qapp) -> Translations:
    t = Translations(resources_dir() / "translations")
    yield t
    t.load("nb")


@pytest.fixture
def console(qtbot, demo_db, settings, translations):
    from widgets import open_console

    db, meeting_id = demo_db
    c = open_console(qtbot, db, meeting_id, settings, translations)
    yield c
    c.reporter.uninstall()



@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A modal question nobody answers would hang the suite: tests that expect one answer it themselves."""
    from chair_console.ui import dialogs

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("ask", "ask_text", "ask_count", "choose", "choose_file", "choose_save_file", "print_pdf",
                 "choose_colour"):
        monkeypatch.setattr(dialogs, name, unexpected)
