"""The ``client`` block of a scenario document (issue 19): the client data a scenario carries.

{"file": "acme.xlsx", "imported_on": "2026-12-06", "facts": {"electricity_kwh": "52560000", ...},
 "paths": ["workload.it_load_kw", ...], "previous_origin": "beijing"}
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from explorer.domain.client_record import ClientRecord
from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP

CLIENT_KEYS = ("file", "imported_on", "facts", "paths", "previous_origin")
_TEXT = QT_TRANSLATE_NOOP("Engine", "must be text")
_OBJECT = QT_TRANSLATE_NOOP("Engine", "must be a JSON object of texts")
_LIST = QT_TRANSLATE_NOOP("Engine", "must be a JSON list of texts")
_UNKNOWN = QT_TRANSLATE_NOOP("Engine", "is not a known field (known: {known})")
_DATE = QT_TRANSLATE_NOOP("Engine", "must be a date written YYYY-MM-DD, got {value!r}")
MAX_FACTS = 200


def client_to_dict(record: ClientRecord) -> dict[str, Any]:
    return {
        "file": record.file_name,
        "imported_on": record.imported_on.isoformat(),
        "facts": dict(record.facts),
        "paths": list(record.paths),
        "previous_origin": record.previous_origin,
    }


def client_from_dict(path: str, data: Any) -> ClientRecord:
    """The record of a document's ``client`` block; InvalidInput naming the field otherwise."""
    if not isinstance(data, dict):
        raise InvalidInput(path, _OBJECT)
    for key in data:
        if key not in CLIENT_KEYS:
            raise InvalidInput(f"{path}.{key}", _UNKNOWN, known=", ".join(CLIENT_KEYS))
    file_name = _text(f"{path}.file", data.get("file", ""))
    day_text = _text(f"{path}.imported_on", data.get("imported_on", ""))
    try:
        day = dt.date.fromisoformat(day_text)
    except ValueError:
        raise InvalidInput(f"{path}.imported_on", _DATE, value=day_text) from None
    facts = data.get("facts", {})
    if not isinstance(facts, dict) or len(facts) > MAX_FACTS:
        raise InvalidInput(f"{path}.facts", _OBJECT)
    paths = data.get("paths", [])
    if not isinstance(paths, list) or len(paths) > MAX_FACTS:
        raise InvalidInput(f"{path}.paths", _LIST)
    return ClientRecord(
        file_name=file_name,
        imported_on=day,
        facts={_text(f"{path}.facts", k): _text(f"{path}.facts.{k}", v) for k, v in facts.items()},
        paths=tuple(_text(f"{path}.paths", p) for p in paths),
        previous_origin=_text(f"{path}.previous_origin", data.get("previous_origin", "")),
    )


def _text(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidInput(path, _TEXT)
    return value
