"""The View menu's universal-design settings, each remembered in QSettings: the font size (Ctrl+Plus,
Ctrl+Minus, Ctrl+0), a high-contrast theme, and the hall display's own language; plus which pane a meeting
shows when it is opened again (its current phase), and a first start maximised on the current screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QCursor, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from chair_console.i18n import DEFAULT_LANGUAGE, LANGUAGES
from chair_console.procedure.agenda import IN_DEBATE, QUESTION_HOUR, VOTING
from chair_console.procedure.state import MeetingState, Phase

MIN_POINTS, MAX_POINTS = 7, 32
FONT_KEY, CONTRAST_KEY, HALL_LANGUAGE_KEY = "view/fontPoints", "view/highContrast", "hall/language"

# Strong contrast (WCAG AAA: white/yellow on black). Status colours set by widgets themselves (the banners,
# the closed-meeting flag, the seat chart's own painting) keep their colours, so they stay distinguishable.
HIGH_CONTRAST_STYLE = """
QPushButton, QToolButton { border: 2px solid #ffffff; padding: 3px 8px; background: #000000; color: #ffffff; }
QPushButton:hover, QToolButton:hover { border-color: #ffff00; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QPlainTextEdit:focus { border: 3px solid #ffff00; }
QPushButton:disabled, QToolButton:disabled { color: #9a9a9a; border: 2px dashed #9a9a9a; }
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit { border: 2px solid #ffffff; }
QDockWidget::title { background: #000000; color: #ffffff; border-bottom: 2px solid #ffffff; }
"""


def high_contrast_palette() -> QPalette:
    p = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    for role, colour in (
        (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.Link, cyan), (QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8")),
    ):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9a9a"))
    return p


def phase_pane(state: MeetingState) -> str:
    """The pane a meeting opened again should show: its current phase."""
    if state.phase == Phase.NOT_STARTED:
        return "rollCallPane"
    item = state.item(state.current_item)
    if item is None:
        return "agendaPane"
    status = state.status(item.id)
    if item.kind == QUESTION_HOUR and status == IN_DEBATE:
        return "questionHourPane"
    if status == VOTING:
        return "votesPane"
    if status == IN_DEBATE:
        return "speakersPane"
    return "agendaPane"


def show_maximised_on_current_screen(window: QMainWindow) -> None:
    """No saved geometry: the first start fills the screen the pointer (or the primary screen) is on."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is not None:  # on that screen, with a size that fits it when the chair restores it
        area = screen.availableGeometry()
        window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
        window.move(area.center() - window.rect().center())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """A standard key and its usual spellings, each once (a key given twice would be ambiguous)."""
    keys = [QKeySequence(k) for k in extra]
    return keys + [k for k in QKeySequence.keyBindings(standard) if k not in keys]


class ViewSettings(QObject):
    """Builds the View menu's font, contrast and hall-language entries for `window` and applies them."""

    def __init__(self, window: QMainWindow, settings: QSettings, menu: QMenu, hall, qm_file) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window, self.settings, self.hall, self.qm_file = window, settings, hall, qm_file
        self.default_points = QApplication.font().pointSizeF() if QApplication.font().pointSizeF() > 0 else 10.0
        self.zoom_in_action = QAction(window, objectName="zoomInAction")
        self.zoom_in_action.setShortcuts(_keys(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="))
        self.zoom_in_action.triggered.connect(lambda: self.set_points(self.points() + 1))
        self.zoom_out_action = QAction(window, objectName="zoomOutAction")
        self.zoom_out_action.setShortcuts(_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        self.zoom_out_action.triggered.connect(lambda: self.set_points(self.points() - 1))
        self.zoom_reset_action = QAction(window, objectName="zoomResetAction")
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_points(self.default_points))
        self.contrast_action = QAction(window, checkable=True, objectName="highContrastAction")
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.hall_language_group = QActionGroup(window)
        self.hall_language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each language named in itself
            action = QAction(name, window, checkable=True, objectName=f"hallLanguage_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_hall_language(c))
            self.hall_language_group.addAction(action)
            self.hall_language_actions[code] = action
        menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.contrast_action):
            menu.addAction(action)
            window.addAction(action)  # the keys work wherever the focus is
        self.hall_language_menu = menu.addMenu("")
        self.hall_language_menu.setObjectName("hallLanguageMenu")
        for action in self.hall_language_actions.values():
            self.hall_language_menu.addAction(action)
        # apply what was remembered
        saved = self.settings.value(FONT_KEY)
        if saved is not None:
            try:
                self._apply_points(float(saved))
            except (TypeError, ValueError):
                pass
        self.contrast_action.setChecked(str(self.settings.value(CONTRAST_KEY, "false")).lower() == "true")
        language = str(self.settings.value(HALL_LANGUAGE_KEY, DEFAULT_LANGUAGE))
        self.set_hall_language(language if language in LANGUAGES else DEFAULT_LANGUAGE, remember=False)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.zoom_in_action.setText(translate("ViewSettings", "Større tekst (Ctrl+Pluss)"))
        self.zoom_out_action.setText(translate("ViewSettings", "Mindre tekst (Ctrl+Minus)"))
        self.zoom_reset_action.setText(translate("ViewSettings", "Vanlig tekststørrelse (Ctrl+0)"))
        self.contrast_action.setText(translate("ViewSettings", "Høy kontrast"))
        self.hall_language_menu.setTitle(translate("ViewSettings", "Salskjermens språk"))

    # -- font size -----------------------------------------------------------------------

    def points(self) -> float:
        size = self.window.font().pointSizeF()
        return size if size > 0 else self.default_points

    def set_points(self, points: float) -> None:
        points = self._apply_points(points)
        if abs(points - self.default_points) < 0.01:
            self.settings.remove(FONT_KEY)
        else:
            self.settings.setValue(FONT_KEY, points)

    def _apply_points(self, points: float) -> float:
        points = max(MIN_POINTS, min(MAX_POINTS, points))
        font = QFont(self.window.font())
        font.setPointSizeF(points)
        self.window.setFont(font)  # the whole window: menus, docks, panes and the status bar
        self.window.menuBar().setFont(font)
        return points

    # -- contrast -----------------------------------------------------------------------------

    def set_high_contrast(self, on: bool) -> None:
        self.settings.setValue(CONTRAST_KEY, on)
        if on:
            self.window.setPalette(high_contrast_palette())
            self.window.setStyleSheet(HIGH_CONTRAST_STYLE)
        else:  # the style sheet first: unpolishing it would bring back the palette it was applied over
            self.window.setStyleSheet("")
            self.window.setPalette(QApplication.palette(self.window))
        self.window.setProperty("highContrast", on)

    def high_contrast(self) -> bool:
        return self.contrast_action.isChecked()

    # -- the hall display's language ----------------------------------------------------------

    def set_hall_language(self, code: str, remember: bool = True) -> None:
        if not self.hall.set_language(code, self.qm_file(code)):
            code = DEFAULT_LANGUAGE
            self.hall.set_language(code, None)
        elif remember:
            self.settings.setValue(HALL_LANGUAGE_KEY, code)
        self.hall_language_actions[code].setChecked(True)
