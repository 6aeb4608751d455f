"""The screen reader's view of the app over AT-SPI, as Orca reads it (system Python + pyatspi).

Run by tests/ui/test_screen_reader.py under /usr/bin/python3 (Debian's python3-pyatspi is not
installable into a virtual environment). Reads commands one per line on stdin and answers
each with one JSON line:

    tree <title>   wait until the app's window or dialog is called <title>, then every showing
                   object (focusable ones with their place on screen and their labels)
    quit
"""

import json
import sys
import time

import pyatspi

STATES = {"focusable": pyatspi.STATE_FOCUSABLE, "focused": pyatspi.STATE_FOCUSED,
          "checked": pyatspi.STATE_CHECKED, "showing": pyatspi.STATE_SHOWING,
          "selected": pyatspi.STATE_SELECTED, "enabled": pyatspi.STATE_ENABLED}


def app_frame(title, timeout):
    """The frame whose name is ``title`` (the window title changes with each screen)."""
    end = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            for j in range(app.childCount if app is not None else 0):
                frame = app.getChildAtIndex(j)
                if frame is not None and frame.getRoleName() in ("frame", "dialog"):
                    seen = frame.name
                    if frame.name == title:
                        return frame
        time.sleep(0.2)
    raise SystemExit(f"no window called {title!r} within {timeout} s (last seen {seen!r})")


def node(obj, depth):
    state = obj.getState()
    out = {"role": obj.getRoleName(), "name": obj.name or "", "description": obj.description or "",
           "depth": depth, "states": [k for k, v in STATES.items() if state.contains(v)]}
    # libatspi keeps the first locale it read for an object (as Orca sees it too).
    out["locale"] = obj.get_object_locale() or ""
    if "focusable" in out["states"]:
        x, y, width, height = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        out["box"] = [x, y, width, height]
        out["labelled_by"] = [target.name or "" for relation in obj.getRelationSet()
                              if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                              for target in (relation.getTarget(i) for i in range(relation.getNTargets()))]
    attributes = obj.getAttributes() or []
    out["attributes"] = dict(a.split(":", 1) for a in attributes if ":" in a)
    try:
        out["value"] = obj.queryValue().currentValue
    except NotImplementedError:
        pass
    if out["role"] == "table":
        table = obj.queryTable()
        out["columns"] = [table.getColumnDescription(c) for c in range(table.nColumns)]
        out["row_headers"] = [table.getRowDescription(r) for r in range(table.nRows)]
    return out


def walk(obj, depth=0, into=None):
    into = [] if into is None else into
    if obj is None:
        return into
    item = node(obj, depth)
    if depth and "showing" not in item["states"]:
        return into
    into.append(item)
    if item["role"] in ("table", "tree table", "list", "menu bar", "combo box"):
        return into  # their cells and entries are read through the table or on entering
    for i in range(obj.childCount):
        walk(obj.getChildAtIndex(i), depth + 1, into)
    return into


def main():
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "quit":
            break
        if command == "tree":
            try:
                print(json.dumps(walk(app_frame(arg, 15))), flush=True)
            except SystemExit as problem:
                print(json.dumps({"error": str(problem)}), flush=True)


if __name__ == "__main__":
    main()
