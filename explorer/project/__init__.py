"""Project files: named scenarios saved together, atomically, with autosave and recovery. No Qt.

Public API:

* ``Project``, ``PackStamp``, ``ProjectError`` (model); its scenarios are the domain's
  ``NamedScenario`` (with ``PackValue``s), the type the window keeps too.
* ``parse_project(bytes)``, ``dump_project(project)``, ``PROJECT_SCHEMA_VERSION``, ``MIGRATIONS`` (codec).
* ``read_project_file(path, pack)``, ``save_project_file(path, project)``, ``build_project(...)`` (files).
* ``fit_to_pack(project, pack, keep_values)``: run a project made with another data pack.
* ``atomic_write_bytes(path, data, backup=False)``.
* ``AutosaveSession``, ``recoverable()``, ``Recoverable`` (autosave and crash recovery).
"""

from __future__ import annotations

from explorer.project.atomic import atomic_write_bytes, atomic_write_text, backup_path
from explorer.project.autosave import AutosaveSession, Recoverable, autosave_dir, recoverable
from explorer.project.codec import (
    MAX_PROJECT_BYTES,
    MIGRATIONS,
    PROJECT_FORMAT,
    PROJECT_SCHEMA_VERSION,
    dump_project,
    parse_project,
    project_from_dict,
    project_to_dict,
)
from explorer.project.files import (
    build_project,
    new_scenario_id,
    read_project_file,
    save_project_file,
)
from explorer.project.model import (
    PROJECT_SUFFIX,
    PackStamp,
    PackValue,
    Project,
    ProjectError,
    fit_to_pack,
    snapshot_pack_values,
)

__all__ = [
    "MAX_PROJECT_BYTES",
    "MIGRATIONS",
    "PROJECT_FORMAT",
    "PROJECT_SCHEMA_VERSION",
    "PROJECT_SUFFIX",
    "AutosaveSession",
    "PackStamp",
    "PackValue",
    "Project",
    "ProjectError",
    "Recoverable",
    "atomic_write_bytes",
    "atomic_write_text",
    "autosave_dir",
    "backup_path",
    "build_project",
    "dump_project",
    "fit_to_pack",
    "new_scenario_id",
    "parse_project",
    "project_from_dict",
    "project_to_dict",
    "read_project_file",
    "recoverable",
    "save_project_file",
    "snapshot_pack_values",
]
