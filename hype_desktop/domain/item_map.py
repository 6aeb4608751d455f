"""Carrying trends across versions of an instrument pack (pure; no Qt, no pydantic).

A new version of a pack may rename statements: its ``item_map`` maps old item ids to new
ones, so answers given to the old statement count as answers to the new one in trends. A
statement whose meaning changed gets a new id and no mapping, so its trend starts afresh.
Reflections keep the instrument id and version they were made with; mapping happens only
when answers of several versions are read together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date


def current_item_id(item_id: str, item_map: Mapping[str, str]) -> str:
    """The id ``item_id`` has in the newest version (follows chains v1→v2→v3; stops on a cycle)."""
    seen = {item_id}
    while item_id in item_map:
        item_id = item_map[item_id]
        if item_id in seen:
            break
        seen.add(item_id)
    return item_id


def item_series(reflections: Iterable[tuple[date, Mapping[str, int | None]]],
                item_map: Mapping[str, str]) -> dict[str, list[tuple[date, int]]]:
    """Per current item id, its answered values over time (oldest first).

    ``reflections`` are (when, {item id as answered: value or None for N/A / unanswered}).
    """
    series: dict[str, list[tuple[date, int]]] = {}
    for when, answers in sorted(reflections, key=lambda r: r[0]):
        for item_id, value in answers.items():
            if value is None:
                continue
            series.setdefault(current_item_id(item_id, item_map), []).append((when, value))
    return series
