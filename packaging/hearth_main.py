"""The PyInstaller bundle's entry point: the same `hearth` as the installed script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
