"""The manifest's SHA-256 per file (issue 14, integrity): written, checked, rewritten after a hand edit."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from explorer import paths
from explorer.datapack import DataPackError, install_pack, load_shipped_pack, read_pack_source
from explorer.datapack.checksums import FILES_KEY, file_checksums, write_checksums
from explorer.datapack.schema import TABLES

from .conftest import set_cell

ROOT = Path(__file__).resolve().parents[2]
MISMATCH = "the file's SHA-256 checksum does not match the one in manifest.json"


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def signed_copy(tmp_path) -> Path:
    """A copy of the shipped pack with its checksums (pack_copy drops them)."""
    target = tmp_path / "signed"
    shutil.copytree(paths.shipped_data_dir(), target, ignore=shutil.ignore_patterns("personas"))
    return target


def _problems(path: Path) -> list[str]:
    with pytest.raises(DataPackError) as caught:
        read_pack_source(path)
    return [str(p) for p in caught.value.problems]


def test_the_shipped_manifest_lists_every_file_with_its_checksum():
    """Fails when data/*.csv was edited without running tools/pack_checksums.py."""
    folder = paths.shipped_data_dir()
    listed = _manifest(folder)[FILES_KEY]
    present = {spec.file for spec in TABLES.values() if (folder / spec.file).is_file()}
    assert set(listed) == present, "run tools/pack_checksums.py and commit data/manifest.json"
    for name, digest in listed.items():
        actual = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert actual == digest, f"{name} changed: run tools/pack_checksums.py and commit data/manifest.json"
    read_pack_source(folder)  # checksums verified, as `datapack validate data` does


def test_a_changed_file_is_reported_by_name(signed_copy):
    set_cell(signed_copy, "hub_facts", "text_en", "60 EFLOPS", fact_id="article_compute_power")
    assert _problems(signed_copy) == [f"hub_facts.csv: {MISMATCH}" + _HINT]


_HINT = (
    ": the file was changed after the manifest was written, or damaged (after an intended edit, run "
    "'main.py datapack checksum' on the folder)"
)


def test_one_byte_is_enough(signed_copy):
    path = signed_copy / "latency.csv"
    data = bytearray(path.read_bytes())
    data[data.rindex(b"No published figure found")] ^= 0x20  # "No" becomes "no" in the last note
    path.write_bytes(bytes(data))
    problems = _problems(signed_copy)
    assert problems == [f"latency.csv: {MISMATCH}" + _HINT]


def test_every_changed_file_is_named_with_the_other_problems(signed_copy):
    row = set_cell(signed_copy, "site_parameters", "value", "-1", site_id="guian", param="pue")
    set_cell(signed_copy, "sites", "name_en", "Gui'an", site_id="guian")
    problems = _problems(signed_copy)
    assert f"sites.csv: {MISMATCH}" + _HINT in problems
    assert f"site_parameters.csv: {MISMATCH}" + _HINT in problems
    assert any(p.startswith(f"site_parameters.csv, row {row}, column 'value'") for p in problems)


def test_a_pack_without_checksums_still_loads(signed_copy):
    """Packs made before checksums (no "files"), or with some files unlisted, load as before."""
    document = _manifest(signed_copy)
    document.pop(FILES_KEY)
    (signed_copy / "manifest.json").write_text(json.dumps(document), encoding="utf-8")
    reference = read_pack_source(signed_copy)
    document[FILES_KEY] = {"sites.csv": file_checksums(signed_copy)["sites.csv"]}
    (signed_copy / "manifest.json").write_text(json.dumps(document), encoding="utf-8")
    set_cell(signed_copy, "latency", "note", "edited by hand", site_id="guian", region_id="gba")
    assert read_pack_source(signed_copy).sites == reference.sites  # latency.csv is not listed: not checked


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (
            "abc",
            "manifest.json, column 'files': must map each file name to its SHA-256 checksum",
        ),
        (
            {"sites.csv": "0" * 63},
            "manifest.json, column 'files': the checksum of sites.csv must be 64 hexadecimal digits",
        ),
        (
            {"notes.txt": "0" * 64},
            "manifest.json, column 'files': unknown file notes.txt; expected one of: ",
        ),
    ],
)
def test_a_malformed_files_entry_is_refused(signed_copy, files, problem):
    document = _manifest(signed_copy)
    document[FILES_KEY] = files
    (signed_copy / "manifest.json").write_text(json.dumps(document), encoding="utf-8")
    assert any(p.startswith(problem) for p in _problems(signed_copy)), _problems(signed_copy)


def test_write_checksums_after_a_hand_edit(signed_copy):
    before = _manifest(signed_copy)
    set_cell(signed_copy, "hub_facts", "text_en", "60 EFLOPS", fact_id="article_compute_power")
    written = write_checksums(signed_copy)
    after = _manifest(signed_copy)
    assert written == file_checksums(signed_copy) == after[FILES_KEY]
    assert {k: v for k, v in after.items() if k != FILES_KEY} == {
        k: v for k, v in before.items() if k != FILES_KEY
    }  # every other key kept
    assert list(after) == list(before)  # in its place
    assert after[FILES_KEY]["hub_facts.csv"] != before[FILES_KEY]["hub_facts.csv"]
    assert after[FILES_KEY]["sites.csv"] == before[FILES_KEY]["sites.csv"]
    pack = read_pack_source(signed_copy)
    assert any(f.text_en == "60 EFLOPS" for f in pack.hub_facts)


def test_the_tool_and_the_command(signed_copy, capsys):
    from explorer.cli import main

    set_cell(signed_copy, "sites", "name_en", "Gui'an", site_id="guian")
    assert main(["datapack", "validate", str(signed_copy)]) == 2
    assert main(["datapack", "checksum", str(signed_copy)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote the SHA-256 of {len(file_checksums(signed_copy))} files to" in out
    assert "Valid data pack" in out
    set_cell(signed_copy, "sites", "name_en", "Gui'an New Area", site_id="guian")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "pack_checksums.py"), str(signed_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote 13 checksums" in result.stdout or "checksums to" in result.stdout
    read_pack_source(signed_copy)


def test_the_command_in_chinese(signed_copy, capsys, qapp):
    from explorer.cli import main
    from explorer.translation import install_command_line_language

    try:
        assert main(["--lang", "zh_CN", "datapack", "checksum", str(signed_copy)]) == 0
    finally:  # the command installs Chinese translators in the shared application: English for the next test
        install_command_line_language("en")
    out = capsys.readouterr().out
    assert f"已将 {len(file_checksums(signed_copy))} 个文件的 SHA-256 写入" in out


def test_install_writes_the_checksums_of_the_files_it_writes(signed_copy):
    install_pack(signed_copy)
    active = paths.active_pack_dir()
    listed = _manifest(active)[FILES_KEY]
    assert listed == file_checksums(active)
    assert set(listed) == {spec.file for spec in TABLES.values() if (active / spec.file).is_file()}


def test_an_installed_pack_changed_by_hand_is_refused_and_the_shipped_one_used(signed_copy):
    from explorer.datapack import active_pack_info, load_active_pack

    install_pack(signed_copy)
    set_cell(paths.active_pack_dir(), "latency", "value", "25", site_id="guian", region_id="gba")
    pack, error = load_active_pack()
    assert error is not None and [str(p) for p in error.problems] == [f"latency.csv: {MISMATCH}" + _HINT]
    assert pack == load_shipped_pack()
    assert active_pack_info().kind == "shipped"


def test_a_zip_is_checked_too(signed_copy, tmp_path):
    set_cell(signed_copy, "sites", "name_en", "Gui'an", site_id="guian")
    target = tmp_path / "pack.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(signed_copy.iterdir()):
            zf.write(path, path.name)
    assert _problems(target) == [f"sites.csv: {MISMATCH}" + _HINT]


def test_the_shipped_pack_loads_at_start_up_even_if_a_checkout_changed_its_bytes(
    signed_copy, monkeypatch, caplog
):
    """The app never refuses its own data, its only fallback: a mismatch is logged, `validate` reports it."""
    path = signed_copy / "sites.csv"
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n"))  # what a checkout may do to line endings
    monkeypatch.setattr(paths, "shipped_data_dir", lambda: signed_copy)
    with caplog.at_level(logging.WARNING, logger="explorer.datapack"):
        pack = load_shipped_pack()
    assert "guian" in pack.sites
    assert "sites.csv" in caplog.text
    assert _problems(signed_copy) == [f"sites.csv: {MISMATCH}" + _HINT]
