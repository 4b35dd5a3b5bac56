"""Universal design (issue 17): every interactive widget of the main window — every dock, hidden tabs too —
and of the hall display has an accessible name, in the chosen language; form labels are buddies of their
fields; buttons have tooltips."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget
from widgets import find

from chair_console.ui.accessibility import interactive_widgets, unnamed


def test_every_interactive_widget_has_an_accessible_name(console):
    window = console.window
    window.panes["votesPane"].election_box.add_row()  # rows added at run time are named too
    widgets = interactive_widgets(window)
    assert len(widgets) > 80  # all docks, whether their tab is raised or not
    assert unnamed(window) == []
    assert unnamed(window.hall) == []
    for w in widgets:  # what a screen reader gets through Qt's accessibility interface
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None and iface.text(QAccessible.Text.Name).strip(), w.objectName()


def test_fields_without_text_have_their_own_names_and_descriptions(console):
    window = console.window
    assert find(window, QLineEdit, "speakerInput").accessibleName() == "Ny taler: navn eller representantnummer"
    queue = find(window, QListWidget, "speakerQueue")
    assert queue.accessibleName() == "Talerliste"
    assert "Del" in queue.accessibleDescription()


def test_buttons_have_tooltips_saying_what_they_do_and_their_key(console):
    window = console.window
    buttons = [w for w in interactive_widgets(window) if isinstance(w, QAbstractButton) and w.text()]
    assert buttons and all(b.toolTip().strip() for b in buttons)
    assert "F8" in find(window, QAbstractButton, "nextSpeakerButton").toolTip()
    assert "F9" in find(window, QAbstractButton, "questionStepButton").toolTip()


def test_form_labels_are_buddies_of_their_fields(console):
    window = console.window
    buddies = {lab.buddy().objectName() for lab in window.findChildren(QLabel) if lab.buddy() is not None}
    for name in ("voteSubject", "voteMethod", "voteAgainstCount", "electionOffice", "electionBlank", "proposalText",
                 "groupMinutes", "forwardProposals", "governmentList"):
        assert name in buddies, name


def test_accessible_names_follow_the_language(console, translations):
    button = find(console.window, QAbstractButton, "nextSpeakerButton")
    assert button.accessibleName() == "Neste taler (F8)"
    assert translations.load("en")
    QApplication.processEvents()
    assert button.accessibleName() == button.text() == "Next speaker (F8)"
    assert unnamed(console.window) == []
