""""Export all my data" and its re-import into a new installation (data portability).

The JSON file holds every reflection of this computer's user with its round, answers,
notes, prompt answers and next steps, the app settings, and a ``secrets`` object: values
another part of the app needs to recognise the same person after a move (e.g. the secret
behind round pseudonyms, added by the team feature). A secret is registered in one line
with ``register_secret(name, export_fn, import_fn)``; unknown names in a file are ignored.

The CSV file is the same content in one long table for spreadsheets (one row per answer,
prompt answer or next step); cells that a spreadsheet would run as a formula are prefixed
with an apostrophe.

Imported lazily (pydantic); the import treats the file as untrusted input.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, TextIO

from pydantic import Field, StringConstraints, ValidationError

from hype_desktop import __version__
from hype_desktop.domain import limits
from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.reflection import (
    MAX_NEXT_STEPS,
    MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
    MAX_STEP_CHARS,
    Answer,
    NextStep,
    Owner,
    Phase,
    Reflection,
    ReflectionForm,
    Round,
    StepStatus,
)
from hype_desktop.formats import content_export
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import read_json_file
from hype_desktop.formats.sealed_export import SealedRoundsSection, export_section, import_section
from hype_desktop.formats.validation import StrictModel, check_header, describe_errors
from hype_desktop.store.reflections import ReflectionStore
from hype_desktop.store.settings import KEYS

FORMAT_NAME = "hype-personal-export"
FORMAT_VERSION = 1
# One's own export of anything the app holds must be importable: 10,000 reflections are about
# 120 MB, 100,000 about 1.2 GB. Reading takes about 8 times the file's size in memory, so the file
# is measured against the memory available first (where the system says), not a small fixed cap.
MAX_FILE_BYTES = limits.EXPORT_BYTES
MAX_REFLECTIONS = limits.EXPORT_REFLECTIONS_MAX
MEMORY_PER_FILE_BYTE = 9
IMPORTED_SETTINGS = tuple(KEYS[name] for name in ("language", "keep_daily", "keep_weekly"))

# --- the secrets hook ---------------------------------------------------------------------
# name -> (export: ReflectionStore -> str | None, import: (ReflectionStore, str) -> None)
_SECRETS: dict[str, tuple[Callable[[ReflectionStore], str | None], Callable[[ReflectionStore, str], None]]] = {}


def register_secret(name: str, export_fn: Callable[[ReflectionStore], str | None],
                    import_fn: Callable[[ReflectionStore, str], None]) -> None:
    """Carry a secret (e.g. ``round_pseudonym``) in "Export all my data" and its re-import."""
    _SECRETS[name] = (export_fn, import_fn)


# --- the file format ----------------------------------------------------------------------
_ID = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.\-]{1,80}$")]
_DATE = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
_TIME = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]


class RoundModel(StrictModel):
    phase: Literal[tuple(p.value for p in Phase)]  # type: ignore[valid-type]
    date: _DATE
    label: str = Field("", max_length=limits.LABEL_MAX)
    team_code: str = Field("", max_length=limits.TEAM_CODE_MAX)
    round_uid: str = Field("", max_length=64)


class AnswerModel(StrictModel):
    item_id: _ID
    value: int | None = Field(None, ge=1, le=5)
    not_applicable: bool = False
    note: str = Field("", max_length=MAX_NOTE_CHARS)
    answered_at: _TIME | None = None


class PromptAnswerModel(StrictModel):
    prompt_id: _ID
    text: str = Field(max_length=MAX_PROMPT_CHARS)


class NextStepModel(StrictModel):
    text: str = Field(max_length=MAX_STEP_CHARS)
    factor_id: _ID | None = None
    owner: Literal[tuple(o.value for o in Owner)]  # type: ignore[valid-type]
    due: _DATE | None = None
    status: Literal[tuple(s.value for s in StepStatus)]  # type: ignore[valid-type]
    learned: str = Field("", max_length=MAX_STEP_CHARS)
    followed_up_at: _TIME | None = None


class ReflectionModel(StrictModel):
    team: str | None = Field(None, min_length=1, max_length=limits.TEAM_NAME_MAX)  # a team profile's (workshop mode)
    round: RoundModel
    instrument_id: _ID
    instrument_version: int = Field(ge=0, le=1_000_000)
    modules: list[_ID] = Field(max_length=limits.CONTENT_MODULES_MAX)
    scope: list[_ID] = Field(max_length=limits.FACTORS_MAX)
    started_at: _TIME
    finished_at: _TIME | None = None
    corrected_at: _TIME | None = None
    position: str = Field("", max_length=limits.POSITION_MAX)
    form: Literal["full", "short"] = "full"  # written only for a quick check-in
    answers: list[AnswerModel] = Field(max_length=limits.ITEMS_MAX)
    prompt_answers: list[PromptAnswerModel] = Field(max_length=limits.PROMPTS_MAX)
    next_steps: list[NextStepModel] = Field(max_length=MAX_NEXT_STEPS)


_SettingKey = Annotated[str, StringConstraints(max_length=80)]
_SettingValue = Annotated[str, StringConstraints(max_length=200)]
_SecretName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
_SecretValue = Annotated[str, StringConstraints(max_length=1024)]


class ExportModel(StrictModel):
    format: Literal["hype-personal-export"]
    format_version: Annotated[int, Field(strict=True, ge=1, le=1)]  # not true, not 1.0
    exported_at: _TIME
    app_version: str = Field(max_length=40)
    settings: dict[_SettingKey, _SettingValue] = Field(max_length=100)
    secrets: dict[_SecretName, _SecretValue] = Field(max_length=20)
    reflections: list[ReflectionModel] = Field(max_length=MAX_REFLECTIONS)
    sealed_rounds: SealedRoundsSection | None = None  # round keys and release logs (sealed_export)
    content_copies: list[content_export.ExportedContentCopy] = Field(  # the words (content_export)
        default_factory=list, max_length=content_export.MAX_COPIES)


# --- export -------------------------------------------------------------------------------
def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _reflection_dict(r: Reflection) -> dict[str, Any]:
    return {
        "round": {"phase": r.round.phase.value, "date": _iso(r.round.date), "label": r.round.label,
                  "team_code": r.round.team_code, "round_uid": r.round.round_uid},
        "instrument_id": r.instrument_id, "instrument_version": r.instrument_version,
        "modules": list(r.modules), "scope": list(r.scope),
        "started_at": _iso(r.started_at), "finished_at": _iso(r.finished_at),
        "corrected_at": _iso(r.corrected_at), "position": r.position,
        **({"form": r.form.value} if r.short else {}),
        "answers": [{"item_id": a.item_id, "value": a.value, "not_applicable": a.not_applicable,
                     "note": a.note, "answered_at": _iso(a.answered_at)} for a in r.answers.values()],
        "prompt_answers": [{"prompt_id": k, "text": v} for k, v in r.prompt_answers.items()],
        "next_steps": [{"text": s.text, "factor_id": s.factor_id, "owner": s.owner.value, "due": _iso(s.due),
                        "status": s.status.value, "learned": s.learned,
                        "followed_up_at": _iso(s.followed_up_at)} for s in r.next_steps],
    }


def _with_team(data: dict[str, Any], team: str | None) -> dict[str, Any]:
    """A team's reflection (workshop mode) says whose it is, so an import keeps it the team's."""
    return {"team": team, **data} if team else data


def collect(store: ReflectionStore) -> dict[str, Any]:
    """Everything of this computer's user, as the export's JSON structure."""
    from hype_desktop.store.settings import Settings

    ids = store.ids_in_start_order()
    teams: dict[int | None, str] = dict(store.team_profiles())
    settings = Settings(store.db).all()
    secrets = {}
    for name, (export_fn, _import) in sorted(_SECRETS.items()):
        value = export_fn(store)
        if value is not None:
            secrets[name] = value
    return {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "exported_at": _iso(datetime.now().replace(microsecond=0)), "app_version": __version__,
        "settings": {k: v for k, v in settings.items() if k in IMPORTED_SETTINGS},
        "secrets": secrets,
        "reflections": [_with_team(_reflection_dict(store.get(rid)), teams.get(store.profile_of(rid)))
                        for rid in ids],
        **export_section(store.db),
        **content_export.export_section(store.db),
    }


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = ("reflection", "phase", "round_date", "round_label", "instrument", "started_at", "finished_at",
               "kind", "id", "value", "not_applicable", "text", "owner", "due", "status", "learned")


def _write_atomic(path: Path, write: Callable[[TextIO], None]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_all(store: ReflectionStore, json_path: Path, csv_path: Path | None = None) -> int:
    """Write the JSON (and CSV) export; returns the number of reflections. A database from
    elsewhere may hold what the import refuses (a note too long): then FieldProblems naming each
    place, and nothing is written (one's own export is always importable)."""
    from hype_desktop.formats.errors import would_not_be_read
    data = collect(store)
    would_not_be_read(json_path, ExportModel, data)
    _write_atomic(json_path, lambda fh: json.dump(data, fh, ensure_ascii=False, indent=1))
    if csv_path is not None:
        def write_csv(fh: TextIO) -> None:
            w = csv.writer(fh)
            w.writerow(CSV_COLUMNS)
            for n, r in enumerate(data["reflections"], start=1):
                base = [n, r["round"]["phase"], r["round"]["date"], r["round"]["label"], r["instrument_id"],
                        r["started_at"], r["finished_at"]]
                for a in r["answers"]:
                    w.writerow([_cell(v) for v in base + ["answer", a["item_id"], a["value"],
                                                          a["not_applicable"], a["note"], "", "", "", ""]])
                for p in r["prompt_answers"]:
                    w.writerow([_cell(v) for v in base + ["prompt", p["prompt_id"], "", "", p["text"],
                                                          "", "", "", ""]])
                for s in r["next_steps"]:
                    w.writerow([_cell(v) for v in base + ["next_step", s["factor_id"], "", "", s["text"],
                                                          s["owner"], s["due"], s["status"], s["learned"]]])
        _write_atomic(csv_path, write_csv)
    return len(data["reflections"])


# --- import -------------------------------------------------------------------------------
def validate_export_data(data: object, path: Path | str) -> tuple[ExportModel, list[Reflection]]:
    check_header(data, path, FORMAT_NAME, FORMAT_VERSION, "HyPe personal export")
    try:
        model = ExportModel.model_validate(data)
        return model, [_to_reflection(r) for r in model.reflections]
    except (ValidationError, ValueError) as exc:
        details = describe_errors(exc) if isinstance(exc, ValidationError) else str(exc)[:200]
        raise FileProblem(path, "file.invalid", details=details) from None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _to_reflection(m: ReflectionModel) -> Reflection:
    answers = {}
    for a in m.answers:
        if a.value is not None and a.not_applicable:
            raise ValueError(f"answer {a.item_id} is both a value and not applicable")
        answers[a.item_id] = Answer(a.item_id, a.value, a.note, a.not_applicable, _dt(a.answered_at))
    return Reflection(
        id=0, round=Round(Phase(m.round.phase), date.fromisoformat(m.round.date), m.round.label,
                          m.round.team_code, m.round.round_uid),
        instrument_id=m.instrument_id, instrument_version=m.instrument_version,
        modules=tuple(m.modules), scope=tuple(m.scope), started_at=datetime.fromisoformat(m.started_at),
        finished_at=_dt(m.finished_at), corrected_at=_dt(m.corrected_at), position=m.position,
        form=ReflectionForm(m.form), answers=answers, prompt_answers={p.prompt_id: p.text for p in m.prompt_answers},
        next_steps=[NextStep(text=s.text, factor_id=s.factor_id, owner=Owner(s.owner),
                             due=date.fromisoformat(s.due) if s.due else None,
                             status=StepStatus(s.status), learned=s.learned,
                             followed_up_at=_dt(s.followed_up_at)) for s in m.next_steps])


def _available_memory() -> int | None:
    """Bytes of memory available now (Linux: MemAvailable), or None when the system does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def check_memory_for(path: Path | str) -> None:
    """FileProblem when reading ``path`` would need more memory than is available."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # the read says what is wrong with the file
    available = _available_memory()
    if available is not None and size * MEMORY_PER_FILE_BYTE > available:
        raise FileProblem(path, "file.too_big_for_memory", size=size >> 20,
                          need=(size * MEMORY_PER_FILE_BYTE) >> 20, available=available >> 20)


def load_export_file(path: Path | str) -> tuple[ExportModel, list[Reflection]]:
    """Read and validate an export file from anywhere (untrusted); raises FileProblem."""
    check_memory_for(path)
    return validate_export_data(read_json_file(path, MAX_FILE_BYTES), path)


def import_all(store: ReflectionStore, path: Path | str, instrument: Instrument) -> int:
    """Add the file's reflections (skipping ones already here) in one transaction; returns how many."""
    model, reflections = load_export_file(path)
    earlier = [c for c in content_export.read_section(model.content_copies, path)
               if (c.id, c.version) != (instrument.id, instrument.version)]
    if earlier:  # reflections made with content not installed here are scored with their own
        from hype_desktop.formats.content_library import with_earlier_content
        instrument = with_earlier_content(instrument, earlier)
    content_export.import_section(store.db, model.content_copies)
    have = store.start_keys()
    by_owner: dict[str | None, list[Reflection]] = {}
    for m, r in zip(model.reflections, reflections):
        if (r.instrument_id, r.started_at) not in have:
            by_owner.setdefault(m.team, []).append(r)
    for team, group in by_owner.items():
        owner = store.team_profile(team) if team else store.person_profile()
        store.add_complete(owner, group, instrument)
    new = [r for group in by_owner.values() for r in group]
    from hype_desktop.store.settings import Settings
    settings = Settings(store.db)
    for key, value in model.settings.items():
        if key in IMPORTED_SETTINGS and settings.get(key) is None:
            settings.set(key, value)
    for name, value in model.secrets.items():
        if name in _SECRETS:
            _SECRETS[name][1](store, value)
    if model.sealed_rounds is not None:
        import_section(store.db, model.sealed_rounds)
    return len(new)


# --- registered secrets -------------------------------------------------------------------
def _export_pseudonym_secret(store: ReflectionStore) -> str | None:
    from hype_desktop.store.settings import Settings
    from hype_desktop.store.team import SECRET_KEY
    return Settings(store.db).get(SECRET_KEY)


def _import_pseudonym_secret(store: ReflectionStore, value: str) -> None:
    """Adopt the moved person's secret, so their next share keeps the same round pseudonym."""
    from hype_desktop.store.settings import Settings
    from hype_desktop.store.team import SECRET_KEY
    Settings(store.db).set(SECRET_KEY, value)


register_secret("round_pseudonym", _export_pseudonym_secret, _import_pseudonym_secret)
