"""Fill finished translations into a Qt Linguist .ts file from a JSON glossary.

    python tools/fill_translations.py resources/i18n/explorer_zh_CN.ts resources/i18n/zh_CN*.json

The .ts file stays the source of truth (editable in Qt Linguist); each JSON maps an
English source text to its translation, and plural forms to a list. The glossary is
split by area (zh_CN.json for the window, zh_CN.messages.json for the engine, data
pack and project messages, zh_CN.cli.json for the command line); a text in two
files must be translated the same in both. Entries already translated in the .ts
are kept unless a JSON has them too.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def read_glossaries(paths: list[Path]) -> dict[str, str | list[str]]:
    glossary: dict[str, str | list[str]] = {}
    for path in paths:
        for source, wanted in json.loads(path.read_text(encoding="utf-8")).items():
            if source in glossary and glossary[source] != wanted:
                raise SystemExit(f"{path.name}: {source!r} is translated differently in another glossary")
            glossary[source] = wanted
    return glossary


def fill(ts_path: Path, glossary_paths: list[Path]) -> tuple[int, list[str]]:
    glossary = read_glossaries(glossary_paths)
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        wanted = glossary.get(source)
        if wanted is None:
            if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
                missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if isinstance(wanted, list):
            translation.text = None
            for form in wanted:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    count, untranslated = fill(Path(sys.argv[1]), [Path(arg) for arg in sys.argv[2:]])
    print(f"{count} translations filled; {len(untranslated)} missing")
    for text in untranslated:
        print("  missing:", text.replace("\n", "\\n")[:90])
    sys.exit(1 if untranslated else 0)
