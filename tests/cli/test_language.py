"""The command line speaks the language the user asks for: --lang, a command's own option, the system's.

Each test runs the real command and reads what it prints: help, argparse's own
words, every message, the summary's tables, and the messages other layers pass
through (engine refusals, data-pack problems, the active pack's label).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import paths
from explorer.cli import COMMANDS, build_parser, main
from explorer.cli.argparse_qt import PROGRAMMER_ERRORS, WORDS
from explorer.cli.language import COMMAND_LANGUAGE_OPTIONS, PAINTING_OPTIONS, TOP_OPTIONS, plan_run
from explorer.cli.terminal import width, wrap
from explorer.personas import load_personas
from explorer.project import PackStamp, build_project, dump_project
from tests.datapack.conftest import drop_checksums, set_cell

ROOT = Path(__file__).resolve().parents[2]
INFERENCE = ROOT / "data" / "personas" / "beijing_internet_inference.json"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def block(text: str, title: str) -> list[str]:
    """The lines of the table under ``title``, up to the blank line after it."""
    lines = text.splitlines()
    start = lines.index(title) + 1
    end = lines.index("", start)
    return lines[start:end]


@pytest.fixture
def broken_pack(tmp_path) -> tuple[Path, int]:
    folder = tmp_path / "pack"
    shutil.copytree(paths.shipped_data_dir(), folder)
    drop_checksums(folder)  # the planted value is the only problem
    row = set_cell(folder, "site_parameters", "value", "-1", site_id="guian", param="pue")
    return folder, row


# --- compute ------------------------------------------------------------------------------------
def test_compute_summary_in_chinese_lines_up(capsys):
    code, out, err = run(capsys, "--lang", "zh_CN", "compute", INFERENCE)
    assert code == 0, err
    assert "关键指标（北京 → 贵州贵安新区）" in out
    assert "年度明细表：贵州贵安新区（目的地）" in out and "年度明细表：北京（迁出地）" in out
    assert "模式：机柜托管" in out and "万元" in out and "CNY" not in out
    table = block(out, "年度明细表：贵州贵安新区（目的地）")
    assert table[0].split() == (
        "年份 电费 机柜空间 网络带宽 人力 运营成本 激励政策 税收减免 净成本".split()
    )
    # The last column is right-aligned, so every line of a table takes the same columns in a terminal.
    assert len({width(line) for line in table}) == 1
    latency = block(out, "网络时延（往返），预算 50 毫秒")
    header = "地区 用户区域 往返估算（毫秒） 结论 官方说法（单向）（毫秒） 说法来源"
    assert latency[0].split() == header.split()
    assert {line.split()[3] for line in latency[1:-1]} <= {"满足", "临界", "过慢", "未知"}
    assert latency[-1].strip().startswith("官方说法是公开发布的数字")  # round trip vs one-way, in a note
    policies = block(out, "政策")
    assert "符合条件" in "\n".join(policies)
    kpis = block(out, "关键指标（北京 → 贵州贵安新区）")
    values_start = {width(line[: re.match(r"^  (.+?)  +(\S.*)$", line).start(2)]) for line in kpis}
    assert len(kpis) >= 8 and len(values_start) == 1  # the values stand in one column after the labels


def test_compute_is_english_by_default_and_its_language_option_sets_the_messages(capsys):
    code, out, _ = run(capsys, "compute", INFERENCE)
    assert code == 0
    assert "Key figures (case Beijing -> Gui'an New Area, Guizhou)" in out and not CHINESE.search(out[:200])
    code, out, _ = run(capsys, "compute", INFERENCE, "--language", "zh")
    assert code == 0 and "关键指标（北京 → 贵州贵安新区）" in out and "万元" in out
    # The global --lang wins for the messages; --language still gives the numbers and names.
    code, out, _ = run(capsys, "--lang", "en", "compute", INFERENCE, "--language", "zh")
    assert code == 0 and "Key figures (case 北京 -> 贵州贵安新区)" in out and "万元" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "compute", INFERENCE, "--language", "en")
    assert code == 0 and "关键指标（Beijing → Gui'an New Area, Guizhou）" in out and "CNY" in out


def test_compute_refuses_an_invalid_scenario_in_chinese(capsys, tmp_path):
    data = json.loads(INFERENCE.read_text(encoding="utf-8"))
    data["finance"]["horizon_years"] = 30
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "--lang", "zh_CN", "compute", path)
    assert code == 2 and out == ""
    assert err.startswith("错误：") and "finance.horizon_years" in err
    assert CHINESE.search(err.split("finance.horizon_years", 1)[1]), err  # the engine's reason too
    code, _, err = run(capsys, "--lang", "zh_CN", "compute", tmp_path / "missing.json")
    assert code == 2 and err.startswith("错误：") and "missing.json: 无法读取" in err


def test_compute_names_a_bad_pack_in_chinese(capsys, broken_pack):
    folder, row = broken_pack
    code, out, err = run(capsys, "--lang", "zh_CN", "compute", INFERENCE, "--pack", folder)
    assert code == 1 and out == ""
    assert err.startswith("错误：无法加载数据包：数据包无效：共 2 个问题。")
    assert f"site_parameters.csv，第 {row} 行，“value”列：PUE 须在 1 至 3 之间" in err


# --- export -------------------------------------------------------------------------------------
def test_export_refuses_in_chinese(capsys):
    code, out, err = run(capsys, "--lang", "zh_CN", "export", INFERENCE)
    assert (code, out) == (2, "")
    assert err == "错误：没有可导出的内容：请至少给出 --pdf、--xlsx、--csv、--png 中的一项\n"
    # export's own --lang sets the messages too when the global one is not given
    code, _, err = run(capsys, "export", INFERENCE, "--png", "x.png", "--size", "big", "--lang", "zh")
    assert code == 2
    size_rule = "每边 16 至 8000 像素、总计不超过 3200 万像素"
    assert err == f"错误：--size 须为 WIDTHxHEIGHT，{size_rule}，实际为 'big'\n"
    code, _, err = run(capsys, "export", INFERENCE, "--png", "x.png", "--size", "big")
    assert err.startswith("error: --size must be WIDTHxHEIGHT")


def test_export_lists_the_files_written_and_notes_in_chinese(capsys, tmp_path, shipped_pack):
    personas = load_personas()
    project = build_project([("s0", personas[0].title("zh"), personas[0].scenario)], "s0", "s0", shipped_pack)
    project = dataclasses.replace(project, pack=PackStamp("2025.1", dt.date(2025, 1, 1)))
    source = tmp_path / "client.gcx"
    source.write_bytes(dump_project(project))
    csv, xlsx = tmp_path / "t.csv", tmp_path / "b.xlsx"
    code, out, err = run(
        capsys, "--lang", "zh_CN", "export", source, "--csv", csv, "--xlsx", xlsx, "--samples", "0"
    )
    assert code == 0, err
    assert out.splitlines() == [str(xlsx), str(csv)]
    header = csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert CHINESE.search(header), "with main.py --lang zh_CN and no export --lang, the files are Chinese"
    assert err == (
        "注意：client.gcx 由数据包 2025.1 制作，本次导出使用 "
        f"{shipped_pack.manifest.version}（保留项目中的数值）\n"
    )
    code, _, err = run(capsys, "--lang", "zh_CN", "export", source, "--csv", csv, "--scenario", "nope")
    assert code == 2 and err.splitlines()[-1].startswith("错误：client.gcx 中没有名为 'nope' 的方案（现有：")


# --- datapack -----------------------------------------------------------------------------------
def test_datapack_validate_lists_located_problems_in_chinese(capsys, broken_pack):
    folder, row = broken_pack
    assert main(["--lang", "zh_CN", "datapack", "validate", str(folder)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "数据包无效：共 2 个问题。"
    assert err[1] == (
        f"site_parameters.csv，第 {row} 行，“value”列：PUE 须在 1 至 3 之间（PUE 不可能低于 1）（值：“-1”）"
    )
    assert len(err) == 3 and all(CHINESE.search(line) for line in err)


def test_datapack_validate_and_info_in_chinese(capsys, shipped_pack):
    version, as_of = shipped_pack.manifest.version, shipped_pack.manifest.as_of
    assert main(["--lang", "zh_CN", "datapack", "validate", str(paths.shipped_data_dir())]) == 0
    assert capsys.readouterr().out.startswith(f"数据包 {version}（截至 {as_of}）有效：8 个地区，")
    assert main(["--lang", "zh_CN", "datapack", "info"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"数据包 {version}（随附，截至 {as_of}）"
    assert out[1] == f"文件夹：{paths.shipped_data_dir()}"
    assert main(["datapack", "info"]) == 0
    assert capsys.readouterr().out.startswith(f"Data pack {version} (shipped, as of {as_of})")


# --- help and argparse's own words --------------------------------------------------------------
def test_help_of_a_command_in_chinese(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "zh_CN", "compute", "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("用法：main.py compute [-h]")
    assert "\n位置参数：\n" in text and "\n选项：\n" in text
    assert "显示本帮助信息并退出" in text and "方案文件（.json）" in text
    assert all(width(line) <= 80 for line in text.splitlines())
    usage = text.split("\n\n")[0].splitlines()  # continuation lines under the first argument
    assert usage[1].index("[") == width("用法：main.py compute ")
    with pytest.raises(SystemExit):
        main(["compute", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("usage: main.py compute [-h]") and "\noptions:\n" in text
    assert not CHINESE.search(text.replace("万/亿", ""))


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS), ["datapack", "import"]])
def test_every_help_page_is_in_chinese(capsys, command):
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", *command, "--help"])
    text = capsys.readouterr().out
    assert text.startswith("用法：") and "显示本帮助信息并退出" in text
    # Only option names, metavars, choices and file types stay Latin: no English sentence is left.
    assert not re.search(r"\b(the|of|and|or|to|a|an|show|usage|options|commands)\b", text), text


def test_argparse_errors_in_chinese(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "zh_CN", "compute"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("用法：main.py compute") and "main.py compute：错误：缺少以下必需参数：scenario" in err
    )
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "export", "f.json", "--chart", "pie"])
    assert "参数 --chart：无效的取值：'pie'（可选：" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "compute", "f.json", "--seed", "x"])
    assert "参数 --seed：无效的 int 值：'x'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["compute"])
    assert "main.py compute: error: the following arguments are required: scenario" in capsys.readouterr().err


def test_argparse_words_are_put_back_after_the_run(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "compute"])
    capsys.readouterr()
    assert argparse._("usage: ") == "usage: "
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == "expected %s arguments"


def test_every_argparse_text_a_user_can_see_is_listed():
    """Read argparse's own source: each text it passes to gettext is in WORDS or PROGRAMMER_ERRORS."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert found, "argparse no longer calls _()"
    assert found - set(WORDS) - set(PROGRAMMER_ERRORS) == set()
    assert not set(WORDS) & set(PROGRAMMER_ERRORS)


def test_argparse_translations_keep_their_placeholders():
    glossary = json.loads((ROOT / "resources" / "i18n" / "zh_CN.cli.json").read_text(encoding="utf-8"))
    placeholder = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for source in WORDS:
        assert sorted(placeholder.findall(glossary[source])) == sorted(placeholder.findall(source)), source


# --- how the language is chosen -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "language", "opens_window", "application"),
    [
        ([], None, True, "none"),
        (["--lang", "zh_CN"], "zh_CN", True, "none"),
        (["--lang=en"], "en", True, "none"),
        (["--la", "zh_CN"], "zh_CN", True, "none"),
        (["--lang", "fr"], None, False, "core"),  # argparse refuses it, in the system's language
        (["--lang", "zh_CN", "--help"], "zh_CN", False, "core"),
        (["--version"], None, False, "core"),
        (["--self-test"], None, False, "widgets"),
        (["--lang", "zh_CN", "--self"], "zh_CN", False, "widgets"),
        (["compute", "f.json"], None, False, "core"),
        (["compute", "f.json", "--language", "zh"], "zh_CN", False, "core"),
        (["compute", "f.json", "--lang=en"], "en", False, "core"),  # an abbreviation of --language
        (["--lang", "en", "compute", "f.json", "--language", "zh"], "en", False, "core"),
        (["export", "f.json", "--csv", "x.csv", "--lang", "zh"], "zh_CN", False, "core"),
        (["export", "f.json", "--pdf", "x.pdf"], None, False, "paints"),
        (["export", "f.json", "--pn=x.png", "--lang", "zh_CN"], "zh_CN", False, "paints"),
        (["export", "--", "--pdf"], None, False, "core"),
        (["datapack", "validate", "--lang", "zh"], None, False, "core"),  # datapack has no language option
    ],
)
def test_the_run_plan_is_read_from_argv(argv, language, opens_window, application):
    plan = plan_run(argv, COMMANDS)
    assert (plan.language, plan.opens_window, plan.application) == (language, opens_window, application)


def test_the_abbreviations_the_plan_accepts_are_unique():
    """argparse takes a unique prefix; the plan's shortest prefixes must stay unique as options come."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices

    def clash(options: list[str], option: str, shortest: str) -> list[str]:
        return [o for o in options if o != option and o.startswith(shortest)]

    top = [o for o in parser._option_string_actions if o.startswith("--")]
    for option, shortest in TOP_OPTIONS.items():
        assert option in top and not clash(top, option, shortest)
    for command, (option, shortest, choices) in COMMAND_LANGUAGE_OPTIONS.items():
        options = [o for o in commands[command]._option_string_actions if o.startswith("--")]
        assert option in options and not clash(options, option, shortest)
        language = commands[command]._option_string_actions[option]
        assert tuple(language.choices) == choices
    export = [o for o in commands["export"]._option_string_actions if o.startswith("--")]
    for option, shortest in PAINTING_OPTIONS:
        assert option in export and not clash(export, option, shortest)


def _launch(tmp_path, *args, **env_changes) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(GUIAN_EXPLORER_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_chinese_system_gets_chinese_unless_lang_says_otherwise(tmp_path, shipped_pack):
    version = shipped_pack.manifest.version
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"}
    result = _launch(tmp_path, "datapack", "validate", "data", **chinese)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"数据包 {version}（截至 ")
    result = _launch(tmp_path, "compute", str(INFERENCE), **chinese)
    assert result.returncode == 0 and "关键指标（北京 → 贵州贵安新区）" in result.stdout
    assert "万元" in result.stdout
    result = _launch(tmp_path, "--lang", "en", "datapack", "validate", "data", **chinese)
    assert result.stdout.startswith(f"Valid data pack {version}")
    result = _launch(tmp_path, "datapack", "validate", "data", LANG="en_US.UTF-8")
    assert result.stdout.startswith(f"Valid data pack {version}")


def test_the_self_test_in_chinese(tmp_path):
    result = _launch(tmp_path, "--lang", "zh_CN", "--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("通过  加载数据包：版本 ")
    assert lines[2].startswith("通过  构建主窗口：概览, 政策, 测算")
    assert lines[-1] == "自检通过"


# --- terminal layout ----------------------------------------------------------------------------
@pytest.mark.parametrize("columns", [10, 24, 40])
def test_wrap_keeps_to_the_columns_and_loses_nothing(columns):
    text = "导出文件的语言：zh（中文）或 en（英文，默认）；未给出 main.py --lang 时，也是输出信息的语言"
    lines = wrap(text, columns)
    assert all(width(line) <= columns for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line[0] in "，。；：）" for line in lines)
