"""Entry point of the packaged executable: the same command line as the installed `chair-console`."""

import gc
import os
import sys

if __name__ == "__main__":
    # Start-up (issue 17): no cyclic garbage collection while PySide6 and the command line are imported (~25
    # collections, ~4 ms); main() holds it off again until the window's first frame, or turns it on for a command.
    gc.disable()
    # the dataclasses' methods as the build compiled them, not compiled again at every start (~10 ms before the
    # first frame; chair_console/dataclass_code.py). A store that is missing or made by another Python is not used.
    from chair_console import dataclass_code

    store = dataclass_code.load(os.path.join(getattr(sys, "_MEIPASS", ""), "dataclass_code.bin"))
    if store is not None:
        dataclass_code.install(store)
    from chair_console.cli import main

    gc.enable()
    sys.exit(main())
