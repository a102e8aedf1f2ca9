"""What a Chinese user of the command line reads: Chinese lines only, never a log record or a traceback.

The runs that depend on a clean process (logging, Qt's messages, a refused
imported pack) are subprocesses of ``main.py --lang zh_CN``; the others run
``explorer.cli.main`` in this process (see conftest.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from tests.datapack.conftest import drop_checksums

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "data" / "personas"
INFERENCE = PERSONAS / "beijing_internet_inference.json"  # Beijing -> Gui'an, Horinger and Zhongwei compared
STARTUP = PERSONAS / "shenzhen_ai_startup.json"  # not a High and New Technology Enterprise
CJK = re.compile(r"[\u4e00-\u9fff]")


def main_py(*args, home: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "main.py", "--lang", "zh_CN", *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )  # fmt: skip


def english_lines(stderr: str) -> list[str]:
    """Lines of stderr with no Chinese in them: a log record, a Qt warning, a traceback."""
    return [line for line in stderr.splitlines() if line.strip() and not CJK.search(line)]


def broken_import(home: Path) -> None:
    """An imported pack that has since been damaged: a site row lost its id."""
    active = home / "datapack"
    shutil.copytree(ROOT / "data", active, ignore=shutil.ignore_patterns("personas"))
    drop_checksums(active)  # the damage below is the only problem
    sites = active / "sites.csv"
    lines = sites.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = "," + lines[1].split(",", 1)[1]
    sites.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


# --- item: the imported pack refused, the shipped one used, said in Chinese; logs go to the file ---


@pytest.mark.parametrize(
    "command",
    [("compute", STARTUP), ("export", STARTUP, "--csv", "OUT")],
    ids=["compute", "export"],
)
def test_a_refused_imported_pack_is_noted_in_chinese_and_logged_to_the_file(tmp_path, command):
    home = tmp_path / "home"
    broken_import(home)
    args = [str(tmp_path / "out.csv") if part == "OUT" else part for part in command]
    result = main_py(*args, home=home)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("注意：导入的数据包无效（"), result.stderr
    assert "本次运行使用随附数据包" in result.stderr
    assert "sites.csv，第 2 行" in result.stderr  # the first problem, in Chinese
    assert "main.py datapack revert" in result.stderr
    assert english_lines(result.stderr) == []
    assert "Traceback" not in result.stderr
    log = (home / "logs" / "explorer.log").read_text(encoding="utf-8")
    assert "WARNING explorer.datapack: The imported data pack" in log


def test_the_self_test_notes_a_refused_pack_and_prints_no_qt_warning(tmp_path):
    home = tmp_path / "home"
    broken_import(home)
    result = main_py("--self-test", home=home, timeout=240)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("自检通过")
    assert result.stderr.startswith("注意：导入的数据包无效（")
    assert english_lines(result.stderr) == []  # e.g. the offscreen platform's "does not support …"
    assert "explorer.datapack: The imported data pack" in (home / "logs" / "explorer.log").read_text(
        encoding="utf-8"
    )


def test_a_log_folder_that_cannot_be_written_costs_nothing_and_prints_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "logs").write_text("a file where the log folder would be", encoding="utf-8")
    # an import interrupted between its two renames: the run puts the pack back, with a warning
    shutil.copytree(ROOT / "data", home / ".datapack-old-1", ignore=shutil.ignore_patterns("personas"))
    result = main_py("compute", STARTUP, home=home)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (home / "datapack" / "sites.csv").is_file()


# --- item: a failing self-test gives its reason in the run's language -------------------------


def test_a_failing_self_test_names_the_step_and_the_reason_in_chinese(tmp_path):
    empty = tmp_path / "no-data"
    empty.mkdir()
    code = (
        "import sys, explorer.paths as p; from pathlib import Path;"
        f"p.shipped_data_dir = lambda: Path({str(empty)!r});"
        "from explorer.cli import main; sys.exit(main(['--lang', 'zh_CN', '--self-test']))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8"
    )
    assert result.returncode == 1
    first, *rest = result.stderr.splitlines()
    assert first.startswith("失败  加载数据包：数据包无效：")
    assert "manifest.json" in "\n".join(rest)  # the problems, then where the details are
    log = tmp_path / "home" / "logs" / "explorer.log"
    assert rest[-1] == f"详细信息已写入日志文件 {log}"
    assert "Traceback" not in result.stderr  # the traceback, for support, is in the log
    assert "Traceback" in log.read_text(encoding="utf-8")


# --- item: a site that is not a case of the scenario is refused, in every mode -----------------


@pytest.mark.parametrize("mode", [(), ("--json",), ("--tornado",), ("--monte-carlo", "100")])
def test_a_site_not_in_the_scenario_is_refused_in_chinese(capsys, mode):
    code = main(["--lang", "zh_CN", "compute", str(INFERENCE), "--site", "mars", *mode])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err == "错误：sites.mars: 不在本方案中；可作为目的地的地区：guian, horinger, zhongwei\n"


def test_the_origin_is_no_case_of_its_own(capsys):
    code = main(["--lang", "zh_CN", "compute", str(INFERENCE), "--site", "beijing", "--json"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err == "错误：sites.beijing: 是迁出地；可作为目的地的地区：guian, horinger, zhongwei\n"
    code = main(["--lang", "en", "compute", str(INFERENCE), "--site", "beijing"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err == "error: sites.beijing: is the origin; a case can move to: guian, horinger, zhongwei\n"


def test_a_comparator_site_is_a_case_to_show(capsys):
    code = main(["--lang", "zh_CN", "compute", str(INFERENCE), "--site", "zhongwei", "--tornado"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "关键指标（北京 → 宁夏中卫）" in out


# --- item: the policies' reasons, and the goal seek's heading, in Chinese words -----------------


def test_policy_reasons_say_no_rather_than_false(capsys):
    code = main(["--lang", "zh_CN", "compute", str(STARTUP)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "不满足：需要高新技术企业资格；企业：否" in out
    assert "False" not in out and "True" not in out


def test_goal_seek_heading_names_the_input_in_the_runs_language(capsys):
    seek = ["--goal-seek", "sites.guian.electricity_price"]
    assert main(["--lang", "zh_CN", "compute", str(INFERENCE), *seek]) == 0
    out, _ = capsys.readouterr()
    assert "目标求解：净现值 = 0元 时的贵州贵安新区：电价（sites.guian.electricity_price）" in out
