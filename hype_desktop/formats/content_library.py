"""The content the app works with: what is installed, plus the factors of earlier content that
reflections on this computer were made with and that is no longer installed.

Where the installed content knows a factor (the same id; statements renamed through its
item_map), its current words are used. A factor it does not know comes from the stored copy
(store.content_copies) in a retired module, titled "(content no longer installed)": summary,
trends, PDFs, the command line's report and continuing an unfinished reflection all find it,
and no new reflection is offered it. Building this costs nothing when every reflection was made
with the installed content (the usual case): no copy is read then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from hype_desktop.domain.instrument import LANGUAGES, Factor, Instrument, Module, Text
from hype_desktop.messages import message


def _retired_title(title: Text) -> Text:
    return Text({lang: f"{title.get(lang)} ({message('content.retired', lang)})" for lang in LANGUAGES})


def with_earlier_content(installed: Instrument, earlier: Iterable[Instrument]) -> Instrument:
    """``installed`` plus a retired module for each earlier module whose factors it lacks
    (newest version first: a factor's words come from the newest copy that has it)."""
    known_factors = {f.id for f in installed.factors()}
    known_items = {i.id for f in installed.factors() for i in f.items} | set(installed.item_map)
    known_prompts = {p.id for f in installed.factors() for p in f.prompts}
    module_ids = {m.id for m in installed.modules}
    retired: list[Module] = []
    for content in sorted(earlier, key=lambda c: -c.version):
        for module in content.modules:
            factors: list[Factor] = []
            for factor in module.factors:
                if factor.id in known_factors:
                    continue
                known_factors.add(factor.id)
                items = tuple(i for i in factor.items if i.id not in known_items)
                prompts = tuple(p for p in factor.prompts if p.id not in known_prompts)
                known_items.update(i.id for i in items)
                known_prompts.update(p.id for p in prompts)
                factors.append(replace(factor, title=_retired_title(factor.title), items=items, prompts=prompts))
            if factors:
                mid = f"{module.id}.retired{content.version}"
                while mid in module_ids:
                    mid += "_"
                module_ids.add(mid)
                retired.append(replace(module, id=mid, title=_retired_title(module.title), factors=tuple(factors),
                                       default_selected=False, retired=True))
    if not retired:
        return installed
    return replace(installed, modules=installed.modules + tuple(retired))


def content_library(db_path: Path, installed: Instrument) -> Instrument:
    """The installed content with the retired factors of the copies kept in ``db_path``.

    Copies are our own rows but a database may come from elsewhere: each is read strictly; one
    that does not read is left out (its factors then show without their words, never a crash)."""
    from hype_desktop.store.content_copies import keep_installed_copy, used_content_copies

    keep_installed_copy(db_path, installed)
    texts = used_content_copies(db_path, installed)
    if not texts:
        return installed
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_format import instrument_from_json_text

    earlier = []
    for text in texts:
        try:
            earlier.append(instrument_from_json_text(text, db_path))
        except FileProblem:
            continue
    return with_earlier_content(installed, earlier)


# --- a trainer's pack beside the built-in content ---------------------------------------------
ADD, REPLACE = "add", "replace"


def _ids(content: Instrument) -> set[str]:
    return ({f.id for f in content.factors()} | {i.id for f in content.factors() for i in f.items}
            | {p.id for f in content.factors() for p in f.prompts})


def pack_mode(builtin: Instrument, pack: Instrument) -> tuple[str, bool]:
    """(how the pack is used, whether the pack said so itself). A pack that does not say adds
    when it reuses no id of the built-in content, and replaces when it does (a full copy of the
    built-in content with changes, as packs were written before they could add)."""
    said = (pack.source or {}).get("mode")
    if said in (ADD, REPLACE):
        return str(said), True
    return (REPLACE if _ids(builtin) & _ids(pack) else ADD), False


def clashing_ids(builtin: Instrument, pack: Instrument) -> list[str]:
    """Factor, statement and question ids an adding pack shares with the built-in content."""
    return sorted(_ids(builtin) & _ids(pack))[:50]


def with_pack(builtin: Instrument, pack: Instrument) -> Instrument:
    """The content a preset's pack gives: the pack alone (replace), or the built-in content with
    the pack's modules beside it and its factors added to built-in modules of the same id (add).
    The result has the pack's id and version, so reflections keep a copy of exactly this."""
    from hype_desktop.formats.instrument_build import build_instrument

    mode, _said = pack_mode(builtin, pack)
    if mode == REPLACE or builtin.source is None or pack.source is None:
        return pack
    base, extra = builtin.source, pack.source
    modules = [dict(m, factors=list(m["factors"])) for m in base["modules"]]
    by_id = {m["id"]: m for m in modules}
    for module in extra["modules"]:
        if module["id"] in by_id:
            by_id[module["id"]]["factors"].extend(module["factors"])
        else:
            modules.append(dict(module))
    data = dict(base, id=extra["id"], version=extra["version"], title=extra["title"],
                description=extra["description"],
                languages=[lang for lang in base["languages"] if lang in extra["languages"]],
                modules=modules, item_map={**base.get("item_map", {}), **extra.get("item_map", {})})
    data.pop("mode", None)
    return build_instrument(data)
