"""Problems in a hand-written file (a preset, a content pack) as plain sentences, one per line.

Trainers write these files in a text editor. pydantic's own words ("String should match pattern
'^\\d{4}-\\d{2}-\\d{2}$'", places counted from 0, English inside a Finnish sentence) are not for
them: each problem here names its place counted from 1 ("rounds, 2nd → date" reads
"kierrokset, kohta 2 → date") and says what is wrong, and how to write it, in the reader's
language. Never a regular expression, never the (possibly hostile) value itself beyond a short
quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hype_desktop.messages import message, printable

if TYPE_CHECKING:
    from pydantic import ValidationError

# How a value must be written, by the name of the field it is in (shown instead of a pattern).
_FORM_HINTS = {
    "date": "problem.form.date",
    "default_team_code": "problem.form.team_code",
    "team_code": "problem.form.team_code",
    "instrument_pack": "problem.form.pack_file",
    "modules": "problem.form.id",
    "offered_modules": "problem.form.id",
    "id": "problem.form.id",
}
# pydantic error types whose wording we give ourselves; anything else is "not valid here".
_TYPE_KEYS = {
    "missing": "problem.missing",
    "extra_forbidden": "problem.unknown_field",
    "string_type": "problem.want_text",
    "int_type": "problem.want_number",
    "int_parsing": "problem.want_number",
    "bool_type": "problem.want_true_false",
    "list_type": "problem.want_list",
    "dict_type": "problem.want_object",
    "model_type": "problem.want_object",
    "model_attributes_type": "problem.want_object",
    "literal_error": "problem.one_of",
    "enum": "problem.one_of",
    "string_too_short": "problem.text_too_short",
    "string_too_long": "problem.text_too_long",
    "too_short": "problem.list_too_short",
    "too_long": "problem.list_too_long",
    "greater_than_equal": "problem.at_least",
    "greater_than": "problem.more_than",
    "less_than_equal": "problem.at_most",
    "less_than": "problem.less_than",
    "string_pattern_mismatch": "problem.form",
}


# A model's own rules broken (formats.instrument_format.rules_error): ctx["problems"] holds each
# one as [message key, values], rendered here in the reader's language like any field problem.
RULES_ERROR = "hype_rules"

# pydantic names the alternative of a union in the place ("function-after[...]", "literal['na']", "int")
_UNION_TAG = re.compile(r"^([a-z][a-z-]*\[.*\]|constrained-[a-z]+|int|str|bool|float|none)$")


@dataclass(frozen=True)
class Problem:
    """One problem: where (the path in the file, counted from 0 as read) and what (a message key)."""

    loc: tuple[Any, ...]
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None) -> str:
        """"rounds, item 2 → date: write the date as YYYY-MM-DD…" in ``lang``."""
        place = place_words(self.loc, lang)
        what = message(self.key, lang, **self.params)
        return f"{place}: {what}" if place else what


def place_words(loc: Sequence[Any], lang: str | None) -> str:
    """("rounds", 1, "date") -> "rounds, item 2 → date" (in ``lang``); empty for the whole file."""
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            item = message("problem.item", lang, number=part + 1)
            parts[-1:] = [f"{parts[-1]}, {item}"] if parts else [item]
        else:
            parts.append(printable(str(part))[:60])
    return " → ".join(parts)


def _field_name(loc: Sequence[Any]) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def _choices(ctx: dict[str, Any]) -> str:
    """pydantic's "'fi', 'sv' or 'en'" as “fi”, “sv”, “en” (no English "or" in another language)."""
    quoted = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
    if not quoted:
        return printable(str(ctx.get("expected", "")))[:120]
    return ", ".join(f"“{printable(q)[:40]}”" for q in quoted)


def _describe(error: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return _FORM_HINTS.get(_field_name(error.get("loc", ())), "problem.form"), {}
    if kind == "value_error":  # our own validators' sentences (already plain)
        return "problem.said", {"text": printable(str(error.get("msg", "")).removeprefix("Value error, "))[:200]}
    key = _TYPE_KEYS.get(kind)
    if key is None:
        return "problem.not_valid", {}
    params: dict[str, Any] = {}
    if kind in ("literal_error", "enum"):
        params["choices"] = _choices(ctx)
    elif kind in ("string_too_short", "string_too_long", "too_short", "too_long"):
        params["count"] = ctx.get("min_length", ctx.get("max_length", ""))
    elif kind in ("greater_than_equal", "greater_than"):
        params["limit"] = ctx.get("ge", ctx.get("gt", ""))
    elif kind in ("less_than_equal", "less_than"):
        params["limit"] = ctx.get("le", ctx.get("lt", ""))
    return key, params


def from_validation(error: ValidationError) -> list[Problem]:
    """Every problem pydantic found, as Problems to render in any language; one per place and kind."""
    out: list[Problem] = []
    seen: set[tuple[tuple[Any, ...], str]] = set()
    for e in error.errors(include_url=False, include_input=False):
        # a union (e.g. a logo or nothing) names each alternative in the place: the field is enough
        loc = tuple(p for p in e.get("loc", ()) if not (isinstance(p, str) and _UNION_TAG.match(p)))
        if e.get("type") == RULES_ERROR:
            out.extend(Problem(loc, str(k), {n: printable(str(v))[:120] for n, v in dict(p).items()})
                       for k, p in (e.get("ctx") or {}).get("problems", []))
            continue
        key, params = _describe(dict(e))
        if (loc, key) not in seen:
            seen.add((loc, key))
            out.append(Problem(loc, key, params))
    return out


def report_lines(file_name: str, problems: Iterable[Problem], lang: str | None) -> list[str]:
    """What a command prints: a heading naming the file, then one line per problem."""
    problems = list(problems)
    lines = [message("problem.count", lang, file=printable(file_name), count=len(problems))]
    lines.extend(f"  - {p.render(lang)}" for p in problems)
    return lines
