"""Scenario <-> JSON text, pure: no files here (the command line and the GUI read them).
One module because reading and writing mirror each other field by field, with the version migrations
beside them; split, a field added on one side would be missed on the other.

Reading is strict and safe: only JSON (no code is ever run), a size limit,
no NaN or Infinity, no duplicate keys, no unknown fields, and every problem
reported as ``InvalidInput`` naming the field, e.g. ``sites[1].params.pue``.
The format is documented in docs/scenario-format.md.

Versions: files of ``schema_version`` 1 and 2 are read, 2 is written. A version-1
document is checked against version 1 (a field that came with version 2 is
refused in it), then brought up to version 2 by ``MIGRATIONS`` and read as one;
``decode_scenario`` / ``read_scenario`` say what that changed for the user (a
translatable note), ``parse_scenario`` / ``scenario_from_dict`` give the scenario only.
A version newer than 2 is refused: this app cannot know what it means.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from explorer.domain.client_codec import client_from_dict, client_to_dict
from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.package import Package
from explorer.domain.package_codec import package_from_dict, package_to_dict
from explorer.domain.scenario import (
    IS_REQUIRED,
    ONE_OF,
    WHOLE_YEARS,
    Finance,
    FirmProfile,
    Mode,
    OneOffCosts,
    PolicyChoice,
    Quantity,
    Scenario,
    SiteChoice,
    Workload,
)

# The version written; every version from OLDEST_SCENARIO_VERSION up to it is read.
SCENARIO_SCHEMA_VERSION = 2
OLDEST_SCENARIO_VERSION = 1
MAX_SCENARIO_BYTES = 2_000_000
QUANTITY_KEYS = ("value", "low", "high", "source", "note")
TOP_KEYS = (
    "schema_version", "title", "description_zh", "description_en", "firm", "workload", "sites",
    "destination", "one_off", "finance", "policies", "extra_incentive_per_year", "package",
)  # fmt: skip
SITE_KEYS = ("id", "name_zh", "name_en", "params", "staff", "latency_ms")
POLICY_KEYS = ("id", "realisation", "price")

# Fields that came with version 2 (cost model v2): refused in a version-1 document.
V2_WORKLOAD_KEYS = ("origin_remaining_life_years", "build_period_years", "salvage_share")
V2_SITE_PARAMS = ("rack_reference_kw",)
V2_POLICY_KEYS = ("price",)
CLIENT_KEY = "client"  # the client's own data (issue 19), since app 2026.12: any version may hold it

TEXT_FIELDS = {
    "origin",
    "name",
    "sector",
    "template",
    "title",
    "description_zh",
    "description_en",
    "destination",
}
BOOL_OR_NULL_FIELDS = {
    "high_tech",
    "registered_in_guian",
    "benchmark_project",
    "approved_upgrade",
    "large_enterprise",
}
FRACTION_OR_NULL_FIELDS = {"domestic_chip_share", "encouraged_industry_share"}

# What a JSON value is, for "must be text, got a number".
KINDS = {
    dict: QT_TRANSLATE_NOOP("Engine", "an object"),
    list: QT_TRANSLATE_NOOP("Engine", "a list"),
    str: QT_TRANSLATE_NOOP("Engine", "text"),
    bool: QT_TRANSLATE_NOOP("Engine", "true/false"),
    type(None): QT_TRANSLATE_NOOP("Engine", "null"),
}
A_NUMBER = QT_TRANSLATE_NOOP("Engine", "a number")

# Python's JSON reader's reasons (json.decoder and its C scanner), so they can be translated too.
JSON_REASONS = {
    "Expecting value": QT_TRANSLATE_NOOP("Engine", "Expecting value"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Engine", "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Engine", "Expecting ':' delimiter"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Engine", "Expecting ',' delimiter"),
    "Extra data": QT_TRANSLATE_NOOP("Engine", "Extra data"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("Engine", "Unterminated string starting at"),
    "Invalid control character at": QT_TRANSLATE_NOOP("Engine", "Invalid control character at"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("Engine", "Invalid \\escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("Engine", "Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "Engine", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "Engine", "Illegal trailing comma before end of array"
    ),
}
JSON_SYNTAX_ERROR = QT_TRANSLATE_NOOP("Engine", "syntax error")
# The UTF-8 decoder's reasons (``UnicodeDecodeError.reason``).
UTF8_REASONS = {
    "invalid start byte": QT_TRANSLATE_NOOP("Engine", "invalid start byte"),
    "invalid continuation byte": QT_TRANSLATE_NOOP("Engine", "invalid continuation byte"),
    "unexpected end of data": QT_TRANSLATE_NOOP("Engine", "unexpected end of data"),
}
BAD_BYTE = QT_TRANSLATE_NOOP("Engine", "invalid byte")
# A whole number longer than Python converts (``sys.get_int_max_str_digits``), found where it stands.
LONG_NUMBER_AT = QT_TRANSLATE_NOOP(
    "Engine", "the number at line {line}, column {column} has more than {limit:,} digits"
)
LONG_NUMBER = QT_TRANSLATE_NOOP("Engine", "a number has more than {limit:,} digits")
UNREADABLE_VALUE = QT_TRANSLATE_NOOP("Engine", "a value cannot be read")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?', re.DOTALL)


def json_reason(reason: str) -> Message:
    """Python's JSON reader's reason ("Expecting value") as a translatable message."""
    return Message(JSON_REASONS.get(reason, JSON_SYNTAX_ERROR))


def utf8_reason(error: UnicodeDecodeError) -> Message:
    """Why bytes are not UTF-8 ("invalid start byte"), as a translatable message."""
    return Message(UTF8_REASONS.get(error.reason, BAD_BYTE))


def json_value_reason(error: ValueError, text: str) -> Message:
    """Why ``json.loads(text)`` failed with a plain ValueError: a whole number too long to convert.

    Python's own text ("Exceeds the limit (4300 digits) for integer string
    conversion …") is replaced by one that says where the number is.
    """
    if "integer string conversion" not in str(error):
        return Message(UNREADABLE_VALUE)
    limit = sys.get_int_max_str_digits()
    for token in _JSON_TOKEN.finditer(text):
        digits = token.group(1)
        if digits and not token.group(2) and not token.group(3) and len(digits.lstrip("-")) > limit:
            start = token.start()
            line = text.count("\n", 0, start) + 1
            return Message(LONG_NUMBER_AT, limit=limit, line=line, column=start - text.rfind("\n", 0, start))
    return Message(LONG_NUMBER, limit=limit)


# --- reading -----------------------------------------------------------------


def parse_scenario(text: str | bytes) -> Scenario:
    """A Scenario from JSON text; InvalidInput on anything wrong, naming where."""
    return read_scenario(text).scenario


def read_scenario(text: str | bytes) -> DecodedScenario:
    """A scenario from JSON text, with its version and what migrating it changed (``notes``)."""
    if isinstance(text, bytes):
        if len(text) > MAX_SCENARIO_BYTES:
            raise InvalidInput(
                "scenario",
                QT_TRANSLATE_NOOP("Engine", "is larger than {limit:,} bytes"),
                limit=MAX_SCENARIO_BYTES,
            )
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InvalidInput(
                "scenario",
                QT_TRANSLATE_NOOP("Engine", "is not UTF-8 text ({reason} at byte {position})"),
                reason=utf8_reason(error),
                position=error.start,
            ) from None
    if len(text) > MAX_SCENARIO_BYTES:
        raise InvalidInput(
            "scenario",
            QT_TRANSLATE_NOOP("Engine", "is larger than {limit:,} characters"),
            limit=MAX_SCENARIO_BYTES,
        )
    text = text.lstrip("\ufeff")
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            "scenario",
            QT_TRANSLATE_NOOP("Engine", "is not valid JSON: {reason} at line {line}, column {column}"),
            reason=json_reason(error.msg),
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise InvalidInput("scenario", QT_TRANSLATE_NOOP("Engine", "is nested too deeply")) from None
    except InvalidInput:
        raise
    except ValueError as error:  # e.g. an integer longer than Python will parse
        raise InvalidInput(
            "scenario",
            QT_TRANSLATE_NOOP("Engine", "cannot be read: {reason}"),
            reason=json_value_reason(error, text),
        ) from None
    return decode_scenario(data)


def _refuse_constant(name: str) -> float:
    raise InvalidInput(
        "scenario", QT_TRANSLATE_NOOP("Engine", "{name} is not allowed: numbers must be finite"), name=name
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidInput(key, QT_TRANSLATE_NOOP("Engine", "appears twice in the same object"))
        result[key] = value
    return result


# --- versions ----------------------------------------------------------------

NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Engine",
    "the file was made by a newer version of the app (scenario version {version}; "
    "this app reads up to {supported})",
)
BAD_VERSION = QT_TRANSLATE_NOOP(
    "Engine", "this app reads scenario versions {oldest} to {newest}, got {value!r}"
)
NOT_IN_VERSION = QT_TRANSLATE_NOOP(
    "Engine", "is not a field of scenario version {version} (it came with version {since})"
)
# What opening an older file changed, for the user; {change} is one of the clauses below.
MIGRATED = QT_TRANSLATE_NOOP(
    "Engine", "Opened a version-{version} scenario: {change}; the NPV may differ from the one saved."
)
# Version 1 -> 2 (cost model v2), by the scenario's mode.
CHANGE_RACK_POWER = QT_TRANSLATE_NOOP(
    "Engine",
    "colocation space is now priced by rack power (the rent is for a reference rack, 6 kW in the "
    "shipped data pack, and a denser rack pays more)",
)
CHANGE_SERVICE_RACK_POWER = QT_TRANSLATE_NOOP(
    "Engine",
    "the provider's rack space is now priced by rack power (the rent is for a reference rack, 6 kW in "
    "the shipped data pack, and a denser rack pays more)",
)
CHANGE_SELF_BUILD = QT_TRANSLATE_NOOP(
    "Engine",
    "a self-build case now treats the new facility as an investment (its build cost at the move, upkeep, "
    "a residual value at the end), not as a yearly cost at both sites; the origin facility's remaining "
    "life, the build period and a sale of the origin facility take their defaults",
)
CHANGES_1_TO_2: dict[Mode, Template] = {
    Mode.COLOCATION: CHANGE_RACK_POWER,
    Mode.COMPUTE_SERVICE: CHANGE_SERVICE_RACK_POWER,
    Mode.SELF_BUILD: CHANGE_SELF_BUILD,
}


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the format: a version-n document -> version n + 1, and what it changes for a scenario."""

    upgrade: Callable[[dict[str, Any]], dict[str, Any]]
    change: Callable[[Scenario], Message | None]  # a clause for MIGRATED, or None: nothing to say


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 has none of version 2's new inputs, and means the same by every other field."""
    workload = data.get("workload")
    if isinstance(workload, dict):
        _refuse_newer_keys("workload", workload, V2_WORKLOAD_KEYS)
    sites = data.get("sites")
    for index, site in enumerate(sites if isinstance(sites, list) else ()):
        params = site.get("params") if isinstance(site, dict) else None
        if isinstance(params, dict):
            _refuse_newer_keys(f"sites[{index}].params", params, V2_SITE_PARAMS)
    policies = data.get("policies")
    for index, choice in enumerate(policies if isinstance(policies, list) else ()):
        if isinstance(choice, dict):
            _refuse_newer_keys(f"policies[{index}]", choice, V2_POLICY_KEYS)
    return {**data, "schema_version": 2}


def _refuse_newer_keys(path: str, value: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in value:
            raise InvalidInput(f"{path}.{key}", NOT_IN_VERSION, version=1, since=2)


def _change_1_to_2(scenario: Scenario) -> Message | None:
    return Message(CHANGES_1_TO_2[scenario.workload.mode])


# schema version n -> the step to n + 1. When the format changes, bump SCENARIO_SCHEMA_VERSION,
# add the step here, document it in docs/scenario-format.md and test a saved file of the old version.
MIGRATIONS: dict[int, Migration] = {1: Migration(_upgrade_1_to_2, _change_1_to_2)}


@dataclass(frozen=True, slots=True)
class DecodedScenario:
    """A scenario as read from a file: which version the file was, and what bringing it up to date changed."""

    scenario: Scenario
    version: int  # the file's schema_version
    changes: tuple[Message, ...] = ()  # one clause per migration step that has something to say
    package: Package | None = None  # the incentive package the file proposes (issue 17), if any

    @property
    def migrated(self) -> bool:
        return self.version != SCENARIO_SCHEMA_VERSION

    @property
    def notes(self) -> tuple[Message, ...]:
        """What the user should know about opening this file: one translatable sentence per change."""
        return tuple(Message(MIGRATED, version=self.version, change=change) for change in self.changes)


def schema_version(data: dict[str, Any]) -> int:
    """The document's ``schema_version``, if this app reads it; InvalidInput otherwise."""
    version = data.get("schema_version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 1.0 was always read as 1
    if isinstance(version, bool) or not isinstance(version, int) or version < OLDEST_SCENARIO_VERSION:
        raise InvalidInput(
            "schema_version", BAD_VERSION, oldest=OLDEST_SCENARIO_VERSION, newest=SCENARIO_SCHEMA_VERSION,
            value=data.get("schema_version"),
        )  # fmt: skip
    if version > SCENARIO_SCHEMA_VERSION:
        raise InvalidInput(
            "schema_version", NEWER_VERSION, version=version, supported=SCENARIO_SCHEMA_VERSION
        )
    return version


def decode_scenario(data: Any) -> DecodedScenario:
    """A scenario from a JSON-ready document of any version this app reads, with what migrating it changed."""
    _object("scenario", data, (*TOP_KEYS, CLIENT_KEY))
    version = schema_version(data)
    steps = [MIGRATIONS[older] for older in range(version, SCENARIO_SCHEMA_VERSION)]
    for step in steps:
        data = step.upgrade(dict(data))
    scenario = _scenario(data)
    package = package_from_dict("package", data["package"]) if data.get("package") is not None else None
    changes = tuple(change for step in steps if (change := step.change(scenario)) is not None)
    return DecodedScenario(scenario, version, changes, package)


def scenario_from_dict(data: Any) -> Scenario:
    """A Scenario from a JSON-ready document of any version this app reads (migrated silently)."""
    return decode_scenario(data).scenario


def _scenario(data: dict[str, Any]) -> Scenario:
    for key in ("firm", "workload", "finance"):
        if key not in data:
            raise InvalidInput(key, IS_REQUIRED)
    firm = FirmProfile(**_section("firm", data["firm"], FirmProfile, required=("origin",)))
    workload_fields = _section("workload", data["workload"], Workload, required=("template",))
    if "mode" in workload_fields:
        workload_fields["mode"] = _choice("workload.mode", workload_fields["mode"], Mode)
    workload = Workload(**workload_fields)
    finance_fields = _section("finance", data["finance"], Finance, required=("move_date",))
    finance_fields["move_date"] = _date("finance.move_date", finance_fields["move_date"])
    finance = Finance(**finance_fields)
    one_off = OneOffCosts(**_section("one_off", data.get("one_off", {}), OneOffCosts))
    sites = tuple(_site(f"sites[{i}]", raw) for i, raw in enumerate(_list("sites", data.get("sites", []))))
    policies = tuple(
        _policy(f"policies[{i}]", raw) for i, raw in enumerate(_list("policies", data.get("policies", [])))
    )
    top: dict[str, Any] = {}
    for key in ("title", "description_zh", "description_en", "destination"):
        if key in data:
            top[key] = _text(key, data[key])
    if data.get(CLIENT_KEY) is not None:
        top["client"] = client_from_dict(CLIENT_KEY, data[CLIENT_KEY])
    if "extra_incentive_per_year" in data:
        top["extra_incentive_per_year"] = _quantity(
            "extra_incentive_per_year", data["extra_incentive_per_year"]
        )
    return Scenario(
        firm=firm, workload=workload, sites=sites, one_off=one_off, finance=finance, policies=policies, **top
    )


def _object(path: str, value: Any, allowed: tuple[str, ...]) -> None:
    if not isinstance(value, dict):
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "must be a JSON object, got {kind}"), kind=_kind(value)
        )
    for key in value:
        if key not in allowed:
            raise InvalidInput(
                f"{path}.{key}" if path != "scenario" else key,
                QT_TRANSLATE_NOOP("Engine", "is not a known field (known: {known})"),
                known=", ".join(allowed),
            )


def _list(path: str, value: Any) -> list:
    if not isinstance(value, list):
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "must be a JSON list, got {kind}"), kind=_kind(value)
        )
    return value


def _kind(value: Any) -> Message:
    return Message(KINDS.get(type(value), A_NUMBER))


def _text(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "must be text, got {kind}"), kind=_kind(value))
    return value


def _choice(path: str, value: Any, enum: type) -> Any:
    text = _text(path, value)
    try:
        return enum(text)
    except ValueError:
        raise InvalidInput(path, ONE_OF, choices=", ".join(m.value for m in enum), value=text) from None


def _date(path: str, value: Any) -> dt.date:
    text = _text(path, value)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "must be a date written YYYY-MM-DD, got {value!r}"), value=text
        ) from None


def _number(path: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "must be a number, got {kind}"), kind=_kind(value)
        )
    try:
        number = float(value)  # a huge integer overflows here rather than in the engine
    except OverflowError:
        raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "is too large a number")) from None
    if not math.isfinite(number):
        raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "must be a finite number"))
    return number


def _quantity(path: str, value: Any) -> Quantity | None:
    if value is None:
        return None
    if isinstance(value, dict):
        _object(path, value, QUANTITY_KEYS)
        if "value" not in value:
            raise InvalidInput(f"{path}.value", IS_REQUIRED)
        low = _number(f"{path}.low", value["low"]) if "low" in value else None
        high = _number(f"{path}.high", value["high"]) if "high" in value else None
        return Quantity(
            _number(f"{path}.value", value["value"]), low, high,
            _text(f"{path}.source", value.get("source", "")), _text(f"{path}.note", value.get("note", "")),
        )  # fmt: skip
    return Quantity(_number(path, value))


def _section(path: str, value: Any, cls: type, required: tuple[str, ...] = ()) -> dict[str, Any]:
    names = tuple(f.name for f in fields(cls))
    _object(path, value, names)
    for name in required:
        if name not in value:
            raise InvalidInput(f"{path}.{name}", IS_REQUIRED)
    result: dict[str, Any] = {}
    for name, raw in value.items():
        where = f"{path}.{name}"
        if name in TEXT_FIELDS or name == "mode" or name == "move_date":
            result[name] = raw if name in ("mode", "move_date") else _text(where, raw)
        elif name in BOOL_OR_NULL_FIELDS:
            if raw is not None and not isinstance(raw, bool):
                raise InvalidInput(
                    where,
                    QT_TRANSLATE_NOOP("Engine", "must be true, false or null, got {kind}"),
                    kind=_kind(raw),
                )
            result[name] = raw
        elif name in FRACTION_OR_NULL_FIELDS:
            result[name] = None if raw is None else _number(where, raw)
        elif name == "horizon_years":
            number = _number(where, raw)
            if number != int(number):
                raise InvalidInput(where, WHOLE_YEARS, value=f"{number:g}")
            result[name] = int(number)
        elif name == "user_regions":
            result[name] = tuple(_text(f"{where}[{i}]", item) for i, item in enumerate(_list(where, raw)))
        else:
            result[name] = _quantity(where, raw)
    return result


def _site(path: str, raw: Any) -> SiteChoice:
    _object(path, raw, SITE_KEYS)
    if "id" not in raw:
        raise InvalidInput(f"{path}.id", IS_REQUIRED)
    site_id = _text(f"{path}.id", raw["id"])
    params = raw.get("params", {})
    _object(f"{path}.params", params, tuple(params) if isinstance(params, dict) else ())
    latency = raw.get("latency_ms", {})
    _object(f"{path}.latency_ms", latency, tuple(latency) if isinstance(latency, dict) else ())
    return SiteChoice(
        id=site_id,
        params={k: _quantity(f"{path}.params.{k}", v) for k, v in params.items()},
        staff=_quantity(f"{path}.staff", raw.get("staff")),
        latency_ms={k: _quantity(f"{path}.latency_ms.{k}", v) for k, v in latency.items()},
        name_zh=_text(f"{path}.name_zh", raw.get("name_zh", "")),
        name_en=_text(f"{path}.name_en", raw.get("name_en", "")),
    )


def _policy(path: str, raw: Any) -> PolicyChoice:
    if isinstance(raw, str):
        return PolicyChoice(raw)
    _object(path, raw, POLICY_KEYS)
    if "id" not in raw:
        raise InvalidInput(f"{path}.id", IS_REQUIRED)
    return PolicyChoice(
        _text(f"{path}.id", raw["id"]),
        _quantity(f"{path}.realisation", raw.get("realisation")),
        _quantity(f"{path}.price", raw.get("price")),
    )


# --- writing -----------------------------------------------------------------


def scenario_to_dict(scenario: Scenario, package: Package | None = None) -> dict[str, Any]:
    """The JSON-ready form; ``scenario_from_dict`` of it gives back an equal Scenario.

    ``package``: an incentive package to keep with it (``decode_scenario(...).package``
    gives it back); without one the document has no ``package`` key, as before issue 17.
    """
    document = {
        "schema_version": SCENARIO_SCHEMA_VERSION,
        "title": scenario.title,
        "description_zh": scenario.description_zh,
        "description_en": scenario.description_en,
        "firm": _section_dict(scenario.firm),
        "workload": _section_dict(scenario.workload),
        "sites": [_site_dict(site) for site in scenario.sites],
        "destination": scenario.destination,
        "one_off": _section_dict(scenario.one_off),
        "finance": _section_dict(scenario.finance),
        "policies": [_policy_dict(choice) for choice in scenario.policies],
        "extra_incentive_per_year": _quantity_dict(scenario.extra_incentive_per_year),
        **({CLIENT_KEY: client_to_dict(scenario.client)} if scenario.client is not None else {}),
    }
    if package is not None:
        document["package"] = package_to_dict(package)
    return document


def dump_scenario(scenario: Scenario, package: Package | None = None) -> str:
    document = scenario_to_dict(scenario, package)
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _quantity_dict(quantity: Quantity | None) -> Any:
    if quantity is None:
        return None
    if not (quantity.has_range or quantity.source or quantity.note):
        return quantity.value
    data: dict[str, Any] = {"value": quantity.value}
    if quantity.has_range:
        data.update(low=quantity.low, high=quantity.high)
    if quantity.source:
        data["source"] = quantity.source
    if quantity.note:
        data["note"] = quantity.note
    return data


def _section_dict(section: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for f in fields(section):
        value = getattr(section, f.name)
        if isinstance(value, Quantity):
            data[f.name] = _quantity_dict(value)
        elif isinstance(value, dt.date):
            data[f.name] = value.isoformat()
        elif isinstance(value, Mode):
            data[f.name] = value.value
        elif isinstance(value, tuple):
            data[f.name] = list(value)
        else:
            data[f.name] = value
    return data


def _site_dict(site: SiteChoice) -> dict[str, Any]:
    data: dict[str, Any] = {"id": site.id}
    if site.name_zh:
        data["name_zh"] = site.name_zh
    if site.name_en:
        data["name_en"] = site.name_en
    if site.params:
        data["params"] = {k: _quantity_dict(v) for k, v in site.params.items()}
    if site.staff is not None:
        data["staff"] = _quantity_dict(site.staff)
    if site.latency_ms:
        data["latency_ms"] = {k: _quantity_dict(v) for k, v in site.latency_ms.items()}
    return data


def _policy_dict(choice: PolicyChoice) -> dict[str, Any]:
    data: dict[str, Any] = {"id": choice.policy_id}
    if choice.realisation is not None:
        data["realisation"] = _quantity_dict(choice.realisation)
    if choice.price is not None:
        data["price"] = _quantity_dict(choice.price)
    return data
