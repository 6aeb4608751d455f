"""Wrong use of a subcommand is one plain, translated sentence and exit 2 — never a traceback."""

from hype_desktop.cli import main


def test_negative_sample_count_is_refused_plainly(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "sv_FI.UTF-8")
    assert main(["sample-data", "--reflections", "-1", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Det går inte:") and "Traceback" not in err
    assert not (data_dir / "hype.sqlite3").exists()  # refused before anything was created


def test_my_data_without_a_file_says_how_to_use_it(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fi_FI.UTF-8")
    assert main(["my-data", "export", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Ei onnistu:") and "--out FILE.json" in err


def test_a_store_problem_reaches_the_user_in_their_language(data_dir, capsys, monkeypatch):
    data_dir.mkdir(parents=True)
    (data_dir / "hype.sqlite3").write_bytes(b"not a database at all" * 100)
    before = (data_dir / "hype.sqlite3").read_bytes()
    assert main(["report", "--out", str(data_dir / "r.pdf"), "--lang", "fi", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "hype.sqlite3" in err
    assert (data_dir / "hype.sqlite3").read_bytes() == before
