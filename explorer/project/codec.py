"""Project <-> JSON bytes: strict, versioned, safe. No files here.
One module because reading and writing a project mirror each other field by field, with the version
migrations beside them; split, a field added on one side would be missed on the other.

Reading never runs anything from the file: it is JSON only, at most
``MAX_PROJECT_BYTES``, nested at most ``MAX_DEPTH`` deep, with no NaN or
infinity, no duplicate keys, no unknown fields, and every text valid UTF-8.
Every problem is a ``ProjectError`` naming the place (``scenarios[1].name``).

Files carry ``schema_version``. An older version is brought up to date by the
functions in ``MIGRATIONS`` (version n -> n + 1, applied in order) before it
is validated; a newer version is refused, as the app cannot know its meaning.
The format is documented in docs/scenario-format.md, "Project files".
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from typing import Any

from explorer import __version__
from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.named_scenario import NamedScenario, PackValue
from explorer.domain.scenario_codec import (
    DecodedScenario,
    decode_scenario,
    json_reason,
    json_value_reason,
    scenario_to_dict,
    utf8_reason,
)
from explorer.project.model import (
    ID_PATTERN,
    ID_RULE,
    PackStamp,
    Project,
    ProjectError,
    check_name,
)
from explorer.project.package_codec import package_from_dict, package_to_dict

PROJECT_FORMAT = "guian-compute-explorer/project"
PROJECT_SCHEMA_VERSION = 3
MAX_PROJECT_BYTES = 5_000_000
MAX_DEPTH = 40
MAX_NODES = 1_000_000
MAX_TEXT_CHARS = 100_000
MAX_INT_BITS = 1000  # ~1e301: larger whole numbers cannot become a float

TOP_KEYS = (
    "format",
    "schema_version",
    "app_version",
    "saved_at",
    "data_pack",
    "current",
    "base",
    "scenarios",
)
ITEM_KEYS = ("id", "name", "scenario", "pack_values", "package")
PACK_KEYS = ("version", "as_of")
VALUE_KEYS = ("path", "value", "low", "high", "source", "as_of")

TOO_LARGE = QT_TRANSLATE_NOOP("Project", "the file is larger than {limit:,} bytes")
REQUIRED = QT_TRANSLATE_NOOP("Project", "is required")
NOT_OBJECT = QT_TRANSLATE_NOOP("Project", "must be a JSON object, got {kind}")
NOT_FINITE = QT_TRANSLATE_NOOP("Project", "the file holds a number too large to be finite")

# Scenarios of an older schema version in a project, in words (one line per change).
MIGRATED_IN_PROJECT = QT_TRANSLATE_NOOP(
    "Project",
    "Opened a project saved with scenario version {version}: in {scenarios}, {change}; "
    "the NPV may differ from the one saved.",
)

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def upgrade_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """Project version 2 holds scenarios of version 2 (cost model v2); nothing else changed.

    The scenarios of a version-1 file stay as they are here: the scenario reader brings
    each one up to date and says what that changed (``Project.migration_notes``).
    """
    return {**document, "schema_version": 2}


# schema version n -> the function that turns a version-n document into version n + 1.
# When the format changes, bump PROJECT_SCHEMA_VERSION and add the step from the old
# version here (and a test with a saved file of the old version).
def upgrade_2_to_3(document: dict[str, Any]) -> dict[str, Any]:
    """Project version 3 lets each scenario carry an incentive package (issue 17); none is added."""
    return {**document, "schema_version": 3}


MIGRATIONS: dict[int, Migration] = {1: upgrade_1_to_2, 2: upgrade_2_to_3}


# --- writing -------------------------------------------------------------------


def project_to_dict(project: Project) -> dict[str, Any]:
    return {
        "format": PROJECT_FORMAT,
        "schema_version": PROJECT_SCHEMA_VERSION,
        "app_version": project.app_version or __version__,
        "saved_at": project.saved_at,
        "data_pack": {"version": project.pack.version, "as_of": project.pack.as_of.isoformat()},
        "current": project.current_id,
        "base": project.base_id,
        "scenarios": [_item_dict(item) for item in project.scenarios],
    }


def dump_project(project: Project) -> bytes:
    """UTF-8 JSON bytes; ``parse_project`` of them gives back an equal Project."""
    text = json.dumps(project_to_dict(project), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _item_dict(item: NamedScenario) -> dict[str, Any]:
    document = _scenario_dict(item)
    if item.package is not None:
        document["package"] = package_to_dict(item.package)
    return document


def _scenario_dict(item: NamedScenario) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "scenario": scenario_to_dict(item.scenario),
        "pack_values": [
            {
                "path": v.path,
                "value": v.value,
                "low": v.low,
                "high": v.high,
                "source": v.source,
                "as_of": v.as_of,
            }
            for v in item.pack_values
        ],  # fmt: skip
    }


# --- reading -------------------------------------------------------------------


def load_json(data: bytes | str, what: str = "project") -> Any:
    """JSON from bytes, refusing anything hostile before and after parsing; ProjectError on failure."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_PROJECT_BYTES:
        raise ProjectError(what, TOO_LARGE, limit=MAX_PROJECT_BYTES)
    if not data.strip():
        raise ProjectError(what, QT_TRANSLATE_NOOP("Project", "the file is empty"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectError(
            what,
            QT_TRANSLATE_NOOP("Project", "the file is not UTF-8 text ({reason} at byte {offset})"),
            reason=utf8_reason(error),
            offset=error.start,
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise ProjectError(
            what,
            QT_TRANSLATE_NOOP(
                "Project", "the file is not valid JSON ({reason} at line {line}, column {column})"
            ),
            reason=json_reason(error.msg),
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise ProjectError(what, QT_TRANSLATE_NOOP("Project", "the file is nested too deeply")) from None
    except ProjectError:
        raise
    except ValueError as error:  # an integer of thousands of digits
        raise ProjectError(
            what,
            QT_TRANSLATE_NOOP("Project", "the file cannot be read ({reason})"),
            reason=json_value_reason(error, text),
        ) from None
    _check_tree(document, what)
    return document


def parse_project(data: bytes | str) -> Project:
    """A Project from the bytes of a project file; ProjectError on anything wrong."""
    return project_from_dict(load_json(data))


def project_from_dict(document: Any) -> Project:
    if not isinstance(document, dict):
        raise ProjectError("project", NOT_OBJECT, kind=_kind(document))
    if document.get("format") != PROJECT_FORMAT:
        raise ProjectError(
            "format",
            QT_TRANSLATE_NOOP("Project", "this is not a project file (expected {expected!r})"),
            expected=PROJECT_FORMAT,
        )
    document = migrate(document)
    _allowed("project", document, TOP_KEYS)
    for key in ("data_pack", "current", "base", "scenarios"):
        if key not in document:
            raise ProjectError(key, REQUIRED)
    pack = _pack_stamp(document["data_pack"])
    items = _list("scenarios", document["scenarios"])
    read = [_item(f"scenarios[{index}]", raw) for index, raw in enumerate(items)]
    return Project(
        scenarios=tuple(item for item, _decoded in read),
        current_id=_text("current", document["current"], 64),
        base_id=_text("base", document["base"], 64),
        pack=pack,
        app_version=_text("app_version", document.get("app_version", ""), 100),
        saved_at=_text("saved_at", document.get("saved_at", ""), 100),
        migration_notes=migration_notes(read),
    )


def migration_notes(read: list[tuple[NamedScenario, DecodedScenario]]) -> tuple[Message, ...]:
    """One note per change that bringing older scenarios up to date made, naming the scenarios it concerns."""
    changed: dict[tuple[int, str], tuple[Message, list[str]]] = {}
    for item, decoded in read:
        for change in decoded.changes:
            key = (decoded.version, str(change))
            changed.setdefault(key, (change, []))[1].append(item.name)
    return tuple(
        Message(
            MIGRATED_IN_PROJECT,
            version=version,
            scenarios=", ".join(f"\u201c{name}\u201d" for name in names),
            change=change,
        )
        for (version, _text_of_change), (change, names) in changed.items()
    )


def migrate(document: dict[str, Any], migrations: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Bring a document of an older schema version up to ``PROJECT_SCHEMA_VERSION``."""
    steps = MIGRATIONS if migrations is None else migrations
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError(
            "schema_version",
            QT_TRANSLATE_NOOP("Project", "must be a whole number, got {kind}"),
            kind=_kind(version),
        )
    if version > PROJECT_SCHEMA_VERSION:
        raise ProjectError(
            "schema_version",
            QT_TRANSLATE_NOOP(
                "Project",
                "the file was made by a newer version of the app (project version {version}; "
                "this app reads up to {supported})",
            ),
            version=version,
            supported=PROJECT_SCHEMA_VERSION,
        )
    while version < PROJECT_SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            raise ProjectError(
                "schema_version",
                QT_TRANSLATE_NOOP("Project", "project version {version} is not supported"),
                version=version,
            )
        document = step(dict(document))
        version += 1
        if document.get("schema_version") != version:
            raise ProjectError(
                "schema_version",
                QT_TRANSLATE_NOOP("Project", "the migration from version {version} went wrong"),
                version=version - 1,
            )
    return document


def _item(where: str, raw: Any) -> tuple[NamedScenario, DecodedScenario]:
    _allowed(where, raw, ITEM_KEYS)
    for key in ("id", "name", "scenario"):
        if key not in raw:
            raise ProjectError(f"{where}.{key}", REQUIRED)
    scenario_id = _text(f"{where}.id", raw["id"], 64)
    if not ID_PATTERN.fullmatch(scenario_id):
        raise ProjectError(f"{where}.id", ID_RULE)
    name = check_name(f"{where}.name", raw["name"])
    try:
        decoded = decode_scenario(raw["scenario"])
    except InvalidInput as error:
        raise ProjectError(f"{where}.scenario.{error.field}", error.problem) from None
    values = tuple(
        _pack_value(f"{where}.pack_values[{i}]", value)
        for i, value in enumerate(_list(f"{where}.pack_values", raw.get("pack_values", [])))
    )
    paths = [value.path for value in values]
    if len(set(paths)) != len(paths):
        raise ProjectError(
            f"{where}.pack_values", QT_TRANSLATE_NOOP("Project", "each path may appear only once")
        )
    # the item's package; a scenario document may carry its own (scenario files do), used when none is given
    package = package_from_dict(f"{where}.package", raw["package"]) if "package" in raw else decoded.package
    return NamedScenario(scenario_id, name, decoded.scenario, package, values), decoded


def _pack_stamp(raw: Any) -> PackStamp:
    _allowed("data_pack", raw, PACK_KEYS)
    for key in PACK_KEYS:
        if key not in raw:
            raise ProjectError(f"data_pack.{key}", REQUIRED)
    return PackStamp(_text("data_pack.version", raw["version"], 100), _date("data_pack.as_of", raw["as_of"]))


def _pack_value(where: str, raw: Any) -> PackValue:
    _allowed(where, raw, VALUE_KEYS)
    for key in ("path", "value", "low", "high"):
        if key not in raw:
            raise ProjectError(f"{where}.{key}", REQUIRED)
    value, low, high = (_number(f"{where}.{key}", raw[key]) for key in ("value", "low", "high"))
    if not low <= value <= high:
        raise ProjectError(
            where,
            QT_TRANSLATE_NOOP(
                "Project", "expected low <= value <= high, got {low:g} <= {value:g} <= {high:g}"
            ),
            low=low,
            value=value,
            high=high,
        )
    path = _text(f"{where}.path", raw["path"], 200)
    source = _text(f"{where}.source", raw.get("source", ""), 2000)
    return PackValue(path, value, low, high, source, _text(f"{where}.as_of", raw.get("as_of", ""), 40))


# --- checks ----------------------------------------------------------------------


def _check_tree(document: Any, what: str) -> None:
    """Depth, size, finite numbers and encodable text, checked once over the whole document."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    nodes = 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise ProjectError(
                what,
                QT_TRANSLATE_NOOP("Project", "the file holds more than {limit:,} values"),
                limit=MAX_NODES,
            )
        if depth > MAX_DEPTH:
            raise ProjectError(
                what,
                QT_TRANSLATE_NOOP("Project", "the file is nested more than {limit} levels deep"),
                limit=MAX_DEPTH,
            )
        if isinstance(value, dict):
            for key, item in value.items():
                _check_string(what, key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            _check_string(what, value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ProjectError(what, NOT_FINITE)
        elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
            raise ProjectError(what, NOT_FINITE)


def _check_string(what: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ProjectError(
            what,
            QT_TRANSLATE_NOOP("Project", "the file holds a text longer than {limit:,} characters"),
            limit=MAX_TEXT_CHARS,
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ProjectError(
            what, QT_TRANSLATE_NOOP("Project", "the file holds text that is not valid Unicode")
        ) from None


def _refuse_constant(name: str) -> float:
    raise ProjectError(
        "project", QT_TRANSLATE_NOOP("Project", "{name} is not allowed: numbers must be finite"), name=name
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ProjectError(key, QT_TRANSLATE_NOOP("Project", "appears twice in the same object"))
        result[key] = value
    return result


def _allowed(where: str, value: Any, keys: tuple[str, ...]) -> None:
    if not isinstance(value, dict):
        raise ProjectError(where, NOT_OBJECT, kind=_kind(value))
    for key in value:
        if key not in keys:
            raise ProjectError(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Project", "is not a known field (known: {known})"),
                known=", ".join(keys),
            )


def _list(where: str, value: Any) -> list:
    if not isinstance(value, list):
        raise ProjectError(
            where, QT_TRANSLATE_NOOP("Project", "must be a JSON list, got {kind}"), kind=_kind(value)
        )
    return value


def _text(where: str, value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise ProjectError(where, QT_TRANSLATE_NOOP("Project", "must be text, got {kind}"), kind=_kind(value))
    if len(value) > limit:
        raise ProjectError(
            where, QT_TRANSLATE_NOOP("Project", "is longer than {limit} characters"), limit=limit
        )
    return value


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProjectError(
            where, QT_TRANSLATE_NOOP("Project", "must be a number, got {kind}"), kind=_kind(value)
        )
    if not math.isfinite(value):
        raise ProjectError(where, QT_TRANSLATE_NOOP("Project", "must be a finite number"))
    return float(value)


def _date(where: str, value: Any) -> dt.date:
    text = _text(where, value, 40)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ProjectError(
            where, QT_TRANSLATE_NOOP("Project", "must be a date written YYYY-MM-DD, got {text!r}"), text=text
        ) from None


# What a JSON value is, as the messages above name it ("must be text, got a list").
_KINDS = {
    dict: QT_TRANSLATE_NOOP("Project", "an object"),
    list: QT_TRANSLATE_NOOP("Project", "a list"),
    str: QT_TRANSLATE_NOOP("Project", "text"),
    bool: QT_TRANSLATE_NOOP("Project", "true/false"),
    type(None): QT_TRANSLATE_NOOP("Project", "null"),
}
_A_NUMBER = QT_TRANSLATE_NOOP("Project", "a number")


def _kind(value: Any) -> Message:
    return Message(_KINDS.get(type(value), _A_NUMBER))
