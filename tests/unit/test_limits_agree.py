"""One set of limits (domain.limits) for the writers and readers of every format: what a writer
makes at a limit, its reader reads; one past the limit, the writer refuses before anything is
written and says where, so nobody receives a file their app cannot open."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from team_keys import EXAMPLE_SECRET

from hype_desktop.cli import main as cli
from hype_desktop.domain import limits
from hype_desktop.domain.reflection import Answer, NextStep, Phase, Reflection, Round
from hype_desktop.formats.errors import FieldProblems
from hype_desktop.formats.instrument_build import build_instrument, load_builtin_instrument
from hype_desktop.formats.team_exchange import ShareChoice, build_round_file, build_share, seal_share
from hype_desktop.formats.team_formats import RoundFile, write_share_file, write_team_file

CORE = load_builtin_instrument()


def _invitation(label: str = "Autumn", lead: str = "") -> dict:
    return build_round_file(CORE, "DEMO", Phase.KICKOFF, label, date(2026, 9, 1),
                            [CORE.modules[0].id], EXAMPLE_SECRET, lead)


def _reflection(note: str = "", prompt: str = "", step: str = "") -> Reflection:
    factor = CORE.modules[0].factors[0]
    item, pid = factor.items[0].id, factor.prompts[0].id
    return Reflection(
        id=1, round=Round(Phase.KICKOFF, date(2026, 9, 1), "", "DEMO", "0" * 32), instrument_id=CORE.id,
        instrument_version=CORE.version, modules=(CORE.modules[0].id,), scope=(factor.id,),
        started_at=datetime(2026, 9, 1, 9), finished_at=datetime(2026, 9, 1, 10),
        answers={i.id: Answer(i.id, 4, note if i.id == item else "") for i in factor.items},
        prompt_answers={pid: prompt} if prompt else {},
        next_steps=[NextStep(step, factor.id)] if step else [])


TEXTS = {"note": limits.NOTE_MAX, "prompt": limits.PROMPT_MAX, "step": limits.STEP_MAX}


@pytest.mark.parametrize("kind", sorted(TEXTS))
@pytest.mark.parametrize("extra", [0, 1])
def test_a_share_at_a_text_limit_is_read_and_one_past_it_is_never_written(tmp_path, kind, extra):
    from hype_desktop.formats.share_reading import read_share_file
    invitation = RoundFile.model_validate(_invitation())
    reflection = _reflection(**{kind: "x" * (TEXTS[kind] + extra)})
    choice = ShareChoice(modules=set(reflection.modules), notes=set(reflection.answers),
                         prompts=set(reflection.prompt_answers), steps={0})
    path = tmp_path / "mine.hype"
    content = build_share(CORE, reflection, "secret", choice, invitation)
    if extra == 0:
        write_share_file(path, seal_share(content, invitation, path))
        read = read_share_file(path, EXAMPLE_SECRET.opener())  # the collator's reader
        texts = [n.text for n in read.content.notes] + [p.text for p in read.content.prompt_answers] \
            + [s.text for s in read.content.next_steps]
        assert "x" * TEXTS[kind] in texts
    else:
        with pytest.raises(FieldProblems) as refused:
            write_share_file(path, seal_share(content, invitation, path))
        said = refused.value.render("fi")
        assert said.startswith("mine.hype: Tiedostoa ei kirjoitettu") and str(TEXTS[kind]) in said
        assert not path.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("field", "limit"), [("label", limits.LABEL_MAX), ("lead", limits.NAME_MAX)])
def test_an_invitation_at_a_limit_is_read_and_one_past_it_is_refused_by_its_writer(tmp_path, field, limit):
    from hype_desktop.formats.team_formats import read_round_file, write_round_file
    data = _invitation(**{field: "L" * limit})
    write_round_file(tmp_path / "r.hype-round", data)
    assert read_round_file(tmp_path / "r.hype-round").round.id == data["round"]["id"]
    with pytest.raises(ValueError):
        _invitation(**{field: "L" * (limit + 1)})


def test_a_summary_members_would_refuse_is_never_written(tmp_path):
    from hype_desktop.formats.team_formats import team_summary_data
    summary = {
        "format": "hype-team", "format_version": 2, "app_version": "1.0", "instrument": {"id": CORE.id, "version": 1},
        "team_code": "DEMO", "round": {"id": "0" * 32, "phase": "kickoff", "label": "", "date": "2026-09-01"},
        "contributors": 6, "min_group": {"scores": 3, "detail": 5}, "factors": [], "items": [],
        "free_text": [{"factor": None, "texts": ["t" * limits.PROMPT_MAX] * 6}], "signature": "A" * 86 + "==",
    }
    write_team_file(tmp_path / "ok.hype-team", summary)
    team_summary_data(__import__("json").loads((tmp_path / "ok.hype-team").read_text("utf-8")), "ok")
    summary["free_text"][0]["texts"][0] += "t"
    with pytest.raises(FieldProblems):
        write_team_file(tmp_path / "no.hype-team", summary)
    assert not (tmp_path / "no.hype-team").exists()


@pytest.mark.parametrize("extra", [0, 1])
def test_ones_own_export_is_importable_and_a_note_the_import_would_refuse_is_said_before_writing(
        tmp_path, data_dir, mini_instrument, capsys, extra):
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    db = open_database(DataPaths(data_dir))
    store = ReflectionStore(db)
    r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date(2026, 9, 1)), mini_instrument,
                    ("alpha",), ("alpha.one",))
    store.save_answer(r.id, "alpha.one.1", 4)
    store.save_note(r.id, "alpha.one.1", "n" * limits.NOTE_MAX)
    db.close()
    if extra:  # a database from elsewhere (the app itself never stores a longer note)
        with sqlite3.connect(DataPaths(data_dir).database) as con:
            con.execute("UPDATE answers SET note = note || 'n'")
    out = tmp_path / "me.json"
    code = cli(["my-data", "export", "--out", str(out), "--lang", "en"])
    if not extra:
        assert code == 0
        assert cli(["--data-dir", str(tmp_path / "new"), "my-data", "import", str(out)]) == 0
    else:
        err = capsys.readouterr().err
        assert code == 2 and not out.exists() and not out.with_suffix(".csv").exists()
        assert err.startswith("me.json: The file was not written") and "note" in err and str(limits.NOTE_MAX) in err
        assert len(err.strip().splitlines()) == 1


def _max_length(model, *path):
    """The max_length a strict model puts on a field (a list's, a dict's or a text's)."""
    from annotated_types import MaxLen
    field = model.model_fields[path[0]]
    for meta in field.metadata:
        if isinstance(meta, MaxLen):
            return meta.max_length
    raise AssertionError(f"{model.__name__}.{path[0]} has no max_length")


def test_every_reader_holds_what_the_largest_content_can_make():
    """A reflection on the largest content the app can install (the built-in one plus a pack that
    adds, each at the pack limits) fits every reader: the share, the summary and the export."""
    from hype_desktop.formats.personal_export import ReflectionModel
    from hype_desktop.formats.team_formats import ShareContent, TeamFile
    assert _max_length(ShareContent, "answers") >= limits.ITEMS_MAX
    assert _max_length(ShareContent, "notes") >= limits.ITEMS_MAX
    assert _max_length(ShareContent, "prompt_answers") >= limits.PROMPTS_MAX
    assert _max_length(ShareContent, "modules") >= limits.CONTENT_MODULES_MAX
    assert _max_length(TeamFile, "factors") >= limits.FACTORS_MAX
    assert _max_length(TeamFile, "items") >= limits.ITEMS_MAX
    assert _max_length(ReflectionModel, "answers") >= limits.ITEMS_MAX
    assert _max_length(ReflectionModel, "scope") >= limits.FACTORS_MAX
    assert limits.ITEMS_MAX >= 2 * limits.PACK_MODULES_MAX * limits.PACK_FACTORS_PER_MODULE_MAX \
        * limits.PACK_ITEMS_PER_FACTOR_MAX
    # the built-in content itself is well inside one pack's limits
    assert len(CORE.modules) <= limits.PACK_MODULES_MAX
    assert all(len(m.factors) <= limits.PACK_FACTORS_PER_MODULE_MAX for m in CORE.modules)


def test_a_pack_at_its_limits_is_read_and_one_past_is_refused(tmp_path):
    import json

    from mini_instrument import mini_instrument

    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.instrument_format import load_instrument_file
    data = mini_instrument()
    factor = data["modules"][0]["factors"][0]
    factor["items"] = [dict(factor["items"][0], id=f"alpha.one.{n}") for n in range(limits.PACK_ITEMS_PER_FACTOR_MAX)]
    (tmp_path / "ok.json").write_text(json.dumps(data), encoding="utf-8")
    assert len(load_instrument_file(tmp_path / "ok.json").factor("alpha.one").items) == limits.PACK_ITEMS_PER_FACTOR_MAX
    build_instrument(data)
    factor["items"].append(dict(factor["items"][0], id="alpha.one.extra"))
    (tmp_path / "no.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileProblem):
        load_instrument_file(tmp_path / "no.json")


def test_a_content_copy_of_the_largest_content_fits_the_export():
    """The copy kept of the built-in content with a pack that adds (a whole pack file's worth),
    as store.content_copies writes it, is within what the export's reader takes."""
    import json

    from hype_desktop.formats.content_export import ExportedContentCopy
    builtin = json.dumps(CORE.source, ensure_ascii=False, sort_keys=True)
    largest = len(builtin) + int(limits.PACK_BYTES * 1.2)  # a minified pack gains its spaces back
    assert _max_length(ExportedContentCopy, "data") >= largest
