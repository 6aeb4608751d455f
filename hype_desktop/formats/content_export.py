"""The content-copies section of "Export all my data": the reflection content (a pack's JSON)
each exported reflection was made with, so that on a new installation a reflection made with a
pack that is no longer installed keeps its factors' words (store.content_copies,
formats.content_library).

A copy is carried as the exact JSON text kept here. An import reads each one as strictly as a
pack file and refuses the whole file when one does not read or does not say the id and version it
is filed under; a copy already kept on the receiving computer is never replaced.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from hype_desktop.domain import limits
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.validation import StrictModel

_Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.\-]{1,80}$")]
_Time = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]
MAX_COPIES = limits.EXPORT_CONTENT_COPIES_MAX


class ExportedContentCopy(StrictModel):
    instrument_id: _Id
    version: Annotated[int, Field(ge=1, le=limits.PACK_VERSION_MAX)]
    stored_at: _Time
    data: str = Field(max_length=limits.CONTENT_COPY_CHARS_MAX)


def export_section(db: Any) -> dict[str, Any]:
    """``{"content_copies": […]}`` for the export, or ``{}`` when none is kept."""
    from hype_desktop.store.content_copies import all_content_copies
    copies = [{"instrument_id": iid, "version": version, "stored_at": stored.isoformat(timespec="seconds"),
               "data": data} for iid, version, data, stored in all_content_copies(db)]
    return {"content_copies": copies} if copies else {}


def read_section(copies: list[ExportedContentCopy], path: Path | str) -> list[Instrument]:
    """The content of each copy; FileProblem unless every one reads as reflection content under
    the id and version it names."""
    from hype_desktop.formats.instrument_format import instrument_from_json_text
    out = []
    for copy in copies:
        content = instrument_from_json_text(copy.data, path)
        if (content.id, content.version) != (copy.instrument_id, copy.version):
            raise FileProblem(path, "file.invalid",
                              details=f"content_copies: {copy.instrument_id} {copy.version} holds "
                                      f"{content.id} {content.version}")
        out.append(content)
    return out


def import_section(db: Any, copies: list[ExportedContentCopy]) -> int:
    """Keep the copies not here yet; returns how many were added."""
    from hype_desktop.store.content_copies import add_content_copies
    return add_content_copies(db, [(c.instrument_id, c.version, c.data, datetime.fromisoformat(c.stored_at))
                                   for c in copies])
