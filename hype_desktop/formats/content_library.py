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
