"""A corpus of broken packs: each is refused with its precise message, and the active data never changes.

Each case mutates a copy of the shipped pack and names the problem(s) it must produce,
exactly as the user sees them (file, spreadsheet row with header = 1, column, rule, value).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from explorer import paths
from explorer.datapack import DataPackError, install_pack, load_pack, read_pack_source

from .conftest import find_row, folder_digest, read_table, set_cell, write_table

Case = Callable[[Path], list[str]]  # mutate the folder, return the problems expected


def _row_of(folder: Path, table: str, **match: str) -> int:
    return find_row(read_table(folder / f"{table}.csv"), **match) + 1


def missing_column(folder: Path) -> list[str]:
    rows = read_table(folder / "site_parameters.csv")
    col = rows[0].index("unit")
    write_table(folder / "site_parameters.csv", [r[:col] + r[col + 1 :] for r in rows])
    return ["site_parameters.csv, row 1, column 'unit': required column is missing"]


def extra_column(folder: Path) -> list[str]:
    rows = read_table(folder / "sites.csv")
    write_table(folder / "sites.csv", [r + (["comment"] if i == 0 else ["x"]) for i, r in enumerate(rows)])
    return [
        "sites.csv, row 1, column 'comment': unknown column; expected: site_id, role, name_zh, name_en, "
        "hub_cluster_zh, hub_cluster_en, note"
    ]


def duplicate_header(folder: Path) -> list[str]:
    rows = read_table(folder / "user_regions.csv")
    rows[0][3] = "name_en"
    write_table(folder / "user_regions.csv", rows)
    return [
        "user_regions.csv, row 1, column 'name_en': column appears twice in the header",
        "user_regions.csv, row 1, column 'note': required column is missing",
    ]


def wrong_type(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "value", "abc", site_id="guian", param="pue")
    return [f"site_parameters.csv, row {row}, column 'value': must be a number (value: 'abc')"]


def negative_price(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "low", "-0.1", site_id="guian", param="electricity_price")
    return [
        f"site_parameters.csv, row {row}, column 'low': electricity_price must not be negative "
        f"(value: '-0.1')"
    ]


def pue_below_one(folder: Path) -> list[str]:
    set_cell(folder, "site_parameters", "low", "0.9", site_id="guian", param="pue")
    row = set_cell(folder, "site_parameters", "value", "0.95", site_id="guian", param="pue")
    rule = "PUE must be between 1 and 3 (PUE below 1 is impossible)"
    return [
        f"site_parameters.csv, row {row}, column 'value': {rule} (value: '0.95')",
        f"site_parameters.csv, row {row}, column 'low': {rule} (value: '0.9')",
    ]


def value_outside_range(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "value", "0.33", site_id="guian", param="electricity_price")
    return [
        f"site_parameters.csv, row {row}, column 'value': expected low <= value <= high, got 0.34 <= 0.33 "
        "<= 0.44; adjust low or high to include the value (value: '0.33')"
    ]


def duplicate_id(folder: Path) -> list[str]:
    rows = read_table(folder / "sites.csv")
    first = find_row(rows, site_id="guian")
    rows.append(list(rows[first]))
    write_table(folder / "sites.csv", rows)
    return [
        f"sites.csv, row {len(rows)}, column 'site_id': duplicate site_id (first at row {first + 1}) "
        "(value: 'guian')"
    ]


def bad_date_format(folder: Path) -> list[str]:
    row = set_cell(folder, "policies", "expiry", "31/12/2030", policy_id="N1")
    return [
        f"policies.csv, row {row}, column 'expiry': must be a date written YYYY-MM-DD (value: '31/12/2030')"
    ]


def impossible_date(folder: Path) -> list[str]:
    row = set_cell(folder, "policies", "last_verified", "2026-02-30", policy_id="P3")
    return [
        f"policies.csv, row {row}, column 'last_verified': not a real calendar date (value: '2026-02-30')"
    ]


def expiry_before_effective(folder: Path) -> list[str]:
    row = set_cell(folder, "policies", "expiry", "2020-12-31", policy_id="N1")
    return [
        f"policies.csv, row {row}, column 'expiry': expiry is before the effective date 2021-01-01 "
        "(value: '2020-12-31')"
    ]


def unknown_category(folder: Path) -> list[str]:
    row = set_cell(folder, "policies", "category", "taxes", policy_id="N1")
    return [
        f"policies.csv, row {row}, column 'category': must be one of: tax, electricity, compute_voucher, "
        "talent, finance, land_and_space, investment, layout, regulation (value: 'taxes')"
    ]


def unknown_confidence(folder: Path) -> list[str]:
    row = set_cell(folder, "hub_facts", "confidence", "official (mirror)", fact_id="gsc_peak")
    return [
        f"hub_facts.csv, row {row}, column 'confidence': must be one of: official, official_mirror, press, "
        "press_promo, estimate (value: 'official (mirror)')"
    ]


def broken_encoding(folder: Path) -> list[str]:
    path = folder / "policies.csv"
    data = path.read_bytes()
    cut = data.index("贵州".encode()) + 1  # damage the middle of a Chinese character
    path.write_bytes(data[:cut] + b"\xff" + data[cut + 1 :])
    return [
        f"policies.csv: not valid UTF-8: damaged character at byte offset {cut - 1} (guessed encoding: UTF-8)"
    ]


def truncated_mid_character(folder: Path) -> list[str]:
    path = folder / "hub_facts.csv"
    data = path.read_bytes()
    cut = data.rindex("贵".encode()) + 2
    path.write_bytes(data[:cut])
    return [
        f"hub_facts.csv: file is truncated: it ends in the middle of a UTF-8 character (byte "
        f"offset {cut - 2})"
    ]


def truncated_mid_row(folder: Path) -> list[str]:
    path = folder / "user_regions.csv"
    text = path.read_bytes().decode("utf-8-sig")
    path.write_bytes(
        text[: text.rindex("成渝") - 1].encode("utf-8-sig")
    )  # inside the last row, before its name
    return [
        "user_regions.csv, row 5: expected 4 fields as in the header, found 1 (file truncated?) "
        "(value: 'chengyu')"
    ]


def unclosed_quote(folder: Path) -> list[str]:
    path = folder / "policy_sources.csv"
    path.write_bytes(path.read_bytes() + b'N1,"an unclosed title,\r\n')
    rows = read_table(folder / "policies.csv")  # noqa: F841 - the file is otherwise fine
    count = len(path.read_bytes().decode("utf-8-sig").splitlines())
    return [
        f"policy_sources.csv, row {count}: unclosed quote: a quoted cell is never closed (file truncated?)"
    ]


def empty_file(folder: Path) -> list[str]:
    (folder / "workload_templates.csv").write_bytes(b"")
    return ["workload_templates.csv: file is empty: expected a header row and data rows"]


def header_only(folder: Path) -> list[str]:
    rows = read_table(folder / "user_regions.csv")
    write_table(folder / "user_regions.csv", rows[:1])
    return ["user_regions.csv: file has a header but no data rows"]


def formula_text(folder: Path) -> list[str]:
    row = set_cell(folder, "sites", "name_en", '=HYPERLINK("http://x","Gui\'an")', site_id="guian")
    return [
        f"sites.csv, row {row}, column 'name_en': cell holds a spreadsheet formula, not a value: "
        f"paste values "
        'only (value: \'=HYPERLINK("http://x","Gui\'an")\')'
    ]


def semicolon_separated(folder: Path) -> list[str]:
    rows = read_table(folder / "user_regions.csv")
    (folder / "user_regions.csv").write_bytes(
        ("\r\n".join(";".join(r) for r in rows) + "\r\n").encode("utf-8")
    )
    return [
        "user_regions.csv, row 1: columns are separated by ';' — save as comma-separated CSV "
        "(value: 'region_id;name_zh;name_en;note')"
    ]


def ragged_row(folder: Path) -> list[str]:
    rows = read_table(folder / "sites.csv")
    rows[3].append("surplus")
    write_table(folder / "sites.csv", rows)
    return [
        "sites.csv, row 4: expected 7 fields as in the header, found 8 (value: '"
        + ",".join(rows[3])[:49]
        + "…')"
    ]


def thousands_separator(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "value", "240,000", site_id="guangdong", param="wage")
    return [
        f"site_parameters.csv, row {row}, column 'value': thousands separator in a number: write it without "
        "commas, e.g. 1234567 (value: '240,000')"
    ]


def percent_sign(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "value", "32%", site_id="guian", param="social_oncost")
    return [
        f"site_parameters.csv, row {row}, column 'value': percent sign in a number: write a fraction, e.g. "
        "0.15 for 15% (value: '32%')"
    ]


def fullwidth_digits(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "high", "０.４４", site_id="guian", param="electricity_price")
    return [
        f"site_parameters.csv, row {row}, column 'high': full-width characters in a number: type ASCII "
        "digits (0-9 and '.') (value: '０.４４')"
    ]


def na_in_number(folder: Path) -> list[str]:
    row = set_cell(folder, "latency", "value", "NA", site_id="guian", region_id="gba")
    return [f"latency.csv, row {row}, column 'value': must be a number (value: 'NA')"]


def nan_and_huge(folder: Path) -> list[str]:
    row = set_cell(folder, "latency", "high", "1e400", site_id="guian", region_id="gba")
    set_cell(folder, "latency", "low", "nan", site_id="guian", region_id="gba")
    return [
        f"latency.csv, row {row}, column 'low': must be a number (value: 'nan')",
        f"latency.csv, row {row}, column 'high': number is too large (value: '1e400')",
    ]


def unknown_site_reference(folder: Path) -> list[str]:
    row = set_cell(folder, "latency", "site_id", "guiyang", site_id="guian", region_id="bth")
    return [
        f"latency.csv, row {row}, column 'site_id': unknown site_id: not in sites (value: 'guiyang')",
        "latency.csv, column 'region_id': no latency row for site 'guian' and region 'bth' (value: 'bth')",
    ]


def missing_parameter_row(folder: Path) -> list[str]:
    rows = read_table(folder / "site_parameters.csv")
    del rows[find_row(rows, site_id="guian", param="rack_rent")]
    write_table(folder / "site_parameters.csv", rows)
    return [
        "site_parameters.csv, column 'param': site 'guian' has no row for parameter 'rack_rent' "
        "(value: 'rack_rent')"
    ]


def contract_site_missing(folder: Path) -> list[str]:
    for table in ("sites", "site_parameters", "latency"):
        rows = read_table(folder / f"{table}.csv")
        write_table(folder / f"{table}.csv", [r for r in rows if r[0] != "qingyang"])
    return ["sites.csv, column 'site_id': required site_id 'qingyang' is missing (value: 'qingyang')"]


def wrong_unit(folder: Path) -> list[str]:
    row = set_cell(
        folder, "site_parameters", "unit", "yuan/MWh", site_id="beijing", param="electricity_price"
    )
    return [
        f"site_parameters.csv, row {row}, column 'unit': unit must be 'yuan/kWh' for electricity_price "
        "(value: 'yuan/MWh')"
    ]


def estimate_without_note(folder: Path) -> list[str]:
    row = set_cell(folder, "site_parameters", "note", "", site_id="beijing", param="electricity_price")
    return [
        f"site_parameters.csv, row {row}, column 'note': an estimate must explain its reasoning in the note"
    ]


def required_value_empty(folder: Path) -> list[str]:
    row = set_cell(folder, "policies", "summary_zh", "", policy_id="P3")
    return [f"policies.csv, row {row}, column 'summary_zh': value is required"]


def bad_url(folder: Path) -> list[str]:
    row = set_cell(
        folder,
        "policy_sources",
        "url",
        "www.gov.cn/zhengce",
        policy_id="P6",
        title="Guiyang Development and Reform Commission (English site), 19 Jun 2023",
    )
    return [
        f"policy_sources.csv, row {row}, column 'url': must be a web address starting with http:// or "
        "https://, without spaces (value: 'www.gov.cn/zhengce')"
    ]


def invented_amount(folder: Path) -> list[str]:
    row = set_cell(folder, "benefit_rules", "amount", "1000000", rule_id="P1-R3")
    return [
        f"benefit_rules.csv, row {row}, column 'published': published is false but a rate or "
        f"amount is given; "
        "unpublished amounts stay 'not published' (value: 'false')"
    ]


def published_without_amount(folder: Path) -> list[str]:
    row = set_cell(folder, "benefit_rules", "rate", "not published", rule_id="N1-R1")
    return [
        f"benefit_rules.csv, row {row}, column 'rate': a published rule needs a rate or an amount (or set "
        "published to false)"
    ]


def rate_above_one(folder: Path) -> list[str]:
    row = set_cell(folder, "benefit_rules", "rate", "15", rule_id="N1-R1")
    return [f"benefit_rules.csv, row {row}, column 'rate': must be <= 1 (value: '15')"]


def unknown_rule_site(folder: Path) -> list[str]:
    row = set_cell(folder, "benefit_rules", "site", "guian|shanghai", rule_id="N1-R1")
    return [
        f"benefit_rules.csv, row {row}, column 'site': must be destination, origin, any, or known site ids "
        "separated by '|' (value: 'guian|shanghai')"
    ]


def bad_condition_value(folder: Path) -> list[str]:
    row = set_cell(folder, "policy_conditions", "value", "lots", condition_id="P14-C1")
    return [
        f"policy_conditions.csv, row {row}, column 'value': domestic_chip_share needs a number "
        f"(value: 'lots')"
    ]


def nul_byte(folder: Path) -> list[str]:
    path = folder / "workload_templates.csv"
    text = path.read_bytes().decode("utf-8-sig")
    path.write_bytes(text.replace("ai_inference", "ai_\x00inference", 1).encode("utf-8"))
    offset = len(text[: text.index("ai_inference") + 3].encode("utf-8"))
    return [
        "workload_templates.csv: contains a NUL byte at offset "
        f"{offset} (a binary file, or UTF-16 without a byte-order mark?)"
    ]


def missing_table_file(folder: Path) -> list[str]:
    (folder / "latency.csv").unlink()
    return ["latency.csv: file is missing"]


def unknown_table_file(folder: Path) -> list[str]:
    (folder / "policies (2).csv").write_bytes((folder / "policies.csv").read_bytes())
    return [
        "policies (2).csv: unknown table file; expected one of: benefit_rules.csv, hub_facts.csv, "
        "latency.csv, package_ceilings.csv, "
        "policies.csv, policy_conditions.csv, policy_sources.csv, region_assumptions.csv, "
        "site_parameters.csv, sites.csv, "
        "template_parameters.csv, user_regions.csv, workload_templates.csv"
    ]


def manifest_newer_schema(folder: Path) -> list[str]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema_version"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return [
        "manifest.json, column 'schema_version': the pack uses schema version 99, newer than version 1 this "
        "app reads: update the app (value: '99')"
    ]


def manifest_not_json(folder: Path) -> list[str]:
    (folder / "manifest.json").write_text('{"version": "x",', encoding="utf-8")
    return [
        "manifest.json, row 1: not valid JSON: Expecting property name enclosed in double quotes (line 1, "
        "column 17)"
    ]


def manifest_bad_as_of(folder: Path) -> list[str]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["as_of"] = "Nov 2026"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return ["manifest.json, column 'as_of': must be a date written YYYY-MM-DD (value: 'Nov 2026')"]


CORPUS: dict[str, Case] = {f.__name__: f for f in (
    missing_column, extra_column, duplicate_header, wrong_type, negative_price, pue_below_one,
    value_outside_range, duplicate_id, bad_date_format, impossible_date, expiry_before_effective,
    unknown_category, unknown_confidence, broken_encoding, truncated_mid_character, truncated_mid_row,
    unclosed_quote, empty_file, header_only, formula_text, semicolon_separated, ragged_row,
    thousands_separator,
    percent_sign, fullwidth_digits, na_in_number, nan_and_huge, unknown_site_reference, missing_parameter_row,
    contract_site_missing, wrong_unit, estimate_without_note, required_value_empty, bad_url, invented_amount,
    published_without_amount, rate_above_one, unknown_rule_site, bad_condition_value, nul_byte,
    missing_table_file, unknown_table_file, manifest_newer_schema, manifest_not_json, manifest_bad_as_of,
)}  # fmt: skip

# Cases whose first fault legitimately triggers follow-on problems
# (e.g. a dropped row leaves references dangling).
NOT_EXACT = {"contract_site_missing"}


@pytest.fixture
def active_pack(pack_copy) -> Path:
    """An imported pack is active, so 'unchanged' is checked against real user data, not just the fallback."""
    install_pack(pack_copy)
    return paths.active_pack_dir()


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_malformed_pack_is_refused_precisely(name, tmp_path, pack_copy, active_pack):
    before = folder_digest(active_pack)
    version_before = load_pack().manifest.version
    broken = tmp_path / "broken"
    pack_copy.rename(broken)
    expected = CORPUS[name](broken)
    with pytest.raises(DataPackError) as caught:
        install_pack(broken)
    got = [str(p) for p in caught.value.problems]
    if name in NOT_EXACT:
        assert set(expected) <= set(got), got
    else:
        assert got == expected
    assert folder_digest(active_pack) == before
    assert load_pack().manifest.version == version_before
    assert sorted(p.name for p in active_pack.parent.iterdir()) == ["datapack"]  # no temp folders left


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 20


def test_every_problem_is_reported_at_once(pack_copy):
    """Several faults in several files: one error lists them all, in file then row order."""
    expected = wrong_type(pack_copy) + bad_date_format(pack_copy) + formula_text(pack_copy)
    with pytest.raises(DataPackError) as caught:
        read_pack_source(pack_copy)
    got = [str(p) for p in caught.value.problems]
    assert sorted(got) == sorted(expected)
    assert [p.file for p in caught.value.problems] == ["sites.csv", "site_parameters.csv", "policies.csv"]


def test_problem_fields_and_value_preview(pack_copy):
    long_value = "x" * 80
    row = set_cell(pack_copy, "site_parameters", "value", long_value, site_id="guian", param="pue")
    with pytest.raises(DataPackError) as caught:
        read_pack_source(pack_copy)
    (problem,) = caught.value.problems
    assert (problem.file, problem.row, problem.column, problem.rule) == (
        "site_parameters.csv",
        row,
        "value",
        "must be a number",
    )
    assert problem.value == "x" * 49 + "…" and len(problem.value) == 50
    assert str(caught.value).startswith("The data pack is invalid: 1 problem(s).\n")


def test_na_like_text_stays_text(pack_copy):
    """'NA', 'null', 'None', 'nan', 'N/A' in text columns load as those words, never as missing values."""
    words = ["NA", "null", "None", "nan", "N/A"]
    for word, pid in zip(words, ["N1", "N2", "N3", "N4", "N5"], strict=True):
        set_cell(pack_copy, "policies", "doc_number", word, policy_id=pid)
    pack = read_pack_source(pack_copy)
    assert [pack.policies[pid].doc_number for pid in ["N1", "N2", "N3", "N4", "N5"]] == words


def test_blank_lines_keep_row_numbers(pack_copy):
    """Row numbers stay those a spreadsheet shows, even after blank lines."""
    path = pack_copy / "sites.csv"
    rows = read_table(path)
    rows.insert(3, [""] * len(rows[0]))
    rows.insert(3, [])
    write_table(path, rows)
    guian = find_row(read_table(path), site_id="guian") + 1
    set_cell(pack_copy, "sites", "role", "capital", site_id="guian")
    with pytest.raises(DataPackError) as caught:
        read_pack_source(pack_copy)
    assert caught.value.problems[0].row == guian
