"""Entry point of the packaged executable: the same command line as the installed `chair-console`."""

import gc
import sys

if __name__ == "__main__":
    # Start-up (issue 17): no cyclic garbage collection while PySide6 and the command line are imported (~25
    # collections, ~4 ms); main() holds it off again until the window's first frame, or turns it on for a command.
    gc.disable()
    from chair_console.cli import main

    gc.enable()
    sys.exit(main())
