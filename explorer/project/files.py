"""Project files on disk: read (a project or a single scenario file), save atomically with a .bak."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from explorer import __version__
from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP, os_error_reason
from explorer.domain.named_scenario import NamedScenario, new_scenario_id
from explorer.domain.pack import DataPack
from explorer.domain.scenario_codec import decode_scenario
from explorer.project.atomic import atomic_write_bytes
from explorer.project.codec import (
    MAX_PROJECT_BYTES,
    PROJECT_FORMAT,
    TOO_LARGE,
    dump_project,
    load_json,
    project_from_dict,
)
from explorer.project.model import (
    PackStamp,
    Project,
    ProjectError,
    clean_name,
    snapshot_pack_values,
)

log = logging.getLogger("explorer.project")


def read_bytes_limited(path: Path | str, limit: int = MAX_PROJECT_BYTES) -> bytes:
    """The file's bytes, refusing (ProjectError) a file over ``limit`` before reading it all."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ProjectError(
            str(path),
            QT_TRANSLATE_NOOP("Project", "cannot be read ({reason})"),
            reason=os_error_reason(error),
        ) from None
    if len(data) > limit:
        raise ProjectError(path.name, TOO_LARGE, limit=limit)
    return data


def read_project_file(path: Path | str, pack: DataPack | None = None) -> tuple[Project, bool]:
    """A project from a project file, or from a single scenario file (``data/personas/*.json``).

    Returns ``(project, is_project_file)``. A scenario file becomes a project of
    one scenario named after its title, stamped with ``pack`` (its values come
    from the pack it is opened with). Raises ProjectError on anything wrong.
    """
    path = Path(path)
    document = load_json(read_bytes_limited(path), path.name)
    if isinstance(document, dict) and document.get("format") == PROJECT_FORMAT:
        try:
            return project_from_dict(document), True
        except ProjectError as error:
            raise ProjectError(f"{path.name}: {error.where}", error.problem) from None
    # anything that is not a project but looks like a scenario is read as one, so its errors are precise
    if isinstance(document, dict) and ({"firm", "workload", "schema_version"} & document.keys()):
        try:
            decoded = decode_scenario(document)  # an older version is brought up to date, with notes
        except InvalidInput as error:
            raise ProjectError(f"{path.name}: {error.field}", error.problem) from None
        scenario = decoded.scenario
        name = clean_name(scenario.title or scenario.firm.name or path.stem, path.stem or "Scenario")
        item = NamedScenario(new_scenario_id(), name, scenario, package=decoded.package)
        stamp = PackStamp.of(pack) if pack is not None else PackStamp("", dt.date(1970, 1, 1))
        project = Project((item,), item.id, item.id, stamp, __version__, migration_notes=decoded.notes)
        return project, False
    raise ProjectError(
        path.name, QT_TRANSLATE_NOOP("Project", "is neither a project file nor a scenario file")
    )


def build_project(
    items: list[tuple], current_id: str, base_id: str, pack: DataPack
) -> Project:
    """A Project of ``(id, name, scenario[, package])`` items as they are now, with their pack figures."""
    scenarios = tuple(
        NamedScenario(scenario_id, clean_name(name), scenario, rest[0] if rest else None,
                      snapshot_pack_values(scenario, pack))  # fmt: skip
        for scenario_id, name, scenario, *rest in items
    )
    return Project(scenarios, current_id, base_id, PackStamp.of(pack), app_version=__version__)


def save_project_file(path: Path | str, project: Project) -> Project:
    """Write ``project`` to ``path`` atomically, keeping the previous file as ``path.bak``.

    Returns the project as saved (with its save time). The bytes are checked to
    read back as the same project before anything on disk is touched.
    """
    saved = replace(project, saved_at=dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    data = dump_project(saved)
    if project_from_dict(load_json(data)) != saved:  # pragma: no cover - a codec bug, never the user's
        raise ProjectError(
            "project",
            QT_TRANSLATE_NOOP("Project", "the project did not read back as saved; nothing was written"),
        )
    atomic_write_bytes(path, data, backup=True)
    log.info("Saved project %s (%d scenarios)", path, len(project.scenarios))
    return saved


