"""Languages: Norwegian Bokmål is the source language; English comes from a Qt translation.

Every user-visible string is written in Bokmål inside QCoreApplication.translate(...)
or QT_TRANSLATE_NOOP(...), so pyside6-lupdate finds it; build/compile_translations.py
turns resources/translations/*.ts into .qm files that this module loads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

# The one translation module outside ui/, app and the command line (pyproject.toml's import contract):
# modules below the ui (messages.py) mark and translate their strings through these two names.
__all__ = ["QT_TRANSLATE_NOOP", "translate", "Translations", "LANGUAGES", "DEFAULT_LANGUAGE", "current_language"]
translate = QCoreApplication.translate

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"
# The application's property that names the language of its installed translation, for the words the rules core
# builds itself (procedure/vote_words.py takes a language code, not a translator).
LANGUAGE_PROPERTY = "chairConsoleLanguage"


def current_language() -> str:
    """The operator's language: that of the translation the application has installed (Bokmål without one)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """The translator for the chosen language; works with or without a running app."""

    def __init__(self, translations_dir: Path) -> None:
        self._dir = translations_dir
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def qm_file(self, language: str) -> Path:
        return self._dir / f"chair_console_{language}.qm"

    def load(self, language: str) -> bool:
        """Switch to `language`; returns False (and keeps Bokmål) if its translation is missing."""
        if language not in LANGUAGES:
            return False
        app = QCoreApplication.instance()
        self.language = DEFAULT_LANGUAGE
        self._publish(app)  # before the translator goes: the widgets retranslate on its LanguageChange
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        if language == DEFAULT_LANGUAGE:
            if app is not None:  # still tell every widget to retranslate
                from PySide6.QtCore import QEvent

                QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
            return True
        translator = QTranslator()
        if not translator.load(str(self.qm_file(language))):
            return False
        self._translator = translator
        self.language = language
        self._publish(app)
        if app is not None:
            app.installTranslator(translator)
        return True

    def install(self) -> None:
        """Install the loaded translator into the app created after load()."""
        app = QCoreApplication.instance()
        self._publish(app)
        if app is not None and self._translator is not None:
            app.installTranslator(self._translator)

    def _publish(self, app: QCoreApplication | None) -> None:
        """Tell the application which language is in use (current_language()), before widgets retranslate."""
        if app is not None:
            app.setProperty(LANGUAGE_PROPERTY, self.language)

    def text(self, context: str, source: str) -> str:
        """Translate without needing an app (command-line messages)."""
        if self._translator is not None:
            out = self._translator.translate(context, source)
            if out:
                return out
        return source
