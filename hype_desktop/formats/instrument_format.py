"""The instrument file format, defined once as pydantic models.

The JSON Schema for trainers (resources/schemas/instrument.schema.json) is generated
from these models; files from outside are validated here before they are used.
Imported lazily: pydantic is not paid for at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from hype_desktop.domain import limits
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.instrument_build import build_instrument
from hype_desktop.formats.problem_report import RULES_ERROR
from hype_desktop.formats.safe_json import parse_json_bytes, read_json_file
from hype_desktop.formats.validation import StrictModel, validate_file_data
from hype_desktop.messages import message

FORMAT_NAME = "hype-instrument"
FORMAT_VERSION = 1
MAX_FILE_BYTES = limits.PACK_BYTES

_ID = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
Id = Annotated[str, StringConstraints(pattern=_ID, max_length=limits.ID_MAX)]
# The instrument's own id may also use '-' (the built-in one is "hype-core"); it never
# appears inside the dotted ids of modules, factors and statements.
InstrumentId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*([.-][a-z0-9_]+)*$",
                                                max_length=limits.ID_MAX)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=limits.PACK_SHORT_TEXT_MAX,
                                             strip_whitespace=True)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=limits.PACK_LONG_TEXT_MAX,
                                            strip_whitespace=True)]


class ShortL(StrictModel):
    """A short text in each language of the instrument."""

    fi: ShortText | None = None
    sv: ShortText | None = None
    en: ShortText | None = None


class LongL(StrictModel):
    fi: LongText | None = None
    sv: LongText | None = None
    en: LongText | None = None


class BandModel(StrictModel):
    min: float = Field(ge=1, le=5)
    max: float = Field(ge=1, le=5)
    label: ShortL


class ItemModel(StrictModel):
    id: Id
    text: ShortL
    explanation: LongL
    short_form: bool = Field(default=False, description="Asked in the quick check-in (about 10 minutes) too.")


class PromptModel(StrictModel):
    id: Id
    text: ShortL


class FactorModel(StrictModel):
    id: Id
    title: ShortL
    description: LongL
    direction: Literal["higher_better", "higher_strain", "profile"]
    min_answered: int = Field(ge=1, le=limits.PACK_ITEMS_PER_FACTOR_MAX)
    strain_threshold: float | None = Field(default=None, ge=1, le=5)
    bands: list[BandModel] = Field(min_length=1, max_length=7)
    items: list[ItemModel] = Field(min_length=1, max_length=limits.PACK_ITEMS_PER_FACTOR_MAX)
    prompts: list[PromptModel] = Field(default_factory=list, max_length=limits.PACK_PROMPTS_PER_FACTOR_MAX)
    short_min_answered: int | None = Field(
        default=None, ge=1, le=20,
        description="Answers a quick check-in needs for a score; without it, min_answered.")

    @model_validator(mode="after")
    def _consistent(self) -> FactorModel:
        problems = factor_rule_problems(self)
        if problems:
            raise rules_error(problems)
        return self


class ModuleModel(StrictModel):
    id: Id
    title: ShortL
    intro: LongL
    default_selected: bool = True
    sensitive: bool = False
    choose_factors: bool = False
    factors: list[FactorModel] = Field(min_length=1, max_length=limits.PACK_FACTORS_PER_MODULE_MAX)


class ScalePointModel(StrictModel):
    value: int = Field(ge=1, le=5)
    label: ShortL


class ScaleModel(StrictModel):
    points: list[ScalePointModel] = Field(min_length=5, max_length=5)
    not_applicable: ShortL

    @model_validator(mode="after")
    def _one_to_five(self) -> ScaleModel:
        if [p.value for p in self.points] != [1, 2, 3, 4, 5]:
            raise rules_error([("pack.rule.scale_points", {})])
        return self


class InstrumentModel(StrictModel):
    """An instrument file: modules of factors of statements, in fi, sv and/or en."""

    format: Literal["hype-instrument"]
    format_version: int = Field(ge=1)
    id: InstrumentId
    version: int = Field(ge=1, le=limits.PACK_VERSION_MAX)
    languages: list[Literal["fi", "sv", "en"]] = Field(min_length=1, max_length=3)
    title: ShortL
    description: LongL
    scale: ScaleModel
    modules: list[ModuleModel] = Field(min_length=1, max_length=limits.PACK_MODULES_MAX)
    item_map: dict[Id, Id] = Field(default_factory=dict, max_length=limits.PACK_ITEM_MAP_MAX)
    # a trainer's pack: "add" its modules and factors beside the built-in content, or "replace" it;
    # unsaid, a pack that reuses no built-in id adds and one that does replaces (formats.content_library)
    mode: Literal["add", "replace"] | None = None

    @model_validator(mode="after")
    def _rules(self) -> InstrumentModel:
        problems = instrument_rule_problems(self)
        if problems:
            raise rules_error(problems)
        return self


def _texts(model: InstrumentModel) -> Iterator[tuple[str, ShortL | LongL | None]]:
    """Every localized text with a readable location."""
    yield "title", model.title
    yield "description", model.description
    for point in model.scale.points:
        yield f"scale.points[{point.value}].label", point.label
    yield "scale.not_applicable", model.scale.not_applicable
    for m in model.modules:
        yield f"{m.id}.title", m.title
        yield f"{m.id}.intro", m.intro
        for f in m.factors:
            yield f"{f.id}.title", f.title
            yield f"{f.id}.description", f.description
            for n, b in enumerate(f.bands):
                yield f"{f.id}.bands[{n}].label", b.label
            for i in f.items:
                yield f"{i.id}.text", i.text
                yield f"{i.id}.explanation", i.explanation
            for p in f.prompts:
                yield f"{p.id}.text", p.text


RuleProblem = tuple[str, dict[str, Any]]  # a message key (catalogue.pack_rules) and its values


def rules_error(problems: list[RuleProblem]) -> PydanticCustomError:
    """Broken rules as one validation error at the model's place: English words for the log, and
    each problem's message key, which problem_report renders in the reader's language."""
    english = " ".join(message(key, "en", **params) for key, params in problems)
    return PydanticCustomError(RULES_ERROR, "{text}", {"text": english, "problems": [list(p) for p in problems]})


def factor_rule_problems(f: FactorModel) -> list[RuleProblem]:
    """A factor's own rules: enough statements for a score, bands that cover the scale."""
    problems: list[RuleProblem] = []
    if f.min_answered > len(f.items):
        problems.append(("pack.rule.min_answered", {"needed": f.min_answered, "count": len(f.items)}))
    short = sum(1 for i in f.items if i.short_form)
    if f.short_min_answered is not None and not short:
        problems.append(("pack.rule.short_min_without_short", {}))
    needed = f.short_min_answered if f.short_min_answered is not None else f.min_answered
    if short and short < needed:
        problems.append(("pack.rule.short_too_few", {"short": short, "factor": f.id, "needed": needed}))
    if f.strain_threshold is not None and f.direction != "higher_strain":
        problems.append(("pack.rule.threshold_direction", {}))
    for band in f.bands:
        # Scores are matched to bands at one decimal (Band.contains): limits like 2.35 would
        # leave means such as 2.38 (shown as 2.4) in no band at all.
        if any(abs(limit * 10 - round(limit * 10)) > 1e-9 for limit in (band.min, band.max)):
            problems.append(("pack.rule.band_decimals", {"low": band.min, "high": band.max}))
    bands = sorted(f.bands, key=lambda b: b.min)
    if bands[0].min > 1 or bands[-1].max < 5:
        problems.append(("pack.rule.bands_cover", {}))
    for low, high in zip(bands, bands[1:]):
        if high.min - low.max > 0.11 or high.min <= low.max:
            problems.append(("pack.rule.band_gap", {"low": low.min, "high": low.max,
                                                    "next_low": high.min, "next_high": high.max}))
    for band in bands:
        if band.min > band.max:
            problems.append(("pack.rule.band_backwards", {"low": band.min, "high": band.max}))
    return problems


def instrument_rule_problems(model: InstrumentModel) -> list[RuleProblem]:
    """Rules a schema cannot say: unique ids, languages present, mapping targets exist."""
    problems: list[RuleProblem] = []
    if len(set(model.languages)) != len(model.languages):
        problems.append(("pack.rule.language_twice", {}))
    seen: set[str] = set()
    for m in model.modules:
        ids = [m.id] + [f.id for f in m.factors] + [i.id for f in m.factors for i in f.items] \
            + [p.id for f in m.factors for p in f.prompts]
        for ident in ids:
            if ident in seen:
                problems.append(("pack.rule.id_twice", {"id": ident}))
            seen.add(ident)
    for where, text in _texts(model):
        for lang in model.languages:
            if not getattr(text, lang):
                problems.append(("pack.rule.text_missing", {"where": where, "language": lang}))
    item_ids = {i.id for m in model.modules for f in m.factors for i in f.items}
    for old, new in model.item_map.items():
        if new not in item_ids:
            problems.append(("pack.rule.map_target_missing", {"old": old, "new": new}))
        if old in item_ids:
            problems.append(("pack.rule.map_still_statement", {"old": old}))
    return problems[:50]


def validate_instrument_data(data: object, path: Path | str) -> InstrumentModel:
    return validate_file_data(data, path, InstrumentModel, FORMAT_NAME, FORMAT_VERSION, "HyPe instrument")


def load_instrument_file(path: Path | str) -> Instrument:
    """Read, validate and build an instrument from a file we did not write."""
    data = read_json_file(path, MAX_FILE_BYTES)
    model = validate_instrument_data(data, path)
    return build_instrument(model.model_dump(exclude_none=True))


def instrument_from_json_text(text: str, where: Path | str) -> Instrument:
    """An instrument from JSON text kept elsewhere (a stored content copy), read as strictly as a file."""
    data = parse_json_bytes(text.encode("utf-8"), where)
    model = validate_instrument_data(data, where)
    return build_instrument(model.model_dump(exclude_none=True))


def instrument_json_schema() -> dict[str, Any]:
    schema = InstrumentModel.model_json_schema()
    schema["title"] = "HyPe Desktop instrument (reflection content)"
    return schema


