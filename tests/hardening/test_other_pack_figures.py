"""Figures of another pack that the current pack's inputs refuse are said, never replaced silently."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from explorer.datapack import load_shipped_pack
from explorer.domain.scenario_codec import parse_scenario
from explorer.project.files import build_project
from explorer.project.model import PackStamp, PackValue, fit_to_pack

ROOT = Path(__file__).resolve().parents[2]


def _project_from_another_pack(pack):
    scenario = parse_scenario((ROOT / "data" / "personas" / "shenzhen_ai_startup.json").read_bytes())
    project = build_project([("s1", "Case", scenario)], "s1", "s1", pack)
    item = project.scenarios[0]
    good = item.pack_values[0]
    bad = PackValue("sites.guian.pue", 50.0, 40.0, 60.0, "old pack", "2020-01-01")  # PUE 50: refused
    item = dataclasses.replace(item, pack_values=(good, bad))
    return dataclasses.replace(project, scenarios=(item,), pack=PackStamp("1999.1", dt.date(1999, 1, 1)))


def test_a_refused_figure_of_another_pack_is_said():
    pack = load_shipped_pack()
    fitted = fit_to_pack(_project_from_another_pack(pack), pack, keep_values=True)
    notes = [str(note) for note in fitted.migration_notes]
    assert any("sites.guian.pue" in note and "does not fit this data pack" in note for note in notes), notes
    pue = fitted.scenarios[0].scenario.site("guian").params.get("pue")
    assert pue is None or getattr(pue, "value", pue) != 50.0  # the current pack's figure is used


def test_export_prints_the_note(capsys, tmp_path, qapp):
    from explorer.cli import main
    from explorer.project.codec import project_to_dict

    pack = load_shipped_pack()
    path = tmp_path / "old.gcx"
    path.write_text(json.dumps(project_to_dict(_project_from_another_pack(pack))), encoding="utf-8")
    code = main(["export", str(path), "--csv", str(tmp_path / "x.csv"), "--samples", "0"])
    err = capsys.readouterr().err
    assert code == 0 and "sites.guian.pue" in err and "does not fit this data pack" in err, err
    from explorer.translation import install_command_line_language

    install_command_line_language("en")
