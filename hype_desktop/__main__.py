"""`python -m hype_desktop` runs the same entry point as `hype-desktop`."""

import sys

from hype_desktop.cli import main

sys.exit(main())
