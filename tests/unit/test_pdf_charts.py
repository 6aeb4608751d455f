"""The chart helper process of `hype-desktop report`: the same pixels as drawing in-process
(the GUI's way), a failing helper costs nothing, and no helper is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from hype_desktop.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2,
                                reason="the helper needs fork() and two cores")

RUN = """
import os, sys
from hype_desktop.exchange import pdf_charts
parent = os.getpid()
used = []
real_results = pdf_charts.ChartHelper.results
def results(self, n):
    got = real_results(self, n)
    used.append(got is not None)
    return got
pdf_charts.ChartHelper.results = results
if {mode!r} == "no helper":
    pdf_charts.ChartHelper.start = classmethod(lambda cls: None)
if {mode!r} == "failing helper":
    real_pixels = pdf_charts.ProfileChart.pixels
    def pixels(self):
        if os.getpid() != parent:
            raise RuntimeError("the helper fails")
        return real_pixels(self)
    pdf_charts.ProfileChart.pixels = pixels
from hype_desktop.cli import main
rc = main(["report", "--data-dir", {folder!r}, "--out", {out!r}, "--lang", "fi", "--include-notes"])
assert rc == 0, rc
print("helper answered:", used)
"""


@pytest.fixture
def sample_folder(data_dir):
    assert main(["sample-data", "--data-dir", str(data_dir), "--reflections", "3"]) == 0
    return data_dir


def _report(folder: Path, out: Path, mode: str) -> str:
    done = subprocess.run([sys.executable, "-c", RUN.format(mode=mode, folder=str(folder), out=str(out))],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _images(path: Path) -> list[bytes]:
    out = []
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/XObject", {}).values():
            out.append(ref.get_object().get_data())
    return out


def test_the_helper_draws_what_the_gui_path_draws(sample_folder, tmp_path):
    helped, alone = tmp_path / "helped.pdf", tmp_path / "alone.pdf"
    assert "helper answered: [True]" in _report(sample_folder, helped, "helper")
    assert "helper answered: []" in _report(sample_folder, alone, "no helper")
    images = _images(helped)
    assert len(images) >= 3 and images == _images(alone)  # one chart per module, pixel for pixel


def test_a_failing_helper_costs_nothing(sample_folder, tmp_path):
    failed, alone = tmp_path / "failed.pdf", tmp_path / "alone.pdf"
    assert "helper answered: [False]" in _report(sample_folder, failed, "failing helper")
    _report(sample_folder, alone, "no helper")
    assert _images(failed) == _images(alone) and len(PdfReader(failed).pages) == len(PdfReader(alone).pages)


def test_a_helper_is_never_left_behind():
    code = """
import os
from hype_desktop.exchange.pdf_charts import ChartHelper, ProfileChart, pixel_size
unused = ChartHelper.start()
pid = unused.pid
unused.close()
try:
    os.waitpid(pid, os.WNOHANG)
    raise SystemExit("the unused helper is still a child")
except ChildProcessError:
    pass
helper = ChartHelper.start()
chart = ProfileChart(["a", "b"], [3.0, None], None, "now", "", "t", (3.0, 2.0), "-", "fi", 50)
helper.send([chart])
(pixels,) = helper.results(1)
assert pixels.size == pixel_size(chart.size, 50) == (150, 100), pixels.size
assert helper.pid is None
helper.close()
stuck = ChartHelper.start()  # never sent anything: it waits for its charts until stopped
pid = stuck.pid
stuck._jobs_fd, keep = None, stuck._jobs_fd  # as if the charts were sent but never answered
assert stuck.results(1, timeout=0.5) is None and stuck.pid is None
os.close(keep)
try:
    os.waitpid(pid, os.WNOHANG)
    raise SystemExit("the stuck helper is still a child")
except ChildProcessError:
    pass
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
