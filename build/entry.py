"""Entry point of the packaged executable: the same command line as the installed `chair-console`."""

import sys

from chair_console.cli import main

if __name__ == "__main__":
    sys.exit(main())
