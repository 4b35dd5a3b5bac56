"""The main window: six rearrangeable panes around the current item, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from chair_console import __version__
from chair_console.i18n import LANGUAGES, Translations
from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.procedure.state import MeetingState
from chair_console.ui import dialogs
from chair_console.ui.accessibility import name_controls
from chair_console.ui.controller import MeetingController
from chair_console.ui.current_item import CurrentItemView
from chair_console.ui.labels import PHASES, ROLES, label
from chair_console.ui.panes.base import Pane
from chair_console.ui import phase_layout
from chair_console.procedure.cockpit import cockpit_phase
from chair_console.ui.view_settings import ViewSettings, phase_pane, show_maximised_on_current_screen

if TYPE_CHECKING:
    from chair_console.ui.hall_display import HallDisplay
    from chair_console.ui.overlay import StreamOverlay

LAYOUT_VERSION = 4  # bump when the set of panes changes: older saved layouts are then ignored

# Where each pane starts (by its objectName); the chair can move, float, tabify or hide them, and the layout is kept.
_DEFAULT_AREAS = (
    ("rollCallPane", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("agendaPane", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("seatChartPane", Qt.DockWidgetArea.RightDockWidgetArea),
    ("speakersPane", Qt.DockWidgetArea.RightDockWidgetArea),
    ("countdownPane", Qt.DockWidgetArea.RightDockWidgetArea),
    ("votesPane", Qt.DockWidgetArea.RightDockWidgetArea),
    ("questionHourPane", Qt.DockWidgetArea.RightDockWidgetArea),
)
PANE_NAMES = tuple(name for name, _area in _DEFAULT_AREAS)
# Each pane's title (its class's TITLE, tests/ui/test_first_frame.py checks): the tab of a pane not built yet shows
# it without importing the pane's module.
_TITLES = {
    "rollCallPane": QT_TRANSLATE_NOOP("Panes", "Navneopprop"),
    "agendaPane": QT_TRANSLATE_NOOP("Panes", "Saksliste"),
    "seatChartPane": QT_TRANSLATE_NOOP("Panes", "Salkart"),
    "speakersPane": QT_TRANSLATE_NOOP("Panes", "Taleliste"),
    "countdownPane": QT_TRANSLATE_NOOP("Panes", "Taletid"),
    "votesPane": QT_TRANSLATE_NOOP("Panes", "Votering"),
    "questionHourPane": QT_TRANSLATE_NOOP("Panes", "Spørretime"),
}


def pane_title(name: str) -> str:
    """The title of the pane named `name` in the current language (as its class's `title()`)."""
    return QCoreApplication.translate("Panes", _TITLES[name])


def pane_class(name: str) -> type[Pane]:
    """The class of the pane named `name`, its module imported when first asked for (a start-up builds only the
    panes of the meeting's phase). Plain import statements, so that PyInstaller finds every pane's module."""
    if name == "rollCallPane":
        from chair_console.ui.panes.roll_call import RollCallPane as cls
    elif name == "agendaPane":
        from chair_console.ui.panes.agenda import AgendaPane as cls
    elif name == "seatChartPane":
        from chair_console.ui.panes.seat_chart import SeatChartPane as cls
    elif name == "speakersPane":
        from chair_console.ui.panes.speakers import SpeakersPane as cls
    elif name == "countdownPane":
        from chair_console.ui.panes.countdown import CountdownPane as cls
    elif name == "votesPane":
        from chair_console.ui.panes.votes import VotesPane as cls
    elif name == "questionHourPane":
        from chair_console.ui.panes.question_hour import QuestionHourPane as cls
    else:
        raise KeyError(name)
    return cls


class Panes(Mapping[str, Pane]):
    """The window's panes by objectName, in their default order. A pane not built yet is built when it is asked
    for (`panes["votesPane"]`, `.get`); iterating over the values or items builds them all."""

    def __init__(self, build: Callable[[str], Pane]) -> None:
        self._build = build
        self.built: dict[str, Pane] = {}

    def __getitem__(self, name: str) -> Pane:
        pane = self.built.get(name)
        if pane is None:
            if name not in PANE_NAMES:
                raise KeyError(name)
            pane = self._build(name)
        return pane

    def __iter__(self) -> Iterator[str]:
        return iter(PANE_NAMES)

    def __len__(self) -> int:
        return len(PANE_NAMES)


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` from the event loop right after `window`'s first frame is painted (app.py: the log's check).
    The calls made before that paint share one event filter and run in the order given (issue 17: each event to
    the window until its first paint passes through Python once, not once per call)."""
    waiting = getattr(window, "_first_paint", None)
    if waiting is None or waiting.done:
        waiting = _AfterFirstPaint(window)
        window._first_paint = waiting  # type: ignore[attr-defined]
    waiting.then.append(then)


class _AfterFirstPaint(QObject):
    """Calls each of `then` once, from the event loop, right after `window`'s first frame is painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.then: list[Callable[[], None]] = []
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.done = True
            for then in self.then:
                QTimer.singleShot(0, then)
        return False


class _HallLanguage:
    """The hall display's language for the View menu (view_settings.py) while the hall display is not built yet:
    the choice is kept and given to the display when it is built; afterwards it goes straight to the display."""

    def __init__(self, built: Callable[[], HallDisplay | None]) -> None:
        self._built = built
        self.code, self.qm_file = "nb", None

    def set_language(self, code: str, qm_file: object | None) -> bool:
        hall = self._built()
        if hall is not None:
            ok = hall.set_language(code, qm_file)
        else:  # the same check as the display's own: a language other than Bokmål needs its translation
            ok = code == "nb" or (qm_file is not None and QTranslator().load(str(qm_file)))
        if ok:
            self.code, self.qm_file = code, qm_file
        return ok

    def apply(self, hall: HallDisplay) -> None:
        if self.code != "nb":
            hall.set_language(self.code, self.qm_file)


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: MeetingController,
        settings: QSettings,
        translations: Translations,
        log_file: str,
        lazy_panes: bool = False,
    ) -> None:
        """`lazy_panes` (the application's start): build only the panes of the meeting's phase for the first frame,
        the others right after it is painted (`build_all`), or sooner when one is asked for."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(1600, 950)
        self.controller = controller
        self.settings = settings
        self.translations = translations
        self.log_file = log_file
        self._last_saved: datetime | None = None
        self._write_failed = False

        # centre: a message banner over the current item
        centre = QWidget(objectName="centre")
        self.banner = QLabel(objectName="messageBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, interval=10_000)
        self._banner_timer.timeout.connect(self.banner.hide)
        self.current_item = CurrentItemView(controller)
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.banner)
        box.addWidget(self.current_item, 1)
        self.setCentralWidget(centre)

        # the panes, each in a dock; lazily: only the current phase's panes now, the others after the first frame
        self.panes = Panes(self._build_pane)
        self.docks: dict[str, QDockWidget] = {}
        # lazy only when the window lays itself out by phase: the chair's own saved layout may show any pane
        follows = str(self.settings.value("layout/follows", "true")).lower() == "true"
        self._build_rest_after_paint = lazy_panes and follows
        # the first frame: the panes in front; a pane behind a tab only gets its tab's title (built when raised)
        key = (controller.service.actor, cockpit_phase(controller.state))
        first = phase_layout.front_panes(*key) if self._build_rest_after_paint else PANE_NAMES
        behind = set(phase_layout.shown_panes(*key)) - set(first)
        for name, area in _DEFAULT_AREAS:
            dock = QDockWidget(self)
            dock.setObjectName(name + "Dock")
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.docks[name] = dock
            if name in first:
                self._build_pane(name)
            else:  # a dock shown before its pane is built (the View menu, its tab raised) builds it
                dock.visibilityChanged.connect(lambda visible, n=name: visible and self.panes[n])
                if name in behind:
                    dock.setWindowTitle(pane_title(name))
            self.addDockWidget(area, dock)
        # Speakers, votes and question hour share the right column as tabs: one at a time, at full height.
        self.tabifyDockWidget(self.docks["speakersPane"], self.docks["votesPane"])
        self.tabifyDockWidget(self.docks["speakersPane"], self.docks["questionHourPane"])
        self.docks["speakersPane"].raise_()
        # Roll call at the start of the meeting, the agenda after: one column, two tabs, each at full height.
        self.tabifyDockWidget(self.docks["rollCallPane"], self.docks["agendaPane"])
        self.docks["rollCallPane"].raise_()
        self._default_sizes()
        self._default_state = self.saveState(LAYOUT_VERSION)

        # status bar
        self.status_meeting = QLabel(objectName="statusMeeting")
        self.status_attendance = QLabel(objectName="statusAttendance")
        self.status_database = QLabel(objectName="statusDatabase")
        self.status_saved = QLabel(objectName="statusSaved")
        self.status_mode = QLabel(objectName="statusMode")  # DEMO, read-only, view only, log not verified
        self.status_mode.setStyleSheet("color: white; background: #1e3a8a; font-weight: bold; padding: 0 8px;")
        self.status_mode.hide()
        # A lasting notice over the current item while actions are held (not the 10-second refusal banner).
        self.hold_banner = QLabel(objectName="holdBanner")
        self.hold_banner.setWordWrap(True)
        self.hold_banner.hide()
        box.insertWidget(0, self.hold_banner)
        self.status_closed = QLabel(objectName="statusClosed")
        self.status_closed.setStyleSheet("color: white; background: #7f1d1d; font-weight: bold; padding: 0 8px;")
        self.status_closed.hide()
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.addWidget(self.status_meeting, 1)
        bar.addPermanentWidget(self.status_mode)
        bar.addPermanentWidget(self.status_closed)
        bar.addPermanentWidget(self.status_attendance)
        bar.addPermanentWidget(self.status_database)
        bar.addPermanentWidget(self.status_saved)

        self._build_actions()
        self._build_menus()
        controller.stateChanged.connect(self._on_state)
        controller.saved.connect(self._on_saved)
        controller.refused.connect(self.show_refusal)
        controller.writeFailed.connect(self.show_write_failure)
        controller.heldChanged.connect(self._on_held)
        controller.reconnected.connect(self.show_notice)  # the database server back after «store.offline»
        self._hall_wanted = False  # the hall display was asked for before the log had passed its check
        self._layout_key: tuple[str, str] | None = None  # (role, phase) of the layout shown
        self.retranslate()
        self._restore_layout()
        self._on_state(controller.state)
        self.show_current_phase()
        self._on_held()
        if str(self.settings.value("hall/visible", "false")).lower() == "true":
            QTimer.singleShot(0, lambda: self.hall_action.setChecked(True))
        if self._build_rest_after_paint:  # watched from here: the events of building the window stay in C++
            after_first_paint(self, self.build_all)

    # -- the panes ------------------------------------------------------------------

    def _build_pane(self, name: str) -> Pane:
        """Build the pane `name` into its dock (once)."""
        cls = pane_class(name)
        pane = cls(self.controller)
        self.panes.built[name] = pane
        # Scrollable, so that no pane's minimum size can push the window past a laptop's screen.
        scroll = QScrollArea(objectName=name + "Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(pane)
        dock = self.docks[name]
        dock.setWidget(scroll)
        dock.setWindowTitle(cls.title())
        name_controls(pane)  # accessible names and tooltips (then on every language change)
        if name == "seatChartPane":
            pane.chart.seatClicked.connect(self._open_seat)
            pane.chart.seatDoubleClicked.connect(self._speaker_from_seat)
        return pane

    def build_all(self) -> None:
        """Build every pane not built yet, and the hall display (at start-up: right after the first frame)."""
        for name in PANE_NAMES:
            self.panes[name]
        self.hall  # noqa: B018

    @property
    def hall(self) -> HallDisplay:
        """The hall display (second screen), built on first use in the language chosen for it."""
        if self._hall is None:
            from chair_console.ui.hall_display import HallDisplay

            self._hall = HallDisplay(self.controller, self)
            self._hall_language.apply(self._hall)
        return self._hall

    # -- actions and menus --------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = QAction(self, objectName="undoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self, objectName="redoAction")
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        self._undo_text = ""
        self._redo_text = ""
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

        self.import_council_action = QAction(self, objectName="importCouncilAction")
        self.import_council_action.triggered.connect(self._import_council)
        self.attendance_report_action = QAction(self, objectName="attendanceReportAction")
        self.attendance_report_action.triggered.connect(self._attendance_report)
        self.import_agenda_action = QAction(self, objectName="importAgendaAction")
        self.import_agenda_action.triggered.connect(self._import_agenda)
        self.minutes_public_action = QAction(self, objectName="minutesPublicAction")
        self.minutes_public_action.triggered.connect(lambda: self._save_minutes(public=True))
        self.minutes_internal_action = QAction(self, objectName="minutesInternalAction")
        self.minutes_internal_action.triggered.connect(lambda: self._save_minutes(public=False))
        self.minutes_archive_action = QAction(self, objectName="minutesArchiveAction")
        self.minutes_archive_action.triggered.connect(lambda: self._save_minutes(public=False, archive=True))
        self.minutes_preview_action = QAction(self, objectName="minutesPreviewAction")
        self.minutes_preview_action.triggered.connect(self._preview_minutes)
        self.decision_public_action = QAction(self, objectName="decisionPublicAction")
        self.decision_public_action.triggered.connect(self.choose_public_decision)
        self.minutes_print_action = QAction(self, objectName="minutesPrintAction")
        self.minutes_print_action.triggered.connect(self._print_minutes)
        self.quit_action = QAction(self, objectName="quitAction")
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.open_meeting_action = QAction(self, objectName="openMeetingAction")
        self.open_meeting_action.triggered.connect(
            lambda: self.controller.perform(ev.MEETING_OPENED, {}, lambda: self.tr("Sett møtet"))
        )
        self.adjourn_action = QAction(self, objectName="adjournMeetingAction")
        self.adjourn_action.triggered.connect(self._adjourn)
        self.pause_action = QAction(self, objectName="pauseMeetingAction")
        self.pause_action.triggered.connect(
            lambda: self.controller.perform(ev.MEETING_PAUSED, {"kind": "pause"}, lambda: self.tr("Pause"))
        )
        self.suspend_action = QAction(self, objectName="suspendMeetingAction")
        self.suspend_action.triggered.connect(self._suspend)
        self.resume_action = QAction(self, objectName="resumeMeetingAction")
        self.resume_action.triggered.connect(
            lambda: self.controller.perform(ev.MEETING_RESUMED, {}, lambda: self.tr("Fortsett møtet"))
        )
        self.continue_action = QAction(self, objectName="continueMeetingAction")
        self.continue_action.triggered.connect(self._continue_another_day)
        self.correction_action = QAction(self, objectName="correctionAction")
        self.correction_action.triggered.connect(self._note_correction)
        self.notice_remarks_action = QAction(self, objectName="noticeRemarksAction")
        self.notice_remarks_action.triggered.connect(self._notice_remarks)
        self._build_key_actions()

        self._hall: HallDisplay | None = None  # the hall display, built on first use (or right after the first frame)
        self._hall_language = _HallLanguage(lambda: self._hall)
        if not self._build_rest_after_paint:
            self.hall  # noqa: B018 - built now, as every pane
        self.hall_action = QAction(self, checkable=True, objectName="hallDisplayAction")
        self.hall_action.setShortcut(QKeySequence("F11"))
        self.hall_action.toggled.connect(self.show_hall_display)
        self._overlay: StreamOverlay | None = None  # the stream overlay (ui/overlay.py), built on first use
        self.overlay_action = QAction(self, checkable=True, objectName="streamOverlayAction")
        self.overlay_action.toggled.connect(self.show_stream_overlay)
        self.hall_screen_group = QActionGroup(self)
        self.reset_layout_action = QAction(self, objectName="resetLayoutAction")
        self.reset_layout_action.triggered.connect(self.reset_layout)
        # The window lays itself out for each phase of the meeting (issue 17); off: the chair's own layout stands.
        self.follow_action = QAction(self, checkable=True, objectName="layoutFollowsAction")
        self.follow_action.setChecked(str(self.settings.value("layout/follows", "true")).lower() == "true")
        self.follow_action.toggled.connect(self._follow_toggled)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each language named in itself
            action = QAction(name, self, checkable=True, objectName=f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.translations.language].setChecked(True)

        self.role_group = QActionGroup(self)
        self.role_actions: dict[str, QAction] = {}
        for code in ROLES:
            action = QAction(self, checkable=True, objectName=f"role_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_role(c))
            self.role_group.addAction(action)
            self.role_actions[code] = action
        self.role_actions.get(self.controller.service.actor, self.role_actions["chair"]).setChecked(True)
        # On a server the station's role is IT's choice (--role or the settings file, docs/IT.md): a secretary's
        # station never makes itself the chair's, which may undo any station's actions. One laptop may switch.
        self.role_fixed = self.controller.db.dialect != "sqlite"
        self.role_group.setEnabled(not self.role_fixed)

        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.triggered.connect(self._about)

    def _build_key_actions(self) -> None:
        """The phases' main actions on keys (README's key table): set the meeting, take up the selected item (the
        agenda pane asks first if a speech or a debate would be left), close the debate. Window-wide, so they work
        whichever pane has the focus."""
        self.open_meeting_action.setShortcut(QKeySequence("Ctrl+M"))
        self.take_up_action = QAction(self, objectName="takeUpItemAction")
        self.take_up_action.setShortcut(QKeySequence("Ctrl+T"))
        self.take_up_action.triggered.connect(lambda: self._agenda_key("open_selected"))
        self.close_debate_action = QAction(self, objectName="closeDebateAction")
        self.close_debate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.close_debate_action.triggered.connect(lambda: self._agenda_key("close_debate"))
        for action in (self.open_meeting_action, self.take_up_action, self.close_debate_action):
            self.addAction(action)  # active with the menu bar hidden too

    def _agenda_key(self, name: str) -> bool:
        pane = self.panes.get("agendaPane")
        return bool(pane is not None and getattr(pane, name)())

    def _retranslate_key_actions(self) -> None:
        self.take_up_action.setText(self.tr("Ta opp valgt sak"))
        self.close_debate_action.setText(self.tr("Avslutt debatten"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_council_action)
        self.file_menu.addAction(self.import_agenda_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.attendance_report_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.meeting_menu = bar.addMenu("")
        self.meeting_menu.addAction(self.open_meeting_action)
        self.meeting_menu.addAction(self.notice_remarks_action)
        self.meeting_menu.addAction(self.pause_action)
        self.meeting_menu.addAction(self.suspend_action)
        self.meeting_menu.addAction(self.resume_action)
        self.meeting_menu.addAction(self.adjourn_action)
        self.meeting_menu.addSeparator()
        self.meeting_menu.addAction(self.continue_action)
        self.meeting_menu.addAction(self.correction_action)
        self.meeting_menu.addSeparator()
        self.meeting_menu.addAction(self.take_up_action)
        self.meeting_menu.addAction(self.close_debate_action)
        self.minutes_menu = bar.addMenu("")
        self.minutes_menu.setObjectName("minutesMenu")
        for action in (self.minutes_preview_action, self.minutes_public_action, self.minutes_internal_action,
                       self.minutes_archive_action, self.minutes_print_action):
            self.minutes_menu.addAction(action)
        self.minutes_menu.addSeparator()
        self.minutes_menu.addAction(self.decision_public_action)
        self.view_menu = bar.addMenu("")
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.hall_action)
        self.hall_screen_menu = self.view_menu.addMenu("")
        self.hall_screen_menu.aboutToShow.connect(self._fill_hall_screens)
        self.view_menu.addAction(self.overlay_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.follow_action)
        self.view_menu.addAction(self.reset_layout_action)
        # font size, high contrast, the hall display's own language (universal design; remembered)
        self.view_settings = ViewSettings(self, self.settings, self.view_menu, self._hall_language,
                                          self.translations.qm_file)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.role_menu = self.settings_menu.addMenu("")
        self.role_menu.setToolTipsVisible(True)
        for action in self.role_actions.values():
            self.role_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # -- language ------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        if self.translations.load(code):
            self.settings.setValue("language", code)
        else:
            self.show_refusal(self.tr("Oversettelsen finnes ikke i denne installasjonen."))
        self.language_actions[self.translations.language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Fil"))
        self.attendance_report_action.setText(self.tr("Oppmøterapport for godtgjøring …"))
        self.edit_menu.setTitle(self.tr("&Rediger"))
        self.meeting_menu.setTitle(self.tr("&Møte"))
        self.view_menu.setTitle(self.tr("&Vis"))
        self.minutes_menu.setTitle(self.tr("Møte&bok"))
        self.minutes_preview_action.setText(self.tr("Vis møteboken (offentlig utgave)"))
        self.minutes_public_action.setText(self.tr("Lagre offentlig møtebok som PDF…"))
        self.minutes_internal_action.setText(self.tr("Lagre intern møtebok som PDF…"))
        self.minutes_archive_action.setText(self.tr("Lagre arkivkopi (PDF/A-2b)…"))
        self.decision_public_action.setText(self.tr("Vedtak i lukket sak i den offentlige møteboken…"))
        self.minutes_print_action.setText(self.tr("Skriv ut møteboken…"))
        self.settings_menu.setTitle(self.tr("&Innstillinger"))
        self.language_menu.setTitle(self.tr("Språk"))
        self.role_menu.setTitle(self.tr("Rolle"))
        self.help_menu.setTitle(self.tr("&Hjelp"))
        self.quit_action.setText(self.tr("&Avslutt"))
        self.import_council_action.setText(self.tr("Importer bystyret…"))
        self.import_agenda_action.setText(self.tr("Importer saksliste til dette møtet…"))
        self.open_meeting_action.setText(self.tr("Sett møtet («Møtet er satt»)"))
        self._retranslate_key_actions()
        self.adjourn_action.setText(self.tr("Hev møtet («Møtet er hevet»)"))
        self.pause_action.setText(self.tr("Pause"))
        self.suspend_action.setText(self.tr("Avbryt forhandlingene (R-11a)…"))
        self.resume_action.setText(self.tr("Fortsett møtet"))
        self.continue_action.setText(self.tr("Fortsett møtet en annen dag…"))
        self.correction_action.setText(self.tr("Rettelse etter møtet…"))
        self.notice_remarks_action.setText(self.tr("Merknader til innkalling og saksliste …"))
        self.reset_layout_action.setText(self.tr("Tilbakestill vindusoppsettet"))
        self.follow_action.setText(self.tr("Oppsettet følger møtet"))
        self.view_settings.retranslate()
        self.hall_action.setText(self.tr("Salskjerm (F11)"))
        self.hall_screen_menu.setTitle(self.tr("Salskjerm på skjerm"))
        self.overlay_action.setText(self.tr("Strømmegrafikk"))
        self.about_action.setText(self.tr("Om Chair Console"))
        for code, action in self.role_actions.items():
            action.setText(label(ROLES, code))
            action.setToolTip(self.tr("Stasjonens rolle er satt ved oppstart (--role eller innstillingsfilen) og "
                                      "kan ikke endres her") if self.role_fixed else action.text())
        for name, dock in self.docks.items():
            if name in self.panes.built or dock.windowTitle():  # a tab whose pane is not built yet has its title
                dock.setWindowTitle(pane_title(name))
        self.controller.retranslate()
        stack = self.controller.undo_stack
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        self._retranslate_undo()
        self._on_state(self.controller.state)

    def _on_undo_text(self, text: str) -> None:
        self._undo_text = text
        self._retranslate_undo()

    def _on_redo_text(self, text: str) -> None:
        self._redo_text = text
        self._retranslate_undo()

    def _retranslate_undo(self) -> None:
        undo_text, redo_text = self._undo_text, self._redo_text
        self.undo_action.setText(self.tr("Angre {action}").format(action=undo_text) if undo_text else self.tr("Angre"))
        self.redo_action.setText(self.tr("Gjør om {action}").format(action=redo_text) if redo_text else self.tr("Gjør om"))

    # -- state ---------------------------------------------------------------------

    # -- hall display (second screen) ---------------------------------------------------

    def _fill_hall_screens(self) -> None:
        self.hall_screen_menu.clear()
        chosen = str(self.settings.value("hall/screen", ""))
        for screen in QGuiApplication.screens():
            geometry = screen.geometry()
            action = QAction(f"{screen.name()} ({geometry.width()}×{geometry.height()})", self, checkable=True)
            action.setChecked(screen.name() == chosen)
            action.triggered.connect(lambda _c=False, n=screen.name(): self.set_hall_screen(n))
            self.hall_screen_group.addAction(action)
            self.hall_screen_menu.addAction(action)

    def set_hall_screen(self, name: str) -> None:
        self.settings.setValue("hall/screen", name)
        if self._hall is not None and self._hall.isVisible():
            self.show_hall_display(True)

    def _hall_allowed(self) -> bool:
        """The hall shows only a verified log that this console keeps current (not another console's view)."""
        return self.controller.verified and self.controller.held_code not in ("db.in_use", "log.failed_gui")

    def show_hall_display(self, visible: bool) -> None:
        """Full screen on the chosen monitor (remembered); a plain window when there is only one screen."""
        if visible and not self._hall_allowed():
            self._hall_wanted = self.controller.held_code in (None, "log.verifying", "db.read_only")
            self.hall_action.blockSignals(True)
            self.hall_action.setChecked(False)
            self.hall_action.blockSignals(False)
            if not self._hall_wanted:
                self.show_refusal(self.controller.held_message())
            return
        self.settings.setValue("hall/visible", visible)
        if not visible:
            if self._hall is not None:
                self._hall.hide()
            return
        screens = QGuiApplication.screens()
        chosen = str(self.settings.value("hall/screen", ""))
        screen = next((s for s in screens if s.name() == chosen), None)
        if screen is None and len(screens) > 1:
            screen = next((s for s in screens if s != self.screen()), None)
        if screen is not None and screen != self.screen():
            self.hall.setScreen(screen)
            self.hall.setGeometry(screen.geometry())
            self.hall.showFullScreen()
        else:
            self.hall.showNormal()
        self.hall.refresh()

    # -- the stream overlay (the broadcast PC's window capture) -------------------------------------

    @property
    def overlay(self) -> StreamOverlay:
        """The stream overlay (ui/overlay.py), built on first use with the key colour of the settings."""
        if self._overlay is None:
            self._overlay = self._make_overlay(self)
        return self._overlay

    def _make_overlay(self, owner: QWidget | None) -> StreamOverlay:
        from chair_console.ui.overlay import DEFAULT_KEY_COLOUR, KEY_COLOUR_SETTING, StreamOverlay

        colour = str(self.settings.value(KEY_COLOUR_SETTING, DEFAULT_KEY_COLOUR))
        overlay = StreamOverlay(self.controller, owner, colour, allowed=self._overlay_allowed)
        overlay.dismissed.connect(lambda: self.overlay_action.setChecked(False))
        overlay.keyColourChosen.connect(lambda colour: self.settings.setValue(KEY_COLOUR_SETTING, colour))
        return overlay

    def _overlay_allowed(self) -> bool:
        """The overlay shows a verified log only (else just its key colour)."""
        return self.controller.verified and self.controller.held_code != "log.failed_gui"

    def show_stream_overlay(self, visible: bool) -> None:
        if visible:
            self.overlay.show()
            self.overlay.refresh()
        elif self._overlay is not None:
            self._overlay.hide()

    def overlay_station(self) -> StreamOverlay:
        """`--role overlay`: the broadcast PC shows the overlay alone and records nothing (held). A window of its
        own (no owner): closing it quits the console, as closing the main window does."""
        self.controller.hold("station.overlay")
        if self._overlay is None:
            self._overlay = self._make_overlay(None)
        return self._overlay

    def display_station(self) -> HallDisplay:
        """`--role display`: the hall display alone, on a machine of its own by the hall's screen, recording nothing
        (held). A window of its own (no owner), full screen on the screen chosen for the hall (`hall/screen`, as
        *Vis → Salskjerm på skjerm* sets it) or else the primary one; Ctrl+Q closes it, which quits the console."""
        from PySide6.QtGui import QShortcut

        from chair_console.ui.hall_display import HallDisplay

        self.controller.hold("station.display")
        if self._hall is None:
            self._hall = HallDisplay(self.controller, None)
            self._hall_language.apply(self._hall)
        hall = self._hall
        hall.allowed = self._hall_allowed  # a verified log only (the chain's check runs after the first frame)
        if hall.parent() is not None:  # built with the panes: its own window now, not the hidden main window's
            hall.setParent(None, Qt.WindowType.Window)
        chosen = str(self.settings.value("hall/screen", ""))
        screen = next((s for s in QGuiApplication.screens() if s.name() == chosen), QGuiApplication.primaryScreen())
        if screen is not None:
            hall.setScreen(screen)
            hall.setGeometry(screen.geometry())
        hall.setWindowState(hall.windowState() | Qt.WindowState.WindowFullScreen)
        QShortcut(QKeySequence("Ctrl+Q"), hall, activated=hall.close)
        return hall

    def _speaker_from_seat(self, member_id: str) -> None:
        """A double click on the seat chart puts whoever sits in that seat on the speaker list."""
        person = self.controller.state.seated().get(member_id, member_id)
        speakers = self.panes["speakersPane"]
        speakers.add(person, speakers.kind.currentData())

    def _open_seat(self, member_id: str) -> None:
        """A click on the seat chart opens that member in the roll call."""
        self.docks["rollCallPane"].show()
        self.docks["rollCallPane"].raise_()
        self.panes["rollCallPane"].select_member(member_id)

    def set_role(self, code: str) -> None:
        if self.role_fixed:  # a station on a server keeps the role it was started with
            return
        self.controller.service.actor = code
        self.settings.setValue("role", code)
        self.follow_phase(force=True)  # the secretary's station has layouts of its own

    def _on_state(self, state: MeetingState) -> None:
        info = state.info
        if info is not None:
            title = self.tr("Chair Console — {title}").format(title=info.title)
            if self.controller.origin in ("demo", "simulation"):
                title = self.tr("DEMO") + " · " + title
            self.setWindowTitle(title)
            text = self.tr("{date} · {place} · {phase}").format(
                date=info.date, place=info.place, phase=label(PHASES, state.phase.value)
            )
            if state.chair is not None:
                text += " · " + self.tr("Møteleder: {name}").format(name=state.council.name_of(state.chair.person))
            self.status_meeting.setText(text)
        q = state.quorum(state.current_item)  # in an item, without its disqualified members (R-3.10a)
        if q.ok:
            text = self.tr("Til stede: {present} av {seats} · vedtaksført").format(present=q.present, seats=q.seats)
        else:
            text = self.tr("Til stede: {present} av {seats} · ikke vedtaksført (minst {required})").format(
                present=q.present, seats=q.seats, required=q.required
            )
        self.status_attendance.setText(text)
        self.status_attendance.setProperty("quorum", q.ok)
        self.status_database.setText(self.tr("Database: {path}").format(path=self.controller.db_path))
        current = state.item(state.current_item)
        closed = current is not None and current.closed  # R-3.7a: a strong indicator while closed
        self.status_closed.setText(self.tr("LUKKET MØTE – ingen strømming"))
        self.status_closed.setVisible(closed)
        self._show_saved()
        self.follow_phase()

    def _on_saved(self, event: Event) -> None:
        if self.follow_action.isChecked():
            pass  # the phase's layout brings its panes to the front (follow_phase)
        elif event.kind == ev.MEETING_OPENED:  # the roll is taken: the agenda comes to the front
            self.docks["agendaPane"].raise_()
        elif event.kind == ev.DEBATE_CLOSED:  # voting starts (R-3.3e): the votes pane comes to the front
            self.docks["votesPane"].raise_()
        elif event.kind == ev.ITEM_OPENED:
            self.docks["speakersPane"].raise_()
        self._last_saved = datetime.now()
        self._write_failed = False
        self.banner.hide()
        self._show_saved()

    def _on_held(self) -> None:
        """Show why actions are held (a lasting notice), or clear it; open the hall display if it was waiting."""
        code = self.controller.held_code
        message = self.controller.held_message()
        if code == "log.failed_gui":
            message = self.controller.verify_failure + "\n" + message
        self.hold_banner.setText(message)
        colours = "background: #b00020; color: white;" if code == "log.failed_gui" else (
            "background: #9a3412; color: white;" if code == "store.offline" else
            "background: #e0e7ff; color: #1e1b4b; border: 1px solid #6366f1;")
        self.hold_banner.setStyleSheet(colours + " padding: 8px; font-weight: bold;")
        self.hold_banner.setVisible(code is not None)
        self.hold_banner.setAccessibleName(message)
        self._show_mode()
        self._show_saved()
        if self._hall_wanted and self._hall_allowed():
            self._hall_wanted = False
            self.hall_action.setChecked(True)

    def _show_mode(self) -> None:
        code = self.controller.held_code
        texts = []
        if self.controller.origin in ("demo", "simulation"):
            texts.append(self.tr("DEMO – egen database"))
        if code == "db.read_only":
            texts.append(self.tr("SKRIVEBESKYTTET – bare visning"))
        elif code == "db.in_use":
            texts.append(self.tr("ÅPEN I EN ANNEN KONSOLL – bare visning"))
        elif code == "log.verifying":
            texts.append(self.tr("Kontrollerer loggen …"))
        elif code == "log.failed_gui":
            texts.append(self.tr("LOGGEN BESTO IKKE KONTROLLEN"))
        elif code == "store.offline":
            texts.append(self.tr("FRAKOBLET – venter på databasetjeneren"))
        self.status_mode.setText(" · ".join(texts))
        self.status_mode.setVisible(bool(texts))

    def _show_saved(self) -> None:
        if self.controller.held_code == "log.failed_gui":  # never «Alt er lagret» over a log that failed its check
            self.status_saved.setText(self.tr("Loggen besto ikke kontrollen"))
            self.status_saved.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
            return
        if self._write_failed:
            self.status_saved.setText(self.tr("IKKE LAGRET – se meldingen"))
            self.status_saved.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        elif self._last_saved is None:
            self.status_saved.setText(self.tr("Alt er lagret"))
            self.status_saved.setStyleSheet("color: #1b6e20;")
        else:
            self.status_saved.setText(self.tr("Alt er lagret ({time})").format(time=self._last_saved.strftime("%H:%M:%S")))
            self.status_saved.setStyleSheet("color: #1b6e20;")

    def show_refusal(self, message: str) -> None:
        """A refused action: said calmly above the current item; nothing was changed."""
        self.banner.setText(message)
        self.banner.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 8px; border: 1px solid #e0c060;")
        self.banner.show()
        self._banner_timer.start()

    def show_notice(self, message: str) -> None:
        """Good news above the current item (the server is back): shown for a while, then gone."""
        self.banner.setText(message)
        self.banner.setStyleSheet("background: #dcfce7; color: #14532d; padding: 8px; border: 1px solid #16a34a;")
        self.banner.show()
        self._banner_timer.start()

    def show_write_failure(self, message: str) -> None:
        self._write_failed = True
        self._show_saved()
        self.banner.setText(message)
        self.banner.setStyleSheet("background: #b00020; color: white; padding: 8px; font-weight: bold;")
        self.banner.show()
        self._banner_timer.stop()

    def _minutes_name(self, public: bool, archive: bool = False) -> str:
        info = self.controller.state.info
        kind = "arkiv" if archive else "offentlig" if public else "intern"
        return f"moetebok-{info.date if info else 'moete'}-{kind}.pdf"

    def _save_minutes(self, public: bool, archive: bool = False) -> None:
        path = dialogs.choose_save_file(self, self.tr("Lagre møteboken"), self._minutes_name(public, archive),
                                        "PDF (*.pdf)")
        if path and self.controller.write_minutes(path, public, archive=archive):
            note = self.controller.minutes_note  # made from the station's copy while the server is away
            self.show_refusal(" ".join(filter(None, [self.tr("Møteboken er lagret: {path}").format(path=path), note])))

    def _temp_minutes(self) -> str | None:
        import tempfile

        path = str(Path(tempfile.gettempdir()) / self._minutes_name(True))
        if not self.controller.write_minutes(path, public=True):
            return None
        if self.controller.minutes_note:  # made from the station's copy while the server is away
            self.show_refusal(self.controller.minutes_note)
        return path

    def _preview_minutes(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        path = self._temp_minutes()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def choose_public_decision(self) -> bool:
        """R-3.6c: whether a closed item's decision is printed in the public minutes (where the exemption allows
        it) — the secretariat's choice per item, recorded in the log (one event, one undo)."""
        state = self.controller.state
        closed = [item for item in state.agenda if item.closed]
        if not closed:
            self.show_refusal(self.tr("Ingen saker i dette møtet er lukket."))
            return False
        shown = self.tr("vedtaket offentliggjøres")
        hidden = self.tr("vedtaket offentliggjøres ikke")
        options = [f"{item.number} {item.title} – {shown if item.id in state.public_decisions else hidden}"
                   for item in closed]
        chosen = dialogs.choose(self, self.tr("Vedtak i lukket sak"), self.tr("Hvilken lukket sak?"), options)
        if chosen is None:
            return False
        item = closed[chosen]
        public = dialogs.ask(
            self, self.tr("Vedtak i lukket sak"),
            self.tr("Skal vedtaket i {item} stå i den offentlige møteboken? Bare vedtaket, aldri debatten, og bare "
                    "der unntaket fra offentlighet tillater det (R-3.6c).").format(item=item.number),
            self.tr("Offentliggjør vedtaket"), self.tr("Ikke offentliggjør"))
        return self.controller.perform(
            ev.DECISION_PUBLIC, {"item": item.id, "public": public},
            lambda: self.tr("Offentliggjør vedtak") if public else self.tr("Ikke offentliggjør vedtak"))

    def _print_minutes(self) -> None:
        path = self._temp_minutes()
        if path and not dialogs.print_pdf(self, path):
            self.show_refusal(self.tr("Møteboken ble ikke skrevet ut."))

    def _suspend(self) -> None:
        note = dialogs.ask_text(self, self.tr("Avbryt forhandlingene"), self.tr("Kort merknad til møteboken (R-11a):"))
        if note is not None:
            self.controller.perform(ev.MEETING_PAUSED, {"kind": "suspended", "note": note},
                                    lambda: self.tr("Avbryt forhandlingene"))

    def _continue_another_day(self) -> None:
        from datetime import date, timedelta

        day = dialogs.ask_text(self, self.tr("Fortsett en annen dag"), self.tr("Dato for neste møtedag (ÅÅÅÅ-MM-DD):"),
                               (date.today() + timedelta(days=1)).isoformat())
        if day is not None:
            self.controller.perform(ev.SITTING_CONTINUED, {"date": day.strip()}, lambda: self.tr("Ny møtedag"))

    def _note_correction(self) -> None:
        text = dialogs.ask_text(self, self.tr("Rettelse etter møtet"), self.tr("Hva rettes?"))
        if text is None:
            return
        reason = dialogs.ask_text(self, self.tr("Rettelse etter møtet"), self.tr("Hvorfor (hvem meldte feilen)?"))
        if reason is not None:
            self.controller.perform(ev.CORRECTION_NOTED, {"text": text, "reason": reason}, lambda: self.tr("Rettelse"))

    def _notice_remarks(self) -> None:
        """R-3.6a: a remark to the notice or the agenda, for the minutes (after «Møtet er satt», before the first
        item); each remark is one event, undone with Ctrl+Z."""
        text = dialogs.ask_text(self, self.tr("Merknader til innkalling og saksliste"),
                                self.tr("Merknad til innkallingen eller sakslisten (føres i møteboken):"))
        if text is not None:
            self.controller.perform(ev.NOTICE_REMARKS, {"text": text},
                                    lambda: self.tr("Merknad til innkalling og saksliste"))

    def _import_council(self) -> None:
        path = dialogs.choose_file(self, self.tr("Importer bystyret"), self.tr("Bystyret (*.csv *.json)"))
        if path:
            message = self.controller.import_council(path)
            if message:
                self.show_refusal(message)

    def _attendance_report(self) -> None:
        from chair_console.ui.attendance_dialog import export_attendance

        message = export_attendance(self, self.controller.db)
        if message:
            self.show_refusal(message)

    def _import_agenda(self) -> None:
        path = dialogs.choose_file(self, self.tr("Importer saksliste"), self.tr("Saksliste (*.csv *.json)"))
        if path:
            self.controller.import_agenda(path, lambda: self.tr("Importer saksliste"))

    def _adjourn(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirmAdjournDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hev møtet"))
        box.setText(self.tr("Vil du heve møtet? Etterpå kan ingenting mer registreres i dette møtet."))
        yes = box.addButton(self.tr("Hev møtet"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is yes:
            self.controller.perform(ev.MEETING_ADJOURNED, {}, lambda: self.tr("Hev møtet"))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Om Chair Console"))
        box.setText(
            self.tr("Chair Console {version}\n\nDatabase: {db}\nLoggfil: {log}").format(
                version=__version__, db=self.controller.db_path, log=self.log_file
            )
        )
        box.addButton(self.tr("Lukk"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    # -- layout persistence ------------------------------------------------------

    def _default_sizes(self) -> None:
        self.resizeDocks([self.docks["rollCallPane"]], [620], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["speakersPane"]], [460], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.docks["seatChartPane"], self.docks["speakersPane"], self.docks["countdownPane"]],
            [280, 360, 260],
            Qt.Orientation.Vertical,
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # the first start: maximised on the current screen
            show_maximised_on_current_screen(self)
        if self.follow_action.isChecked():
            return  # the phase's layout (follow_phase), sized again whenever the window is resized
        if not (isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION)):
            # The default dock sizes, once the window has its real size — and again whenever the window is
            # resized before a layout of the chair's own was saved (a maximised first start, then the real screen).
            self._default_layout = True
            QTimer.singleShot(0, self._default_sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._layout_key is not None and self.follow_action.isChecked():
            QTimer.singleShot(0, self._size_phase_columns)
        elif getattr(self, "_default_layout", False):
            QTimer.singleShot(0, self._default_sizes)

    # -- a layout per phase (issue 17) ----------------------------------------------------------------

    def follow_phase(self, force: bool = False) -> None:
        """Lay the window out for the meeting's phase when it changes (or when asked), unless the chair has
        turned that off."""
        if not self.follow_action.isChecked():
            return
        key = (self.controller.service.actor, cockpit_phase(self.controller.state))
        if force or key != self._layout_key:
            self._layout_key = key
            for name in phase_layout.front_panes(*key):
                self.panes[name]  # built before its dock is shown (one behind a tab: when it is raised)
            phase_layout.apply_layout(self, self.docks, phase_layout.columns_for(*key))

    def _size_phase_columns(self) -> None:
        if self._layout_key is not None and self.follow_action.isChecked():
            phase_layout.size_columns(self, self.docks, phase_layout.columns_for(*self._layout_key))

    def _follow_toggled(self, on: bool) -> None:
        self.settings.setValue("layout/follows", on)
        if on:
            self.follow_phase(force=True)
        else:
            self._layout_key = None

    def reset_layout(self) -> None:
        if self.follow_action.isChecked():
            self.follow_phase(force=True)
        else:
            self.restoreState(self._default_state, LAYOUT_VERSION)

    def show_current_phase(self) -> None:
        """A meeting opened again shows its current phase: the roll call before the meeting is set, the
        question hour, the speakers in a debate, the votes while voting, else the agenda."""
        if self.follow_action.isChecked():
            self.follow_phase(force=True)
            return
        dock = self.docks.get(phase_pane(self.controller.state))
        if dock is not None:
            self.panes[phase_pane(self.controller.state)]
            dock.show()
            dock.raise_()

    def save_layout(self) -> None:
        self._default_layout = False  # from now on the chair's own layout stands
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        if self._hall is not None:
            self._hall.close()
        super().closeEvent(event)
