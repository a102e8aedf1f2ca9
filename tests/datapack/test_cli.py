"""``main.py datapack validate|import|revert``: exit codes, problems on stderr, confirmation on stdin."""

from __future__ import annotations

import io
import json

import pytest

from explorer import paths
from explorer.cli import main
from explorer.datapack import active_pack_info, load_pack

from .conftest import folder_digest, set_cell


@pytest.fixture(autouse=True)
def command_line_language(qapp):
    """A command installs its translator in the running QApplication; English again afterwards."""
    yield
    from explorer.translation import install_command_line_language

    install_command_line_language("en")


def _bump(folder):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = "2026.12.1"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_validate_ok(capsys):
    assert main(["datapack", "validate", str(paths.shipped_data_dir())]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Valid data pack 2026.12.0 (as of 2026-12-06): 8 sites, ")


def test_validate_invalid_prints_one_problem_per_line(capsys, pack_copy):
    row = set_cell(pack_copy, "site_parameters", "value", "-1", site_id="guian", param="pue")
    assert main(["datapack", "validate", str(pack_copy)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "Invalid data pack: 2 problem(s)."
    assert err[1] == (
        f"site_parameters.csv, row {row}, column 'value': PUE must be between 1 and 3 "
        "(PUE below 1 is impossible) (value: '-1')"
    )
    assert len(err) == 3


def test_import_asks_and_aborts(capsys, pack_copy, monkeypatch):
    _bump(pack_copy)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["datapack", "import", str(pack_copy)]) == 1
    out = capsys.readouterr().out
    assert "Data pack 2026.12.0 (2026-12-06) → 2026.12.1 (2026-12-06)" in out
    assert "Replace the active data pack with this one? [y/N]" in out
    assert "Aborted: the active data pack is unchanged." in out
    assert active_pack_info().kind == "shipped"


def test_import_asks_in_chinese_and_lists_the_changes_in_chinese(capsys, pack_copy, monkeypatch):
    _bump(pack_copy)
    set_cell(pack_copy, "site_parameters", "value", "0.36", site_id="guian", param="electricity_price")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--lang", "zh_CN", "datapack", "import", str(pack_copy)]) == 1
    out = capsys.readouterr().out
    assert "数据包 2026.12.0（截至 2026-12-06）→ 2026.12.1（截至 2026-12-06）" in out
    assert "site_parameters.csv · 站点参数（1 项变更）：" in out
    assert "      数值：0.35 元/千瓦时 → 0.36 元/千瓦时" in out
    assert "是否用此数据包替换当前启用的数据包？[y/N] 已取消：当前数据包未改变。" in out
    assert active_pack_info().kind == "shipped"
    monkeypatch.setattr("sys.stdin", io.StringIO("是\n"))
    assert main(["--lang", "zh_CN", "datapack", "import", str(pack_copy)]) == 0
    assert capsys.readouterr().out.endswith("数据包 2026.12.1（截至 2026-12-06）已启用。\n")
    assert main(["--lang", "zh_CN", "datapack", "info"]) == 0
    assert capsys.readouterr().out.startswith("数据包 2026.12.1（导入，截至 2026-12-06）\n")
    assert main(["--lang", "zh_CN", "datapack", "revert"]) == 0
    assert capsys.readouterr().out == "已恢复为随附数据包 2026.12.0（截至 2026-12-06）。\n"


def test_import_without_an_answer_aborts(pack_copy, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["datapack", "import", str(pack_copy)]) == 1
    assert active_pack_info().kind == "shipped"


def test_import_confirmed_then_revert(capsys, pack_copy, monkeypatch):
    _bump(pack_copy)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["datapack", "import", str(pack_copy)]) == 0
    assert load_pack().manifest.version == "2026.12.1"
    assert main(["datapack", "info"]) == 0
    assert "Data pack 2026.12.1 (imported, as of 2026-12-06)" in capsys.readouterr().out
    assert main(["datapack", "revert"]) == 0
    assert (
        capsys.readouterr().out.strip() == "Reverted to the shipped data pack 2026.12.0 (as of 2026-12-06)."
    )
    assert active_pack_info().kind == "shipped"


def test_import_yes_and_invalid(capsys, pack_copy):
    assert main(["datapack", "import", "--yes", str(pack_copy)]) == 0
    before = folder_digest(paths.active_pack_dir())
    set_cell(pack_copy, "policies", "category", "taxes", policy_id="N1")
    assert main(["datapack", "import", "--yes", str(pack_copy)]) == 2
    assert "column 'category': must be one of:" in capsys.readouterr().err
    assert folder_digest(paths.active_pack_dir()) == before


def test_export_round_trips(tmp_path, capsys):
    target = tmp_path / "pack.xlsx"
    assert main(["datapack", "export", str(target)]) == 0
    assert main(["datapack", "validate", str(target)]) == 0
    assert main(["datapack", "export", str(tmp_path / "pack.csv")]) == 2


def test_datapack_needs_an_action(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["datapack"])
    assert exit_info.value.code == 2


def test_the_launcher_runs_the_command(tmp_path):
    """As a user types it: python main.py datapack validate data."""
    import os
    import subprocess
    import sys

    root = paths.install_root()
    env = {**os.environ, "GUIAN_EXPLORER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "main.py", "datapack", "validate", "data"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Valid data pack")


def test_diff_compares_two_packs_and_installs_nothing(capsys, pack_copy):
    _bump(pack_copy)
    set_cell(pack_copy, "site_parameters", "value", "0.36", site_id="guian", param="electricity_price")
    shipped = paths.shipped_data_dir()
    assert main(["--lang", "en", "datapack", "diff", str(shipped), str(pack_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Data pack 2026.12.0 (2026-12-06) → 2026.12.1 (2026-12-06)"
    assert "site_parameters.csv · site parameters (1 changed):" in lines
    assert "      value: 0.35 yuan/kWh → 0.36 yuan/kWh" in lines
    assert active_pack_info().kind == "shipped"
    assert main(["--lang", "zh_CN", "datapack", "diff", str(shipped), str(pack_copy)]) == 0
    assert "      数值：0.35 元/千瓦时 → 0.36 元/千瓦时" in capsys.readouterr().out.splitlines()


def test_diff_of_an_invalid_pack_exits_2(capsys, pack_copy):
    set_cell(pack_copy, "site_parameters", "value", "0.9", site_id="guian", param="pue")
    assert main(["datapack", "diff", str(paths.shipped_data_dir()), str(pack_copy)]) == 2
    assert "PUE" in capsys.readouterr().err
