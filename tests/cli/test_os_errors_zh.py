"""A file or folder the command line cannot use gives one line in the user's language, not a traceback.

The operating system's reason ("No such file or directory", "File exists") is
English only; the commands show ours (``explorer.domain.messages.os_error_reason``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import paths
from explorer.cli import main

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_REASONS = re.compile(r"No such file|File exists|Is a directory|Not a directory|Traceback")


def run_main_py(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GUIAN_EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", "--lang", "zh_CN", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_compute_of_a_missing_scenario_file_says_why_in_chinese(tmp_path):
    missing = tmp_path / "nonexistent.json"
    done = run_main_py("compute", str(missing), home=tmp_path / "home")
    assert done.returncode == 2
    assert f"{missing}: 无法读取（文件或文件夹不存在）" in done.stderr  # export's words: one loader
    assert not ENGLISH_REASONS.search(done.stderr + done.stdout), done.stderr


def test_datapack_info_when_the_data_folder_is_a_file(tmp_path):
    home = tmp_path / "home"
    home.write_text("not a folder")
    done = run_main_py("datapack", "info", home=home)
    assert done.returncode == 1
    assert done.stderr.strip() == f"无法使用 {home}：已存在同名的文件或文件夹"
    assert not ENGLISH_REASONS.search(done.stderr + done.stdout), done.stderr


@pytest.mark.parametrize(
    "action", [["info"], ["revert"], ["import", "--yes", "data"], ["export", "x.xlsx"], ["validate", "data"]]
)
def test_every_datapack_action_refuses_an_unusable_data_folder_in_chinese(
    tmp_path, monkeypatch, capsys, action
):
    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv("GUIAN_EXPLORER_HOME", str(home))
    code = main(["--lang", "zh_CN", "datapack", *[str(ROOT / a) if a == "data" else a for a in action]])
    out, err = capsys.readouterr()
    if action[0] == "validate":  # reading a pack needs no data folder
        assert code == 0 and "有效" in out
        return
    assert code == 1
    assert err.strip() == f"无法使用 {home}：已存在同名的文件或文件夹"


def test_datapack_export_to_a_missing_folder_says_why_in_chinese(tmp_path, capsys):
    target = tmp_path / "nowhere" / "pack.xlsx"
    assert main(["--lang", "zh_CN", "datapack", "export", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"无法写入 {target}：文件或文件夹不存在" in err
    assert not ENGLISH_REASONS.search(err)


def test_datapack_info_with_a_damaged_install_record_says_unknown(tmp_path, capsys):
    from explorer.datapack import install_pack

    install_pack(paths.shipped_data_dir())
    (paths.active_pack_dir() / "install.json").write_text("{ damaged", encoding="utf-8")
    assert main(["--lang", "zh_CN", "datapack", "info"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"导入自 未知.*未知", out), out
    assert main(["--lang", "en", "datapack", "info"]) == 0
    assert "Imported from unknown at unknown" in capsys.readouterr().out
