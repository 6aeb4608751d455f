"""matplotlib, loaded the app's way: import this module before anything from matplotlib.

Every matplotlib user of the app (exchange.charts for the PDFs, ui.trends_view for the screen)
imports it first, so both paths get the same two savings:

- matplotlib writes a table of every property into the docstring of each Artist subclass's
  ``set()`` as the class is created (inspecting every setter's docstring): about 0.2 s of the
  0.8 s that importing matplotlib.figure takes here, for help texts the app never shows.
  ``kwdoc`` is stood in for before the artist classes exist; drawing is not affected, only
  ``help(artist.set)`` lists fewer properties.
- The ~120,000 objects loaded by then (matplotlib, the app) stay for good; frozen out of the
  garbage collector, full collections no longer walk them (~0.1 s each with the trend view).
  They are still freed by reference counting if ever released.
"""

from __future__ import annotations

import gc
import sys

if "matplotlib.figure" not in sys.modules:  # else too late to matter
    import matplotlib.artist

    if callable(getattr(matplotlib.artist, "kwdoc", None)):
        matplotlib.artist.kwdoc = lambda _artist: ""
    import matplotlib.figure  # noqa: F401 - the artist classes, built without the tables

    gc.freeze()
