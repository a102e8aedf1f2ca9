"""Fill finished translations into a Qt Linguist .ts file from a JSON glossary.

    python tools/fill_translations.py resources/i18n/explorer_zh_CN.ts resources/i18n/zh_CN.json

The .ts file stays the source of truth (editable in Qt Linguist); the JSON maps an
English source text to its translation, and plural forms to a list. Entries
already translated in the .ts are kept unless the JSON has them too.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, glossary_path: Path) -> tuple[int, list[str]]:
    glossary: dict[str, str | list[str]] = json.loads(glossary_path.read_text(encoding="utf-8"))
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
    count, untranslated = fill(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{count} translations filled; {len(untranslated)} missing")
    for text in untranslated:
        print("  missing:", text.replace("\n", "\\n")[:90])
    sys.exit(1 if untranslated else 0)
