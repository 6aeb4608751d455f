"""Entry script of the PyInstaller bundle: the same `hype-desktop` command as the pip install."""

import sys

from hype_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
