"""Shares made with different content (a stock install and a trainer's preset install) collate
together on the factors they have in common; the report names the factors left out, never how
many shares had them."""

from __future__ import annotations

from datetime import datetime

from mini_instrument import adding_pack

from hype_desktop.cli import main
from hype_desktop.collation.collate import left_out
from hype_desktop.domain.aggregate import Submission


def _build(instrument_json):
    from hype_desktop.formats.instrument_build import build_instrument
    return build_instrument(instrument_json)


def test_stock_and_preset_shares_collate_together(tmp_path, data_dir, capsys):
    from hype_desktop.collation.sample_exports import sample_exports
    from hype_desktop.formats.content_library import with_pack
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.team_formats import read_round_file

    invite = tmp_path / "r.hype-round"
    assert main(["--data-dir", str(data_dir), "round", "new", "--team", "T1", "--phase", "kickoff",
                 "--modules", "key_factors", "--out", str(invite)]) == 0
    invitation = read_round_file(invite)
    stock = load_builtin_instrument()
    preset = with_pack(stock, _build(adding_pack()))
    assert preset.id != stock.id
    shares = tmp_path / "shares"
    sample_exports(stock, invitation, 3, shares, seed=1)
    for path in sample_exports(preset, invitation, 3, tmp_path / "p", seed=2):
        path.rename(shares / f"preset-{path.name}")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "collate", str(shares), "--json", str(tmp_path / "s.json"),
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count(": accepted") == 6 and "6 of 6 files used" in out and "(6 people)" in out


def test_left_out_names_unknown_factors_only():
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    stock = load_builtin_instrument()
    known = stock.factors()[0].items[0].id
    subs = [Submission("a", "r", datetime(2026, 1, 1), "c", ("key_factors",),
                       {known: 3, "koulutus.one.1": 4, "koulutus.one.2": 5}),
            Submission("b", "r", datetime(2026, 1, 1), "d", ("key_factors",), {known: 2, "koulutus.two.1": 1})]
    assert left_out(stock, subs) == ("koulutus.one", "koulutus.two")
    assert left_out(stock, subs[:0]) == ()
