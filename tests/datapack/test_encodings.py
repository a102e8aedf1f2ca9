"""The same tables saved the ways Excel saves them load identically (reliability.md item 8)."""

from __future__ import annotations

import pytest

from explorer.datapack import DataPackError, read_pack_source
from explorer.datapack.encoding import DecodeFailure, decode_table

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),  # Excel "CSV UTF-8"
    "gbk": lambda text: text.encode("gbk"),  # Excel "CSV" on Simplified-Chinese Windows (cp936)
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16": lambda text: text.encode("utf-16"),  # with BOM; Excel "Unicode text"
}
CHINESE_TABLES = ("policies", "sites", "hub_facts", "benefit_rules", "policy_conditions")


def _reencode(folder, encoding: str) -> None:
    for table in CHINESE_TABLES:
        path = folder / f"{table}.csv"
        text = path.read_bytes().decode("utf-8-sig")
        path.write_bytes(ENCODINGS[encoding](text))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    from explorer import paths

    return read_pack_source(paths.shipped_data_dir())


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_same_tables_in_every_encoding_load_identically(encoding, pack_copy, reference):
    _reencode(pack_copy, encoding)
    pack = read_pack_source(pack_copy)
    assert pack == reference
    assert not any(name.startswith("\ufeff") for name in pack.policies)
    assert pack.policies["P3"].title_zh == "关于降低大工业企业用电成本促进转型升级的实施方案"


def test_detection_order():
    text = "名称,值\r\n贵安,0.35\r\n"
    assert decode_table(text.encode("utf-8-sig")).encoding == "utf-8-sig"
    assert decode_table(text.encode("utf-16-le").join([b"\xff\xfe", b""])).encoding == "utf-16"
    assert decode_table(text.encode("utf-8")).encoding == "utf-8"
    assert decode_table(text.encode("gbk")).encoding == "gb18030"
    assert decode_table(text.encode("utf-8-sig")).text == text  # no BOM left on the first header


def test_gb18030_only_characters_decode():
    text = "名称\r\n𠀀,€\r\n"  # outside GBK, inside GB18030
    assert decode_table(text.encode("gb18030")).text == text


def test_undecodable_bytes_are_refused_not_replaced():
    with pytest.raises(DecodeFailure, match=r"neither UTF-8 nor GB18030/GBK \(invalid byte at offset 2"):
        decode_table(b"ab\xff\xfe\xfd")


def test_utf16_without_bom_is_refused(pack_copy):
    path = pack_copy / "sites.csv"
    path.write_bytes(path.read_bytes().decode("utf-8-sig").encode("utf-16-le"))
    with pytest.raises(DataPackError) as caught:
        read_pack_source(pack_copy)
    assert str(caught.value.problems[0]) == (
        "sites.csv: contains a NUL byte at offset 1 (a binary file, or UTF-16 without a byte-order mark?)"
    )
