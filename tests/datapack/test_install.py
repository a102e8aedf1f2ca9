"""Import, diff, revert and recovery: the active pack is replaced whole or not at all."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from explorer import paths
from explorer.datapack import (
    active_pack_info,
    diff_packs,
    install_pack,
    load_pack,
    load_shipped_pack,
    prepare_import,
    read_pack_source,
    revert_to_shipped,
    store,
)

from .conftest import find_row, folder_digest, read_table, set_cell, write_table


def _bump(folder, version="2026.12.1", as_of="2026-12-15"):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(version=version, as_of=as_of)
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_fresh_install_uses_the_shipped_pack():
    info = active_pack_info()
    assert (info.kind, info.path, info.fallback_reason) == ("shipped", paths.shipped_data_dir(), "")
    assert load_pack() == load_shipped_pack()
    assert info.label() == f"Data pack {info.version} (shipped, as of {info.as_of.isoformat()})"


def test_install_then_revert(pack_copy):
    _bump(pack_copy)
    set_cell(pack_copy, "site_parameters", "value", "0.36", site_id="guian", param="electricity_price")
    pack = install_pack(pack_copy)
    assert pack.manifest.version == "2026.12.1"
    assert load_pack().sites["guian"].params["electricity_price"].value == 0.36
    info = active_pack_info()
    assert (info.kind, info.version, info.imported_from) == ("imported", "2026.12.1", "pack")
    assert info.imported_at
    assert paths.shipped_data_dir() != info.path
    revert_to_shipped()
    assert active_pack_info().kind == "shipped"
    assert load_pack() == load_shipped_pack()
    assert not paths.active_pack_dir().exists()


def test_installed_copy_is_normalised_utf8_and_loads_equal(pack_copy):
    path = pack_copy / "policies.csv"
    path.write_bytes(path.read_bytes().decode("utf-8-sig").encode("gbk"))
    pack = install_pack(pack_copy)
    assert (paths.active_pack_dir() / "policies.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert pack == read_pack_source(paths.shipped_data_dir())


def test_diff_lists_parameter_and_policy_changes(pack_copy):
    _bump(pack_copy)
    set_cell(pack_copy, "site_parameters", "value", "0.36", site_id="guian", param="electricity_price")
    set_cell(
        pack_copy,
        "site_parameters",
        "source",
        "Gui'an Big Data Office notice, 2026",
        site_id="guian",
        param="electricity_price",
    )
    set_cell(pack_copy, "latency", "value", "18", site_id="guian", region_id="gba")
    set_cell(pack_copy, "benefit_rules", "amount", "0.33", rule_id="P3-R1")
    set_cell(pack_copy, "policies", "expiry", "2026-12-01", policy_id="G7")
    set_cell(pack_copy, "policies", "status", "expired", policy_id="G7")  # the status agrees with the dates
    # a new policy, with its source
    policies = read_table(pack_copy / "policies.csv")
    new = list(policies[find_row(policies, policy_id="P9")])
    new[0], new[2] = "P16", "A new measure"
    policies.append(new)
    write_table(pack_copy / "policies.csv", policies)
    sources = read_table(pack_copy / "policy_sources.csv")
    sources.append(["P16", "Guizhou government notice", ""] + [""] * (len(sources[0]) - 3))  # title_zh, ...
    write_table(pack_copy / "policy_sources.csv", sources)
    # a removed policy: G4 and its source rows
    for table in ("policies", "policy_sources"):
        rows = read_table(pack_copy / f"{table}.csv")
        write_table(pack_copy / f"{table}.csv", [r for r in rows if r[0] != "G4"])

    pending = prepare_import(pack_copy)
    diff = pending.diff
    assert [p.id for p in diff.policies_added] == ["P16"]
    assert [p.id for p in diff.policies_removed] == ["G4"]
    assert [p.id for p in diff.policies_expired] == ["G7"]
    changed = {c.policy.id: [str(f) for f in c.changes] for c in diff.policies_changed}
    assert changed["P3"] == ["rule P3-R1 amount: 0.35 → 0.33"]
    assert changed["G7"] == ["expiry: (empty) → 2026-12-01", "validity: in_force → expired"]
    params = {c.path: c for c in diff.parameters_changed}
    assert set(params) == {"sites.guian.electricity_price", "latency.guian.gba"}
    assert str(params["latency.guian.gba"]) == "latency.guian.gba: value: 20 → 18"
    price = str(params["sites.guian.electricity_price"])
    assert price.startswith("sites.guian.electricity_price: value: 0.35 → 0.36; source: 《关于降低")
    text = diff.text()
    guian, price = pending.pack.sites["guian"].name_en, "Electricity price"
    for line in (
        "Data pack 2026.12.0 (2026-12-06) → 2026.12.1 (2026-12-15)",
        "site_parameters.csv · site parameters (1 changed):",
        f"  • {guian} · {price}", "      value: 0.35 yuan/kWh → 0.36 yuan/kWh",
        "latency.csv · round-trip latency estimates (1 changed):", "      value: 20 ms → 18 ms",
        "policies.csv · policies (3 changed):", "  • P16 A new measure: added (In force)",
        f"  • G4 {load_shipped_pack().policies['G4'].title_en}: removed",
        "      status on the pack's date: In force → Expired",
        "      now expired: its expiry date 2026-12-01 is before the pack's date",
        "benefit_rules.csv · benefit rules (1 changed):", "      amount: 0.35 yuan/kWh → 0.33 yuan/kWh",
        "policy_sources.csv · policy sources (2 changed):", "      source added: Guizhou government notice",
    ):  # fmt: skip
        assert line in text.splitlines(), line
    # every line of a source is shown whole: the analyst reads old → new
    assert (
        "source: 《关于降低大工业企业用电成本促进转型升级的实施方案》" in text
        and "→ Gui'an Big Data Office notice, 2026" in text
    )
    # the language picks the pack's own texts; the fixed words need a translator (test_datapack_messages_zh)
    assert (
        f"  • P16 {pending.pack.policies['P16'].title_zh}: added (In force)"
        in diff.text("zh_CN").splitlines()
    )
    # nothing was written before install()
    assert not paths.active_pack_dir().exists()
    pending.install()
    assert load_pack().policies["P3"].rules[0].amount == 0.33


def test_diff_of_identical_packs_is_empty():
    pack = load_shipped_pack()
    diff = diff_packs(pack, pack)
    assert diff.is_empty
    assert diff.text().splitlines()[-1] == "No changes to the content."


def test_failed_swap_keeps_the_previous_pack(pack_copy, monkeypatch, tmp_path):
    install_pack(pack_copy)
    before = folder_digest(paths.active_pack_dir())
    second = tmp_path / "second"
    shutil.copytree(pack_copy, second)
    _bump(second)
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append((src, dst))
        if len(calls) == 2:  # moving the new pack into place fails (disk error, antivirus lock, ...)
            raise OSError(5, "Access is denied")
        return real_replace(src, dst)

    monkeypatch.setattr(store.os, "replace", flaky)
    with pytest.raises(OSError):
        install_pack(second)
    monkeypatch.setattr(store.os, "replace", real_replace)
    assert folder_digest(paths.active_pack_dir()) == before
    assert sorted(p.name for p in paths.active_pack_dir().parent.iterdir()) == ["datapack"]


def test_transient_lock_is_retried(pack_copy, monkeypatch):
    real_replace = os.replace
    failures = iter([PermissionError(32, "sharing violation")] * 2)

    def locked(src, dst):
        error = next(failures, None)
        if error is not None:
            raise error
        return real_replace(src, dst)

    monkeypatch.setattr(store.os, "replace", locked)
    monkeypatch.setattr(store, "_RETRY_DELAYS", (0, 0, 0, 0, 0))
    install_pack(pack_copy)
    assert active_pack_info().kind == "imported"


def test_interrupted_swap_is_recovered(pack_copy):
    install_pack(pack_copy)
    active = paths.active_pack_dir()
    before = folder_digest(active)
    os.replace(active, active.parent / ".datapack-old-123")  # crash between the two renames
    (active.parent / ".datapack-new-456").mkdir()
    assert active_pack_info().kind == "imported"
    assert folder_digest(active) == before
    assert sorted(p.name for p in active.parent.iterdir()) == ["datapack"]


def test_invalid_active_pack_falls_back_to_shipped(pack_copy, caplog):
    install_pack(pack_copy)
    (paths.active_pack_dir() / "sites.csv").write_bytes(b"")
    assert load_pack() == load_shipped_pack()
    info = active_pack_info()
    assert info.kind == "shipped"
    # the empty file, and its checksum no longer matching the one the install wrote
    assert info.fallback_reason == "the imported pack is invalid (2 problem(s)); using the shipped pack"
    assert "is invalid; using the shipped pack" in caplog.text
    revert_to_shipped()
    assert not paths.active_pack_dir().exists()


def test_zip_and_workbook_install(tmp_path):
    from explorer.datapack.workbook import export_workbook

    target = tmp_path / "pack.xlsx"
    export_workbook(paths.shipped_data_dir(), target)
    install_pack(target)
    assert active_pack_info().imported_from == "pack.xlsx"
    assert load_pack() == load_shipped_pack()
