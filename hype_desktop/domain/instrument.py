"""The reflection content model: modules, factors, items, prompts, in several languages.

Instruments are data (resources/instruments/*.json); these frozen dataclasses are what
the rest of the app works with once a file has been read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A text in several languages; ``get`` falls back to English, then to any."""

    values: Mapping[str, str]

    def get(self, lang: str) -> str:
        if lang in self.values and self.values[lang]:
            return self.values[lang]
        if self.values.get(FALLBACK_LANGUAGE):
            return self.values[FALLBACK_LANGUAGE]
        return next((v for v in self.values.values() if v), "")


class Direction(StrEnum):
    """How to read a factor's score."""

    HIGHER_BETTER = "higher_better"
    HIGHER_STRAIN = "higher_strain"
    PROFILE = "profile"  # no better or worse: a description of a person's orientation


@dataclass(frozen=True)
class Band:
    """Words for a score range, e.g. 3.5–5.0 'a clear strength right now'."""

    low: float
    high: float
    label: Text

    def contains(self, score: float) -> bool:
        return self.low <= round(score, 1) <= self.high


@dataclass(frozen=True)
class Item:
    id: str
    text: Text
    explanation: Text
    short_form: bool = False  # asked in the quick check-in too


@dataclass(frozen=True)
class Prompt:
    id: str
    text: Text


@dataclass(frozen=True)
class Factor:
    id: str
    title: Text
    description: Text
    direction: Direction
    min_answered: int
    bands: tuple[Band, ...]
    items: tuple[Item, ...]
    prompts: tuple[Prompt, ...]
    strain_threshold: float | None = None
    short_min_answered: int | None = None

    def band_for(self, score: float) -> Band | None:
        return next((b for b in self.bands if b.contains(score)), None)

    def items_for(self, short: bool) -> tuple[Item, ...]:
        """The statements asked: in the quick check-in the marked ones, if the factor marks any
        (a factor without marks is asked in full in both forms)."""
        if short:
            marked = tuple(i for i in self.items if i.short_form)
            if marked:
                return marked
        return self.items

    def min_answered_for(self, short: bool) -> int:
        """Answers needed for a score: the short form's own minimum when the instrument states
        one, else the full form's (never more than the statements asked)."""
        asked = len(self.items_for(short))
        if short and asked < len(self.items) and self.short_min_answered is not None:
            return self.short_min_answered
        return min(self.min_answered, asked)


@dataclass(frozen=True)
class Module:
    id: str
    title: Text
    intro: Text
    factors: tuple[Factor, ...]
    default_selected: bool = True
    sensitive: bool = False
    choose_factors: bool = False
    # content no longer installed, kept so earlier reflections keep their words; never offered
    retired: bool = False


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: Text


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    languages: tuple[str, ...]
    title: Text
    description: Text
    scale: tuple[ScalePoint, ...]
    not_applicable: Text
    modules: tuple[Module, ...]
    item_map: Mapping[str, str] = field(default_factory=dict)
    # the JSON data it was built from, kept with each reflection made with it (store.content_copies)
    source: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)
    # Lookups, derived once in __post_init__ (instruments are immutable).
    _factors: dict[str, Factor] = field(init=False, repr=False, compare=False)
    _items: dict[str, Item] = field(init=False, repr=False, compare=False)
    _item_factor: dict[str, str] = field(init=False, repr=False, compare=False)
    _prompts: dict[str, Prompt] = field(init=False, repr=False, compare=False)
    _factor_module: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        factors = {f.id: f for m in self.modules for f in m.factors}
        items = {i.id: i for f in factors.values() for i in f.items}
        item_factor = {i.id: f.id for f in factors.values() for i in f.items}
        prompts = {p.id: p for f in factors.values() for p in f.prompts}
        factor_module = {f.id: m.id for m in self.modules for f in m.factors}
        object.__setattr__(self, "_factors", factors)
        object.__setattr__(self, "_items", items)
        object.__setattr__(self, "_item_factor", item_factor)
        object.__setattr__(self, "_prompts", prompts)
        object.__setattr__(self, "_factor_module", factor_module)

    @property
    def scale_min(self) -> int:
        return min(p.value for p in self.scale)

    @property
    def scale_max(self) -> int:
        return max(p.value for p in self.scale)

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise KeyError(module_id)

    def factor(self, factor_id: str) -> Factor:
        return self._factors[factor_id]

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def prompt(self, prompt_id: str) -> Prompt:
        return self._prompts[prompt_id]

    def has_factor(self, factor_id: str) -> bool:
        return factor_id in self._factors

    def known_factors(self, factor_ids: Iterable[str]) -> list[Factor]:
        """The factors of ``factor_ids`` (e.g. a reflection's scope) this instrument has, in that
        order; ids of another content version are left out."""
        factors = self._factors
        return [factors[f] for f in factor_ids if f in factors]

    def factor_title(self, factor_id: str | None, lang: str, default: str = "") -> str:
        """A factor's title, or ``default`` for no id or an id this instrument does not have."""
        factor = self._factors.get(factor_id) if factor_id else None
        return factor.title.get(lang) if factor is not None else default

    def factor_of_item(self, item_id: str) -> str | None:
        return self._item_factor.get(item_id)

    def module_of_factor(self, factor_id: str) -> str:
        return self._factor_module[factor_id]

    def factors(self) -> tuple[Factor, ...]:
        return tuple(self._factors.values())

    @property
    def has_short_form(self) -> bool:
        """True when the instrument marks statements for the quick check-in."""
        return any(i.short_form for f in self.factors() for i in f.items)

    @property
    def current_modules(self) -> tuple[Module, ...]:
        """The modules a new reflection may choose from (not the retired ones)."""
        return tuple(m for m in self.modules if not m.retired)

    def default_scope(self) -> tuple[str, ...]:
        """Factor ids covered when a user keeps the default module choice."""
        return tuple(
            f.id for m in self.current_modules if m.default_selected and not m.choose_factors for f in m.factors
        )

    def scope_for_modules(self, module_ids: list[str] | tuple[str, ...],
                          chosen_factors: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Factor ids to cover for chosen modules; in choose-factors modules only the chosen ones.

        Order follows the instrument, so the wizard walks content in its written order.
        """
        wanted = set(module_ids)
        chosen = set(chosen_factors)
        scope = []
        for m in self.modules:
            if m.id not in wanted:
                continue
            for f in m.factors:
                if not m.choose_factors or f.id in chosen:
                    scope.append(f.id)
        return tuple(scope)
