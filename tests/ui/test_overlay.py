"""The stream overlay (issue 19, ui/overlay.py): a lower third with the speaker's name, group and time left on a
solid key colour for the broadcast PC's window capture; nothing of a closed item (R-3.7a, Reglement § 3.7: the
stream is cut); `--role overlay` opens it alone and records nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from meeting_script import set_meeting, speak, take_up
from widgets import run_station_alone
from PySide6.QtWidgets import QLabel

from chair_console.procedure import events as ev
from chair_console.procedure.errors import CodedError
from chair_console.ui.accessibility import interactive_widgets, unnamed
from chair_console.ui.overlay import DEFAULT_KEY_COLOUR, KEY_COLOUR_SETTING, StreamOverlay, key_colour

SECRET_TITLE = "Kjøp av eiendom i Fiktivgata 12"  # s308's own title (resources/demo/demo-meeting.json)
CUT = "Lukket møte – sendingen er avbrutt"


def _shown(overlay: StreamOverlay, qtbot) -> StreamOverlay:  # noqa: ANN001
    qtbot.waitExposed(overlay)
    overlay.refresh()
    return overlay


def _visible_texts(overlay: StreamOverlay) -> list[str]:
    return [lab.text() for lab in overlay.findChildren(QLabel) if lab.isVisible() and lab.text()]


def _pixel(overlay: StreamOverlay, x: float, y: float) -> str:
    image = overlay.grab().toImage()
    return QColor(image.pixel(int(image.width() * x), int(image.height() * y))).name()


def test_the_lower_third_shows_the_speakers_name_group_and_time_left(console, qtbot):
    svc, w = console.service, console.window
    set_meeting(svc)
    take_up(svc, "s304")
    speak(svc, "s304", "a-05")
    w.overlay_action.setChecked(True)  # View ▸ Strømmegrafikk
    overlay = _shown(w.overlay, qtbot)
    assert overlay.windowFlags() & Qt.WindowType.FramelessWindowHint
    name, group, clock = (overlay.findChild(QLabel, n) for n in ("overlaySpeaker", "overlayGroup", "overlayClock"))
    assert name.text() == svc.state.council.name_of("a-05")
    assert group.text() == "Arbeiderpartiet"  # the group's name in full: viewers do not know the hall's letters
    assert re.fullmatch(r"[0-3]:\d\d", clock.text())  # the group's three minutes, counting down
    assert _visible_texts(overlay) == [name.text(), "Arbeiderpartiet", clock.text()]  # and nothing else
    assert overlay.bar.isVisible()
    svc.record(ev.SPEECH_ENDED)
    overlay.refresh()
    assert _visible_texts(overlay) == [] and not overlay.bar.isVisible()  # between speeches: the key colour only
    w.overlay_action.setChecked(False)
    assert not overlay.isVisible()


def test_R_3_7a_a_closed_item_shows_nothing_of_it_on_the_stream(console, qtbot):
    svc, w = console.service, console.window
    set_meeting(svc)
    take_up(svc, "s308")  # closed (R-3.7a)
    speak(svc, "s308", "h-10")
    assert svc.state.speech is not None  # a speech is under way in the closed item
    w.overlay_action.setChecked(True)
    overlay = _shown(w.overlay, qtbot)
    every_label = " ".join(lab.text() for lab in overlay.findChildren(QLabel))
    speaker = svc.state.council.name_of("h-10")
    assert SECRET_TITLE not in every_label and "Fiktivgata" not in every_label and speaker not in every_label
    assert svc.state.item("s308").public_title not in every_label  # not even its public title: the stream is cut
    assert _visible_texts(overlay) == [CUT]
    assert speaker not in overlay.windowTitle() and SECRET_TITLE not in overlay.windowTitle()
    w.overlay_action.setChecked(False)


def test_the_key_colour_is_green_by_default_and_fills_the_window(console, qtbot):
    w = console.window
    w.overlay_action.setChecked(True)
    overlay = _shown(w.overlay, qtbot)
    assert overlay.key_colour == DEFAULT_KEY_COLOUR == "#00b140"
    for x, y in ((0.02, 0.02), (0.5, 0.5), (0.5, 0.95), (0.98, 0.98)):  # nothing to show: all key colour
        assert _pixel(overlay, x, y) == DEFAULT_KEY_COLOUR
    w.overlay_action.setChecked(False)


def test_the_key_colour_comes_from_the_settings_and_a_bad_one_falls_back_to_green(console, qtbot, settings):
    settings.setValue(KEY_COLOUR_SETTING, "#0047bb")  # blue key for a studio with green in the picture
    w = console.window
    w.overlay_action.setChecked(True)
    overlay = _shown(w.overlay, qtbot)
    assert overlay.key_colour == "#0047bb" and _pixel(overlay, 0.5, 0.3) == "#0047bb"
    overlay.set_key_colour("grønn-ish")
    assert overlay.key_colour == DEFAULT_KEY_COLOUR
    assert key_colour("magenta") == "#ff00ff" and key_colour("") == DEFAULT_KEY_COLOUR
    w.overlay_action.setChecked(False)


def test_the_overlay_has_no_controls_and_a_name(console, qtbot):
    w = console.window
    w.overlay_action.setChecked(True)
    overlay = _shown(w.overlay, qtbot)
    assert interactive_widgets(overlay) == [] and unnamed(overlay) == []
    assert overlay.accessibleName() == "Strømmegrafikk"
    overlay.close()  # Ctrl+Q or the window manager: the View menu's action follows
    assert not w.overlay_action.isChecked()


def test_the_overlay_station_records_nothing(console, qtbot):
    overlay = console.window.overlay_station()  # what --role overlay shows
    qtbot.addWidget(overlay)
    overlay.show()
    _shown(overlay, qtbot)
    assert console.controller.held_code == "station.overlay"
    with pytest.raises(CodedError):
        console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    overlay.close()


def test_role_overlay_opens_only_the_overlay_and_writes_nothing(tmp_path: Path):
    image = run_station_alone(tmp_path, "overlay")
    assert QColor(image.pixel(image.width() // 2, image.height() // 2)).name() == DEFAULT_KEY_COLOUR


def test_the_key_colour_is_chosen_with_a_right_click_and_remembered(console, qtbot, monkeypatch):
    from chair_console.ui import dialogs
    from chair_console.ui.overlay import KEY_COLOUR_SETTING

    w = console.window
    w.overlay_action.setChecked(True)
    overlay = _shown(w.overlay, qtbot)
    assert overlay.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert overlay.key_colour_action in overlay.actions() and overlay.key_colour_action.text() == "Nøkkelfarge …"
    asked = []
    monkeypatch.setattr(dialogs, "choose_colour", lambda _p, _t, current: asked.append(current) or "#0047bb")
    assert overlay.choose_key_colour()
    assert asked == ["#00b140"] and overlay.key_colour == "#0047bb" and "#0047bb" in overlay.styleSheet()
    assert w.settings.value(KEY_COLOUR_SETTING) == "#0047bb"  # the next start uses it
    monkeypatch.setattr(dialogs, "choose_colour", lambda *_a: None)  # cancelled: nothing changes
    assert not overlay.choose_key_colour() and overlay.key_colour == "#0047bb"
