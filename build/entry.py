"""Entry point of the packaged executable: the same command line as the installed `chair-console`."""

import gc
import os
import sys


def skip_source_probe_without_source() -> None:
    """PySide6 reads the source of every module imported after it (its `__feature__` support looks for the word
    "PySide6" in it, through inspect.getsource) to know which modules may switch on `snake_case`. The packaged
    program carries no source: every such look (~170 modules before the first frame, ~4 ms of a start, issue 17)
    goes through inspect and linecache to end in "no source", which PySide6 takes as "does not use PySide6". Give
    that same answer at once for a module with no file where its source would be (`__file__`, the place
    PyInstaller's loader reads a source from); ask PySide6 as before for one that has it."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "skips_without_source", False):
        return

    def uses_pyside(module: object) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not os.path.isfile(file):
            return False
        return original(module)

    uses_pyside.skips_without_source = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


if __name__ == "__main__":
    # Start-up (issue 17): no cyclic garbage collection while PySide6 and the command line are imported (~25
    # collections, ~4 ms); main() holds it off again until the window's first frame, or turns it on for a command.
    gc.disable()
    skip_source_probe_without_source()  # PySide6 is imported by PyInstaller's start-up hook, before this line
    # the dataclasses' methods as the build compiled them, not compiled again at every start (~10 ms before the
    # first frame; chair_console/dataclass_code.py). A store that is missing or made by another Python is not used.
    from chair_console import dataclass_code

    store = dataclass_code.load(os.path.join(getattr(sys, "_MEIPASS", ""), "dataclass_code.bin"))
    if store is not None:
        dataclass_code.install(store)
    from chair_console.cli import main

    gc.enable()
    sys.exit(main())
