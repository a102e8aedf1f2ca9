"""Fill new texts of a Qt Linguist .ts file from the JSON glossaries, then regenerate them from it.

    python tools/fill_translations.py resources/i18n/explorer_zh_CN.ts resources/i18n/zh_CN*.json

One source of translations: the .ts. A translation finished in it (by an earlier run or
by hand in Qt Linguist) is never overwritten. The glossaries are where a developer writes
the Chinese of a *new* text: each maps an English source text to its translation (plural
forms to a list), split by area (zh_CN.json for the window, zh_CN.engine.json,
zh_CN.datapack.json, zh_CN.project.json, zh_CN.cli.json); a run fills every unfinished
entry of the .ts from them, then rewrites each glossary's values from the .ts, so an edit
made in Linguist reaches the glossary too and the two never disagree. To change an
existing translation, change it in the .ts (Linguist). A text in two glossaries must
be translated the same in both.
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
        finished = translation.get("type") != "unfinished" and bool(translation.text or list(translation))
        if finished:
            continue  # the .ts is the source: a finished translation stays as it is
        wanted = glossary.get(source)
        if wanted is None:
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


def all_translations_in(ts_path: Path) -> dict[str, list[str | list[str]]]:
    """Source text -> its finished translations (plural forms as a list), one per context that
    translates it, in the order of the .ts.

    A text may be translated differently in two contexts (Linguist keeps them apart: "IT load"
    in a table header and in an eligibility reason); the glossaries, keyed by text alone, hold one.
    """
    found: dict[str, list[str | list[str]]] = {}
    for message in ET.parse(ts_path).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished", "unfinished"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        value: str | list[str] = forms if forms else (translation.text or "")
        if value and value not in found.setdefault(source, []):
            found[source].append(value)
    return found


def sync_glossaries(ts_path: Path, glossary_paths: list[Path]) -> int:
    """Rewrite every glossary's values from the .ts (its keys stay); returns how many changed.

    A glossary value that is the text's translation in one of its contexts stays as it is.
    """
    finished = all_translations_in(ts_path)
    changed = 0
    for path in glossary_paths:
        glossary = json.loads(path.read_text(encoding="utf-8"))
        for source, wanted in glossary.items():
            if source in finished and wanted not in finished[source]:
                glossary[source] = finished[source][0]
                changed += 1
        path.write_text(json.dumps(glossary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return changed


if __name__ == "__main__":
    ts_file, glossaries = Path(sys.argv[1]), [Path(arg) for arg in sys.argv[2:]]
    count, untranslated = fill(ts_file, glossaries)
    updated = sync_glossaries(ts_file, glossaries)
    print(
        f"{count} translations filled; {updated} glossary entries updated from the .ts; "
        f"{len(untranslated)} missing"
    )
    for text in untranslated:
        print("  missing:", text.replace("\n", "\\n")[:90])
    sys.exit(1 if untranslated else 0)
