"""Import a pack (validate, show the diff, confirm, swap in), revert, and say which pack is active."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from explorer import paths
from explorer.datapack import store
from explorer.datapack.diff import PackDiff, diff_packs
from explorer.datapack.loader import load_pack, load_shipped_pack, read_and_validate, read_pack_source
from explorer.datapack.problems import DataPackError, ProblemLog
from explorer.datapack.sources import RawPack
from explorer.datapack.validate import convert_manifest
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, translated
from explorer.domain.pack import DataPack

log = logging.getLogger("explorer.datapack")


@dataclass(frozen=True, slots=True)
class PendingImport:
    """A validated pack and what it would change; nothing is written until ``install()``."""

    source: Path
    pack: DataPack
    raw: RawPack
    diff: PackDiff

    def install(self) -> DataPack:
        return _install_raw(self.raw, self.source)


def prepare_import(path: Path | str) -> PendingImport:
    """Validate ``path`` and diff it against the active pack. Raises DataPackError if invalid."""
    source = Path(path)
    pack, raw = read_and_validate(source)
    return PendingImport(source, pack, raw, diff_packs(load_pack(), pack))


def install_pack(path: Path | str) -> DataPack:
    """Validate ``path`` and make it the active pack, atomically. The active pack is untouched on failure."""
    source = Path(path)
    _pack, raw = read_and_validate(source)
    return _install_raw(raw, source)


def _install_raw(raw: RawPack, source: Path) -> DataPack:
    store.recover()
    manifest = convert_manifest(raw.manifest, ProblemLog())
    if manifest is None:  # validated before; guard against a RawPack built elsewhere
        raise DataPackError(ProblemLog().problems)
    staged = store.new_staging_folder()
    try:
        store.write_pack_folder(raw, manifest, staged, source.name)
        pack = read_pack_source(staged)  # what was written must load, before it replaces anything
        store.swap_in(staged)
    except BaseException:
        store.discard(staged)
        raise
    log.info("Installed data pack %s (as of %s) from %s", pack.manifest.version, pack.manifest.as_of, source)
    return pack


def revert_to_shipped() -> None:
    """Drop the imported pack; the shipped pack becomes active again."""
    store.recover()
    if store.remove_active():
        log.info("Reverted to the shipped data pack")


@dataclass(frozen=True, slots=True)
class PackInfo:
    """Which pack the app runs on, for the status bar and for every export."""

    kind: str  # "shipped" or "imported"
    version: str
    as_of: dt.date
    path: Path
    imported_at: str = ""  # ISO time of the import
    imported_from: str = ""  # file or folder name the user chose
    # Set (a Message) when an imported pack exists but is invalid, so the shipped one is used.
    fallback_reason: str = ""

    def label(self, translate: Translate | None = None) -> str:
        """E.g. "Data pack 2026.11.0 (shipped, as of 2026-11-28)"; in ``translate``'s language if given."""
        template = (
            QT_TRANSLATE_NOOP("DataPack", "Data pack {version} (shipped, as of {as_of})")
            if self.kind == "shipped"
            else QT_TRANSLATE_NOOP("DataPack", "Data pack {version} (imported, as of {as_of})")
        )
        text = Message(template, version=self.version, as_of=self.as_of.isoformat())
        return text if translate is None else translated(text, translate)


def active_pack_info() -> PackInfo:
    store.recover()
    active = paths.active_pack_dir()
    reason: str = ""
    if active.is_dir():
        try:
            pack = read_pack_source(active)
        except DataPackError as error:
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "DataPack", "the imported pack is invalid ({count} problem(s)); using the shipped pack"
                ),
                count=len(error.problems),
            )
        else:
            record = store.read_install_record(active)
            return PackInfo("imported", pack.manifest.version, pack.manifest.as_of, active,
                            record.get("imported_at", ""), record.get("source", ""))  # fmt: skip
    shipped = load_shipped_pack()
    return PackInfo("shipped", shipped.manifest.version, shipped.manifest.as_of, paths.shipped_data_dir(),
                    fallback_reason=reason)  # fmt: skip
