"""Attacks on the release log with more than two releases, or with a swap plus an addition: a
collator who may choose which shares go into each release must not be able to work out one
person's answers by adding and subtracting the releases' published figures (or by keeping the
texts two releases have in common). Each pair of releases below differs by at least the score
size, so a pairwise check alone lets them all through."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from team_helpers import sealed_samples

from hype_desktop.cli import main as cli
from hype_desktop.domain.anonymity import Thresholds, release_refused, smallest_group


def _release(folder: Path, tmp: Path, tag: str, people: list[int]) -> int:
    names = sorted(p.name for p in folder.iterdir())
    chosen = tmp / tag
    chosen.mkdir()
    for i in people:
        shutil.copy(folder / names[i - 1], chosen / names[i - 1])
    return cli(["collate", str(chosen), "--json", str(tmp / f"{tag}.json"), "--lang", "en"])


def _distributions(path: Path) -> dict[str, list[int]]:
    return {i["id"]: i["distribution"] for i in json.loads(path.read_text(encoding="utf-8"))["items"]}


def test_a_swap_plus_an_addition_is_refused_though_it_differs_by_the_score_size(tmp_path, capsys):
    """Five people, then four of them and two others: the second minus the first is the two
    newcomers minus the one who left, so a value counted -1 is the leaver's answer."""
    folder = tmp_path / "team"
    sealed_samples(cli, 7, folder, seed=11, extra=("--members", "7"))
    assert _release(folder, tmp_path, "a", [1, 2, 3, 4, 5]) == 0
    capsys.readouterr()
    assert _release(folder, tmp_path, "b", [1, 2, 3, 4, 6, 7]) == 3
    err = capsys.readouterr().err
    assert "single out a group of 1" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.json").exists()


def test_four_releases_of_seven_people_never_give_one_persons_answers(tmp_path):
    """(A + B + C - 2D) / 3 is person 1's exact answer to every statement shown, though every
    pair of these releases differs by three or four people."""
    folder = tmp_path / "team"
    sealed_samples(cli, 7, folder, seed=4, extra=("--members", "7"))
    releases = {"a": [1, 2, 3, 4, 5], "b": [1, 2, 3, 6, 7], "c": [1, 4, 5, 6, 7], "d": [2, 3, 4, 5, 6, 7]}
    codes = {tag: _release(folder, tmp_path, tag, people) for tag, people in releases.items()}
    assert codes["a"] == 0 and 3 in codes.values()
    if all(code == 0 for code in codes.values()):  # pragma: no cover - what the attack would read
        a, b, c, d = (_distributions(tmp_path / f"{t}.json") for t in "abcd")
        pytest.fail(f"person 1 answered {[(x + y + z - 2 * w) // 3 for x, y, z, w in zip(*(m[next(iter(a))] for m in (a, b, c, d)))]}")


def test_the_texts_two_releases_share_are_never_one_persons():
    """Two releases of five with one person in common: whatever text both show is that person's."""
    first, second = frozenset("12345"), frozenset("16789")
    assert release_refused([first], second, Thresholds()) and smallest_group([first, second], 3) == 1


@pytest.mark.parametrize(("earlier", "later", "refused"), [
    (["12345"], "12345678", False),  # three more people: a group of three, as the score size allows
    (["12345", "12345678"], "1234567890A", False),
    (["12345"], "12345", False),  # the same people again
    (["12"], "12345", False),  # two people showed no figure at all
    (["12345"], "1234678", True),  # one left, three came: the one who left stands alone
    (["12345", "12345678"], "12345679AB", True),  # 8 alone in the middle release
])
def test_groups_the_releases_tell_apart_hold_at_least_the_score_size(earlier, later, refused):
    assert release_refused([frozenset(e) for e in earlier], frozenset(later), Thresholds()) is refused
