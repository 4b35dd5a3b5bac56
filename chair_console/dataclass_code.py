"""Dataclass methods compiled once, at build time, for the packaged program (issue 17, cold start).

`dataclasses` writes the `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and `__delattr__` of every class
it makes as source text and compiles that text when the class is made: the same text at every start, and for the
29 classes of the first frame (174 functions) some 10 ms of `compile()`, a sixth of what the console adds to a bare
window before its first frame. The build runs `record` (build/compile_dataclasses.py): it makes every dataclass
of the console, compiles each text once and stores the code by its text. The packaged program calls
`install` before it imports the console: `dataclasses` then runs the stored code for a text it finds in the store,
which is what `compile()` of that text gives (same interpreter: the build's Python is the one packaged), and
compiles any other text as before (a class changed since the build, another Python). Nothing else changes: the
classes, their methods and their behaviour are the ones `dataclasses` makes.

It works through the one name `dataclasses` calls to run its text, `exec`: `install` gives that module an `exec` of
its own, ahead of the built-in one, and `uninstall` takes it away.
"""

from __future__ import annotations

import marshal
import sys

FORMAT = 1  # the store's layout; a store of another layout or Python is not used


class Store:
    """Compiled texts by their text, unmarshalled when first asked for. Counts what it served (tests, bench)."""

    def __init__(self, codes: dict[str, bytes]) -> None:
        self._codes = codes
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._codes)

    def exec(self, source: object, globals: object = None, locals: object = None) -> None:  # noqa: A002
        """`exec` as `dataclasses` calls it, running the stored code of a text found in the store."""
        if isinstance(source, str):
            stored = self._codes.get(source)
            code = _code(stored) if stored is not None else None
            if code is not None:
                self.hits += 1
                source = code
            else:  # not in the store, or damaged there: compiled from its text, as without a store
                self.misses += 1
        exec(source, globals, locals)  # noqa: S102 - the dataclasses module's own exec, of its own text


def _code(stored: object) -> object:
    """The code object stored for a text, or None if what is stored is not one (a damaged file never stops a start)."""
    try:
        code = marshal.loads(stored)  # type: ignore[arg-type]
    except (EOFError, ValueError, TypeError):
        return None
    return code if type(code).__name__ == "code" else None


def load(path: str) -> Store | None:
    """The store written by `record`, or None if it is missing or was written by another layout or Python."""
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # marshal.load(f) would read the file in thousands of small reads
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("python") != _python():
        return None
    codes = data.get("codes")
    return Store(codes) if isinstance(codes, dict) else None


def install(store: Store) -> None:
    """Make `dataclasses` run `store`'s code for the texts it holds (before the console's modules are imported)."""
    import dataclasses

    dataclasses.exec = store.exec  # type: ignore[attr-defined]  # found before the built-in exec


def uninstall() -> None:
    """`dataclasses` compiles every text again."""
    import dataclasses

    vars(dataclasses).pop("exec", None)


def record(modules: list[str]) -> dict[str, bytes]:
    """Import `modules`, make every dataclass they declare (those made on first use too) and return each text
    `dataclasses` compiled, compiled."""
    import dataclasses
    import importlib

    texts: list[str] = []

    def recording_exec(source: object, globals: object = None, locals: object = None) -> None:  # noqa: A002
        if isinstance(source, str):
            texts.append(source)
        exec(source, globals, locals)  # noqa: S102

    dataclasses.exec = recording_exec  # type: ignore[attr-defined]
    try:
        from chair_console.procedure.first_use import pending, ready

        for name in modules:
            module = importlib.import_module(name)
            for value in list(vars(module).values()):
                if isinstance(value, type) and value.__module__ == name and pending(value):
                    ready(value)
    finally:
        uninstall()
    return {text: marshal.dumps(compile(text, "<string>", "exec")) for text in texts}


def write(path: str, codes: dict[str, bytes]) -> None:
    with open(path, "wb") as f:
        marshal.dump({"format": FORMAT, "python": _python(), "codes": codes}, f)


def _python() -> str:
    return f"{sys.implementation.cache_tag} {sys.version}"
