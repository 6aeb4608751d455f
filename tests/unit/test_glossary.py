"""One vocabulary: the words in docs/glossary.md are what the screens, PDFs, guides and content say."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hype_desktop.domain.reflection import Phase
from hype_desktop.reports.report_texts import text

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
LANG_COLUMN = {"fi": 2, "sv": 3}


def _table(heading: str) -> list[list[str]]:
    """The rows of the first table under ``## heading`` (header and rule left out)."""
    section = GLOSSARY.read_text(encoding="utf-8").split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows[2:]]


def _translations(lang: str) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(ROOT / "resources" / "translations" / f"hype_{lang}.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            out[(ctx.findtext("name"), msg.findtext("source"))] = msg.findtext("translation") or ""
    return out


def _texts_in(lang: str) -> dict[str, str]:
    """Every text a user of ``lang`` reads: screens, PDF texts, the content, the guides."""
    from hype_desktop import messages
    from hype_desktop.reports import report_texts
    texts = {f"ts {k}": v for k, v in _translations(lang).items()}
    for name, catalogue in (("report", report_texts.catalogue()), ("message", messages.catalogue())):
        texts.update({f"{name} {k}": v[lang] for k, v in catalogue.items() if lang in v})

    def walk(node, where):
        if isinstance(node, dict):
            if isinstance(node.get(lang), str):
                texts[where] = node[lang]
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for n, value in enumerate(node):
                walk(value, f"{where}[{n}]")

    for content in (ROOT / "resources" / "instruments").glob("*.json"):
        walk(json.loads(content.read_text(encoding="utf-8")), content.name)
    for guide in (ROOT / "docs").glob(f"*.{lang}.md"):
        texts[guide.name] = guide.read_text(encoding="utf-8")
    return texts


def test_the_glossary_has_its_tables():
    assert len(_table("Terms")) >= 20
    assert _table("Terms shown for these source strings") and _table("Not these")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_screens_use_the_glossary_terms(lang):
    shown = _translations(lang)
    wrong = {}
    for row in _table("Terms shown for these source strings"):
        context, source, term = row[0], row[1], row[LANG_COLUMN[lang]]
        got = shown.get((context, source))
        if got is None or term.lower() not in got.replace("&", "").lower():
            wrong[f"{context}: {source}"] = got
    assert not wrong, wrong


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_words_that_drifted_do_not_come_back(lang):
    banned = [row[1] for row in _table("Not these") if row[0] == lang]
    found = {}
    for where, value in _texts_in(lang).items():
        for word in banned:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", value.replace("&", "")):
                found.setdefault(word, []).append(where)
    assert not found, found


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_pdfs_name_the_occasions_as_the_screens_do(lang):
    shown = _translations(lang)
    names = {Phase.KICKOFF: "Kick-off workshop", Phase.TEAM_WORKSHOP: "Team workshop",
             Phase.CLOSING: "Closing workshop", Phase.COACHING: "Coaching meeting",
             Phase.CHECK_IN: "My own check-in"}
    for phase, source in names.items():
        assert text(f"phase.{phase.value}", lang) == shown[("Labels", source)]
