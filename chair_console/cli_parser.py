"""argparse in the user's language: usage, headings, -h and error messages in Bokmål (or English).

argparse's own words ("usage:", "options", "the following arguments are required") are English; the
console's help text is Bokmål. A parser class made by `parser_class(tr)` says them through `tr`, without
touching argparse's module state, and its subcommands inherit it."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Callable, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP

T_USAGE = QT_TRANSLATE_NOOP("Cli", "bruk: ")
T_POSITIONALS = QT_TRANSLATE_NOOP("Cli", "kommandoer og argumenter")
T_OPTIONALS = QT_TRANSLATE_NOOP("Cli", "valg")
T_HELP = QT_TRANSLATE_NOOP("Cli", "vis denne hjelpen og avslutt")
T_ERROR = QT_TRANSLATE_NOOP("Cli", "{prog}: feil: {message}")
# argparse's error messages (Python 3.11), as patterns, and what to say instead.
T_REQUIRED = QT_TRANSLATE_NOOP("Cli", "disse må oppgis: {names}")
T_CHOICE = QT_TRANSLATE_NOOP("Cli", "ugyldig valg: {value} (velg blant {choices})")
T_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "ukjente argumenter: {names}")
T_EXPECTED_ONE = QT_TRANSLATE_NOOP("Cli", "forventet én verdi")
T_BAD_VALUE = QT_TRANSLATE_NOOP("Cli", "ugyldig verdi: {value} (forventet {type})")
T_ARGUMENT = QT_TRANSLATE_NOOP("Cli", "argument {name}: {message}")
T_TYPES = {
    "int": QT_TRANSLATE_NOOP("Cli", "et heltall"),
    "float": QT_TRANSLATE_NOOP("Cli", "et tall"),
    "Path": QT_TRANSLATE_NOOP("Cli", "en filsti"),
}

Tr = Callable[[str], str]


def _localise(message: str, tr: Tr) -> str:
    m = re.fullmatch(r"argument (\S+): (.*)", message, re.S)
    if m:
        return tr(T_ARGUMENT).format(name=m.group(1), message=_localise(m.group(2), tr))
    m = re.fullmatch(r"the following arguments are required: (.*)", message, re.S)
    if m:
        return tr(T_REQUIRED).format(names=m.group(1))
    m = re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", message, re.S)
    if m:
        return tr(T_CHOICE).format(value=m.group(1), choices=m.group(2))
    m = re.fullmatch(r"unrecognized arguments: (.*)", message, re.S)
    if m:
        return tr(T_UNKNOWN).format(names=m.group(1))
    if message == "expected one argument":
        return tr(T_EXPECTED_ONE)
    m = re.fullmatch(r"invalid (\w+) value: (.*)", message, re.S)
    if m:
        kind = T_TYPES.get(m.group(1))
        return tr(T_BAD_VALUE).format(value=m.group(2), type=tr(kind) if kind else m.group(1))
    return message


def parser_class(tr: Tr) -> type[argparse.ArgumentParser]:
    """An ArgumentParser class whose own words go through `tr`."""

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001, ANN201
            return super().add_usage(usage, actions, groups, prefix if prefix is not None else tr(T_USAGE))

    class LocalParser(argparse.ArgumentParser):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            add_help = kwargs.pop("add_help", True)
            kwargs.setdefault("formatter_class", Formatter)
            super().__init__(*args, add_help=False, **kwargs)
            self._positionals.title = tr(T_POSITIONALS)
            self._optionals.title = tr(T_OPTIONALS)
            if add_help:
                self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=tr(T_HELP))

        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(2, tr(T_ERROR).format(prog=self.prog, message=_localise(message, tr)) + "\n")

    return LocalParser
