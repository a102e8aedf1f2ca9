"""Whatever bytes a table file holds, the loader answers with DataPackError or a pack: never a crash."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer import paths
from explorer.datapack import DataPackError, read_pack_source

from .conftest import drop_checksums

HEADER = "site_id,role,name_zh,name_en,hub_cluster_zh,hub_cluster_en,note\r\n"
cells = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
rows = st.lists(st.lists(cells, min_size=0, max_size=9).map(",".join), max_size=6).map("\r\n".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One copy of the pack per module; each example only rewrites sites.csv."""
    target = tmp_path_factory.mktemp("fuzz") / "pack"
    shutil.copytree(paths.shipped_data_dir(), target)
    drop_checksums(target)  # the examples rewrite sites.csv
    return target


def _load_with(folder, data: bytes):
    (folder / "sites.csv").write_bytes(data)
    try:
        read_pack_source(folder)
    except DataPackError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file and problem.rule and len(problem.value) <= 50


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes(folder, data):
    _load_with(folder, data)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=rows, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_random_rows_under_a_real_header(folder, body, encoding):
    _load_with(folder, (HEADER + body).encode(encoding, errors="replace"))
