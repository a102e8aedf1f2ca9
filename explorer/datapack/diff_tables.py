"""The import diff's tables of figures: sites, site parameters, latency, templates, hub facts, package tables.

Each builder compares one table of two packs row by row and gives its ``TableChanges``
(empty: no change). Rows are named as a reader knows them (the site's name, the input's
label), values carry their unit, sources and notes are shown in the reader's language.
The policy tables are in ``diff_policies``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from explorer.datapack.diff_model import (
    FIELD,
    UNCHANGED,
    Bilingual,
    Detail,
    Entry,
    Joined,
    TableChanges,
    change,
    plain,
    text_change,
    with_unit,
)
from explorer.domain.fields import LATENCY_FIELD, SITE_FIELDS, WORKLOAD_FIELDS
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.pack import DataPack, HubFact
from explorer.domain.package import ITEM_WORDS, LIMIT_WORDS
from explorer.domain.package_data import RegionAssumption
from explorer.domain.parameters import CONFIDENCE_WORDS, Parameter, Provenance

ADDED = QT_TRANSLATE_NOOP("DataPack", "added: {value}")
REMOVED = QT_TRANSLATE_NOOP("DataPack", "removed (was {value})")
ROW_ADDED = QT_TRANSLATE_NOOP("DataPack", "{row}: added")
ROW_REMOVED = QT_TRANSLATE_NOOP("DataPack", "{row}: removed")
LATENCY_ROW = QT_TRANSLATE_NOOP("DataPack", "{site} → {region}, round-trip estimate")
CEILING_ROW = QT_TRANSLATE_NOOP("DataPack", "{item}, {limit}")
AT_MOST = QT_TRANSLATE_NOOP("DataPack", "at most {value} ({source})")
TEMPLATE_LABELS = {  # template parameters the input panel does not show as workload fields
    "latency_tolerance_ms": QT_TRANSLATE_NOOP("DataPack", "Latency tolerance"),
}
ASSUMPTION_LABELS = {  # the Package tab's words
    RegionAssumption.PUBLIC_DISCOUNT_RATE: QT_TRANSLATE_NOOP("DataPack", "Public discount rate"),
    RegionAssumption.CIT_LOCAL_SHARE: QT_TRANSLATE_NOOP("DataPack", "Local share of corporate income tax"),
    RegionAssumption.ELECTRICITY_RETURN_SHARE: QT_TRANSLATE_NOOP("DataPack", "Return per yuan of power sold"),
    RegionAssumption.LOCAL_HIRE_SHARE: QT_TRANSLATE_NOOP("DataPack", "Share of staff hired locally"),
    RegionAssumption.WAGE_RETURN_SHARE: QT_TRANSLATE_NOOP("DataPack", "Return per yuan of local wages"),
    RegionAssumption.INVESTMENT_LOCAL_SHARE: QT_TRANSLATE_NOOP(
        "DataPack", "Share of investment spent locally"
    ),
    RegionAssumption.INVESTMENT_RETURN_SHARE: QT_TRANSLATE_NOOP("DataPack", "Return per yuan spent locally"),
}
TITLES = {
    "sites": QT_TRANSLATE_NOOP("DataPack", "sites"),
    "site_parameters": QT_TRANSLATE_NOOP("DataPack", "site parameters"),
    "user_regions": QT_TRANSLATE_NOOP("DataPack", "user regions"),
    "latency": QT_TRANSLATE_NOOP("DataPack", "round-trip latency estimates"),
    "workload_templates": QT_TRANSLATE_NOOP("DataPack", "workload templates"),
    "template_parameters": QT_TRANSLATE_NOOP("DataPack", "workload template parameters"),
    "hub_facts": QT_TRANSLATE_NOOP("DataPack", "hub facts and official claims"),
    "package_ceilings": QT_TRANSLATE_NOOP("DataPack", "ceilings of negotiated package items"),
    "region_assumptions": QT_TRANSLATE_NOOP("DataPack", "the region's assumptions (package designer)"),
}


def _name(item: object) -> Bilingual:
    return Bilingual(getattr(item, "name_en", ""), getattr(item, "name_zh", ""))


def _table(key: str, entries: Iterable[Entry]) -> TableChanges | None:
    entries = tuple(entries)
    return TableChanges(f"{key}.csv", TITLES[key], entries) if entries else None


def provenance_details(before: Provenance, after: Provenance, figure_changed: bool = True) -> list[Detail]:
    """Where a figure's source, date, confidence, link or note changed, in the reader's language.

    A note is shown old → new when the figure changed (it gives the derivation); else it is only
    said to be rewritten: the list stays one of figures and their sources.
    """
    lines: list[Detail] = []
    lines += text_change(
        "source", Bilingual(before.source, before.source_zh), Bilingual(after.source, after.source_zh)
    )
    if before.as_of != after.as_of:
        lines.append(change("as_of", before.as_of, after.as_of))
    if before.confidence != after.confidence:
        words = CONFIDENCE_WORDS
        lines.append(
            change("confidence", Message(words[before.confidence]), Message(words[after.confidence]))
        )
    if before.url != after.url:
        lines.append(change("url", before.url, after.url))
    notes = Bilingual(before.note, before.note_zh), Bilingual(after.note, after.note_zh)
    lines += text_change("note", *notes, brief=not figure_changed)
    return lines


def parameter_entry(
    subject: object, before: Parameter | None, after: Parameter | None, unit: str
) -> Entry | None:
    """A sourced figure: its value and range with the unit (always shown), then what else changed."""
    if before == after:
        return None
    if before is None or after is None:
        shown = after if after is not None else before
        assert shown is not None
        template = ADDED if after is not None else REMOVED
        detail = Message(template, value=with_unit(shown.value, shown.unit or unit))
        return Entry(subject, (detail,))  # type: ignore[arg-type]
    unit_before, unit_after = before.unit or unit, after.unit or unit
    lines: list[Detail] = []
    value_changed = before.value != after.value or unit_before != unit_after
    if value_changed:
        lines.append(
            change("value", with_unit(before.value, unit_before), with_unit(after.value, unit_after))
        )
    else:
        lines.append(
            Message(UNCHANGED, field=Message(FIELD["value"]), value=with_unit(after.value, unit_after))
        )
    range_changed = (before.low, before.high) != (after.low, after.high)
    if range_changed:
        lines.append(change("range", _range(before, unit_before), _range(after, unit_after)))
    lines += provenance_details(before.provenance, after.provenance, value_changed or range_changed)
    return Entry(subject, tuple(lines))  # type: ignore[arg-type]


def _range(parameter: Parameter, unit: str) -> Message:
    from explorer.datapack.diff_model import RANGE, number

    low = with_unit(parameter.low, unit) if unit.startswith("fraction") else number(parameter.low)
    return Message(RANGE, low=low, high=with_unit(parameter.high, unit))


def sites(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = [
        Entry(Message(ROW_ADDED, row=_name(new.sites[k])), ())
        for k in sorted(new.sites.keys() - old.sites.keys())
    ]
    entries += [
        Entry(Message(ROW_REMOVED, row=_name(old.sites[k])), ())
        for k in sorted(old.sites.keys() - new.sites.keys())
    ]
    for key in sorted(old.sites.keys() & new.sites.keys()):
        a, b = old.sites[key], new.sites[key]
        lines: list[Detail] = []
        lines += text_change("name", _name(a), _name(b))
        if a.role != b.role:
            lines.append(change("role", a.role, b.role))
        before, after = (
            Bilingual(a.hub_cluster_en, a.hub_cluster_zh),
            Bilingual(b.hub_cluster_en, b.hub_cluster_zh),
        )
        if before != after:
            lines.append(change("hub_cluster", before, after))
        if lines:
            entries.append(Entry(_name(b), tuple(lines)))
    return _table("sites", entries)


def site_parameters(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for site_id in sorted(old.sites.keys() & new.sites.keys()):
        before, after = old.sites[site_id].params, new.sites[site_id].params
        for key in sorted(before.keys() | after.keys(), key=lambda k: list(SITE_FIELDS).index(k.value)
                          if k.value in SITE_FIELDS else 99):  # fmt: skip
            spec = SITE_FIELDS.get(key.value)
            what = Message(spec.label) if spec else key.value
            subject = Joined((_name(new.sites[site_id]), what), " · ")
            entry = parameter_entry(subject, before.get(key), after.get(key), spec.unit if spec else "")
            if entry is not None:
                entries.append(entry)
    return _table("site_parameters", entries)


def latency(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for site_id, region_id in sorted(old.latency_ms.keys() | new.latency_ms.keys()):
        site = new.sites.get(site_id) or old.sites.get(site_id)
        region = new.user_regions.get(region_id) or old.user_regions.get(region_id)
        subject = Message(
            LATENCY_ROW, site=_name(site) if site else site_id, region=_name(region) if region else region_id
        )
        pair = (site_id, region_id)
        entry = parameter_entry(
            subject, old.latency_ms.get(pair), new.latency_ms.get(pair), LATENCY_FIELD.unit
        )
        if entry is not None:
            entries.append(entry)
    return _table("latency", entries)


def user_regions(old: DataPack, new: DataPack) -> TableChanges | None:
    return _added_removed("user_regions", old.user_regions, new.user_regions)


def workload_templates(old: DataPack, new: DataPack) -> TableChanges | None:
    return _added_removed("workload_templates", old.templates, new.templates)


def _added_removed(
    key: str, before: Mapping[str, object], after: Mapping[str, object]
) -> TableChanges | None:
    entries = [
        Entry(Message(ROW_ADDED, row=_name(after[k])), ()) for k in sorted(after.keys() - before.keys())
    ]
    entries += [
        Entry(Message(ROW_REMOVED, row=_name(before[k])), ()) for k in sorted(before.keys() - after.keys())
    ]
    for k in sorted(before.keys() & after.keys()):
        lines = text_change("name", _name(before[k]), _name(after[k]))
        if lines:
            entries.append(Entry(_name(after[k]), tuple(lines)))
    return _table(key, entries)


def template_parameters(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for template_id in sorted(old.templates.keys() & new.templates.keys()):
        before, after = old.templates[template_id].params, new.templates[template_id].params
        for key in sorted(before.keys() | after.keys()):
            spec = WORKLOAD_FIELDS.get(key)
            what: object = (
                Message(spec.label)
                if spec
                else Message(TEMPLATE_LABELS[key])
                if key in TEMPLATE_LABELS
                else key
            )
            subject = Joined((_name(new.templates[template_id]), what), " · ")
            entry = parameter_entry(subject, before.get(key), after.get(key), spec.unit if spec else "")
            if entry is not None:
                entries.append(entry)
    return _table("template_parameters", entries)


def hub_facts(old: DataPack, new: DataPack) -> TableChanges | None:
    before = {f.id: f for f in old.hub_facts}
    after = {f.id: f for f in new.hub_facts}
    entries = []
    for fid in [f.id for f in new.hub_facts] + sorted(before.keys() - after.keys()):
        a, b = before.get(fid), after.get(fid)
        if a == b:
            continue
        shown = b if b is not None else a
        assert shown is not None
        subject = Joined((fid, Bilingual(shown.label_en, shown.label_zh)), " · ")
        if a is None or b is None:
            template = ADDED if b is not None else REMOVED
            entries.append(Entry(subject, (Message(template, value=_wording(shown)),)))
            continue
        entries.append(Entry(subject, tuple(_fact_details(a, b))))
    return _table("hub_facts", entries)


def _wording(fact: HubFact) -> Bilingual:
    return Bilingual(fact.text_en, fact.text_zh)


def _fact_details(a: HubFact, b: HubFact) -> list[Detail]:
    lines: list[Detail] = []
    lines += text_change("wording", _wording(a), _wording(b))
    lines += text_change("label", Bilingual(a.label_en, a.label_zh), Bilingual(b.label_en, b.label_zh))
    if (a.value, a.unit) != (b.value, b.unit):
        lines.append(change("value", with_unit(a.value, a.unit), with_unit(b.value, b.unit)))
    for name in ("from_article", "latency_site_id", "latency_region_id"):
        if getattr(a, name) != getattr(b, name):
            lines.append(change(name, plain(getattr(a, name)), plain(getattr(b, name))))
    return lines + provenance_details(a.provenance, b.provenance)


def package_ceilings(old: DataPack, new: DataPack) -> TableChanges | None:
    before = {c.id: c for c in old.package_ceilings}
    after = {c.id: c for c in new.package_ceilings}
    entries = []
    for cid in [c.id for c in new.package_ceilings] + sorted(before.keys() - after.keys()):
        a, b = before.get(cid), after.get(cid)
        if a == b:
            continue
        shown = b if b is not None else a
        assert shown is not None
        subject = Message(
            CEILING_ROW, item=Message(ITEM_WORDS[shown.item]), limit=Message(LIMIT_WORDS[shown.limit])
        )
        if a is None or b is None:
            source = shown.policy_id or Message(CONFIDENCE_WORDS[shown.provenance.confidence])
            limit = Message(AT_MOST, value=with_unit(shown.value, shown.unit), source=source)
            entries.append(Entry(subject, (Message(ADDED if b is not None else REMOVED, value=limit),)))
            continue
        lines: list[Detail] = []
        if (a.value, a.unit) != (b.value, b.unit):
            lines.append(change("value", with_unit(a.value, a.unit), with_unit(b.value, b.unit)))
        if a.policy_id != b.policy_id:
            lines.append(change("policy_id", a.policy_id, b.policy_id))
        entries.append(Entry(subject, tuple(lines + provenance_details(a.provenance, b.provenance))))
    return _table("package_ceilings", entries)


def region_assumptions(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for key in sorted(old.region_assumptions.keys() | new.region_assumptions.keys()):
        before, after = old.region_assumptions.get(key), new.region_assumptions.get(key)
        shown = after or before
        label = Message(ASSUMPTION_LABELS[key]) if key in ASSUMPTION_LABELS else key.value
        entry = parameter_entry(label, before, after, shown.unit if shown else "")
        if entry is not None:
            entries.append(entry)
    return _table("region_assumptions", entries)
