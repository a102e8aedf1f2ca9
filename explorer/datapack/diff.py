"""What an import would change, as the list a client's analyst checks: by table, row by row.
One module because the import report is one ordered walk through the pack's files, the changes
worded one way (field, old, new, unit); its tables are already diff_tables.py and diff_policies.py,
its report's shape diff_model.py.

``diff_packs`` compares two packs. ``PackDiff.text(language, translate)`` is the report the
import dialog and ``datapack import`` show: one section per file of the pack (sites.csv,
site_parameters.csv, …, policies.csv, policy_sources.csv, benefit_rules.csv,
policy_conditions.csv, hub_facts.csv, the package tables), each row named as a reader
knows it ("Beijing · Grid emission factor"), each change ``field: old → new`` with the
unit, sources and notes in the report's language (a change to the other language's text is
noted), nothing cut short (``diff_model``, ``diff_tables``, ``diff_policies``). The fixed
words are marked templates translated by ``translate``; ``language`` picks the pack's own
bilingual texts. ``policies_added`` and the other fields keep the changes as data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from explorer.datapack import diff_policies, diff_tables
from explorer.datapack.diff_model import TableChanges
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template, Translate, local, translated
from explorer.domain.pack import DataPack, HubFact
from explorer.domain.parameters import Parameter
from explorer.domain.policies import Policy

_POLICY_FIELDS = (
    "title_zh", "title_en", "issuer_zh", "issuer_en", "doc_number", "issued_label", "effective", "expiry",
    "level", "category", "summary_zh", "summary_en", "target_origins", "confidence", "validity",
    "superseded_by", "verified_against",
)  # fmt: skip
_RULE_FIELDS = (
    "kind", "base", "rate", "amount", "cap_per_year", "cap_total", "threshold", "start_year", "years",
    "payout_lag", "realisation", "stacking_group", "site", "published", "conditions",
)  # fmt: skip
_PARAM_FIELDS = ("value", "low", "high", "unit")

_EMPTY = QT_TRANSLATE_NOOP("DataPack", "(empty)")
_FIELD_CHANGE = QT_TRANSLATE_NOOP("DataPack", "{field}: {old} → {new}")
_RULE = QT_TRANSLATE_NOOP("DataPack", "rule {rule}")
_RULE_FIELD = QT_TRANSLATE_NOOP("DataPack", "rule {rule} {field}")
_PRESENT = QT_TRANSLATE_NOOP("DataPack", "present")
_REMOVED = QT_TRANSLATE_NOOP("DataPack", "removed")
_RULE_ADDED = QT_TRANSLATE_NOOP("DataPack", "added ({kind})")
_PARAMETER_ADDED = QT_TRANSLATE_NOOP("DataPack", "{path}: added, {value} {unit}")
_PARAMETER_REMOVED = QT_TRANSLATE_NOOP("DataPack", "{path}: removed (was {value} {unit})")
_PARAMETER_CHANGED = QT_TRANSLATE_NOOP("DataPack", "{path}: {changes}")
_HEADING = QT_TRANSLATE_NOOP(
    "DataPack", "Data pack {old_version} ({old_as_of}) → {new_version} ({new_as_of})"
)
_NO_CHANGES = QT_TRANSLATE_NOOP("DataPack", "No changes to the content.")
_HOW_TO_READ = QT_TRANSLATE_NOOP(
    "DataPack",
    "Every change, by file of the pack and row: old → new, with units. Texts are shown in this "
    "language; a change to the other language's text is noted.",
)
_TABLES = (
    diff_tables.sites, diff_tables.site_parameters, diff_tables.user_regions, diff_tables.latency,
    diff_tables.workload_templates, diff_tables.template_parameters, diff_policies.policies,
    diff_policies.policy_sources, diff_policies.benefit_rules, diff_policies.policy_conditions,
    diff_tables.hub_facts, diff_tables.package_ceilings, diff_tables.region_assumptions,
)  # fmt: skip
_EXPIRED_POLICY = QT_TRANSLATE_NOOP("DataPack", "{policy} (expired {date})")
_SECTIONS = {
    "added": QT_TRANSLATE_NOOP("DataPack", "Policies added ({count}):"),
    "removed": QT_TRANSLATE_NOOP("DataPack", "Policies removed ({count}):"),
    "expired": QT_TRANSLATE_NOOP("DataPack", "Policies now expired ({count}):"),
    "changed": QT_TRANSLATE_NOOP("DataPack", "Policies changed ({count}):"),
    "parameters": QT_TRANSLATE_NOOP("DataPack", "Parameters changed ({count}):"),
    "other": QT_TRANSLATE_NOOP("DataPack", "Other changes ({count}):"),
}
_ADDED_REMOVED = {
    "site": (
        QT_TRANSLATE_NOOP("DataPack", "site added: {id}"),
        QT_TRANSLATE_NOOP("DataPack", "site removed: {id}"),
    ),
    "user region": (
        QT_TRANSLATE_NOOP("DataPack", "user region added: {id}"),
        QT_TRANSLATE_NOOP("DataPack", "user region removed: {id}"),
    ),
    "workload template": (
        QT_TRANSLATE_NOOP("DataPack", "workload template added: {id}"),
        QT_TRANSLATE_NOOP("DataPack", "workload template removed: {id}"),
    ),
}
_SITE_FIELD = QT_TRANSLATE_NOOP("DataPack", "site {site} {field}: {old} → {new}")
_FACT_ADDED = QT_TRANSLATE_NOOP("DataPack", "hub fact added: {id} ({text})")
_FACT_REMOVED = QT_TRANSLATE_NOOP("DataPack", "hub fact removed: {id}")
_FACT_CHANGED = QT_TRANSLATE_NOOP("DataPack", "hub fact changed: {id}: {old} → {new}")
_FACT_FIELD_CHANGED = QT_TRANSLATE_NOOP("DataPack", "hub fact changed: {id}: {change}")
_FACT_FIELDS = (
    "label_zh", "label_en", "value", "unit", "from_article", "latency_site_id", "latency_region_id",
)  # fmt: skip
_YES = QT_TRANSLATE_NOOP("DataPack", "yes")
_NO = QT_TRANSLATE_NOOP("DataPack", "no")


def _render(text: str, translate: Translate | None) -> str:
    """English without a translator; else the translator's language."""
    return str(text) if translate is None else translated(text, translate)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # a field name, or a Message such as "rule P3-R1"
    old: str  # values as the pack writes them, or a Message such as "removed"
    new: str

    def message(self) -> Message:
        return Message(
            _FIELD_CHANGE, field=self.field, old=self.old or Message(_EMPTY), new=self.new or Message(_EMPTY)
        )

    def text(self, translate: Translate | None = None) -> str:
        return _render(self.message(), translate)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, slots=True)
class PolicyRef:
    id: str
    title_zh: str
    title_en: str
    expiry: dt.date | None = None

    def label(self, language: str = "en") -> str:
        return f"{self.id} {local(self.title_en, self.title_zh, language)}"


@dataclass(frozen=True, slots=True)
class PolicyChange:
    policy: PolicyRef
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class ParameterChange:
    """A sourced number that changed: a site parameter, a latency or a template parameter."""

    path: str  # e.g. "sites.guian.electricity_price", "latency.guian.gba", "templates.ai_training.staff"
    old: Parameter | None
    new: Parameter | None
    changes: tuple[FieldChange, ...]

    def text(self, translate: Translate | None = None) -> str:
        if self.old is None:
            assert self.new is not None
            line = Message(
                _PARAMETER_ADDED, path=self.path, value=_number(self.new.value), unit=self.new.unit
            )
        elif self.new is None:
            line = Message(
                _PARAMETER_REMOVED, path=self.path, value=_number(self.old.value), unit=self.old.unit
            )
        else:
            changes = "; ".join(c.text(translate) for c in self.changes)
            line = Message(_PARAMETER_CHANGED, path=self.path, changes=changes)
        return _render(line, translate)

    def __str__(self) -> str:
        return self.text()


class Bilingual(NamedTuple):
    """A text the pack gives in both languages (a hub fact's wording): ``language`` picks one."""

    en: str
    zh: str

    def pick(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True, slots=True)
class OtherChange:
    """A change to sites, user regions, workload templates or hub facts: a template and its values."""

    template: Template
    params: tuple[tuple[str, object], ...]  # a Bilingual value is shown in the report's language

    @classmethod
    def of(cls, template: Template, **params: object) -> OtherChange:
        return cls(template, tuple(params.items()))

    def message(self, language: str = "en") -> Message:
        values = {k: v.pick(language) if isinstance(v, Bilingual) else v for k, v in self.params}
        return Message(self.template, **values)

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        return _render(self.message(language), translate)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, slots=True)
class PackDiff:
    old_version: str
    new_version: str
    old_as_of: dt.date
    new_as_of: dt.date
    policies_added: tuple[PolicyRef, ...] = ()
    policies_removed: tuple[PolicyRef, ...] = ()
    policies_changed: tuple[PolicyChange, ...] = ()
    policies_expired: tuple[PolicyRef, ...] = ()  # expired by the new pack's as-of date, in force before
    parameters_changed: tuple[ParameterChange, ...] = ()
    other_changes: tuple[OtherChange, ...] = ()  # sites, regions, templates, hub facts
    tables: tuple[TableChanges, ...] = ()  # the report: every change, by file of the pack

    @property
    def is_empty(self) -> bool:
        return not (self.policies_added or self.policies_removed or self.policies_changed
                    or self.policies_expired or self.parameters_changed or self.other_changes
                    or self.tables)  # fmt: skip

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        """The report, one section per file of the pack, one line per change, for the confirmation step.

        ``language`` picks the pack's own texts (names, titles, sources, notes in Chinese or
        English); ``translate`` (e.g. ``QCoreApplication.translate``) renders the report's
        fixed words; without it they are English.
        """

        def tr(template: Template, **params: object) -> str:
            return _render(Message(template, **params), translate)

        lines = [
            tr(_HEADING, old_version=self.old_version, old_as_of=self.old_as_of,
               new_version=self.new_version, new_as_of=self.new_as_of),
        ]  # fmt: skip
        if self.is_empty:
            lines.append(tr(_NO_CHANGES))
            return "\n".join(lines)
        lines.append(tr(_HOW_TO_READ))
        for table in self.tables:
            lines.append("")
            lines += table.lines(language, translate)
        return "\n".join(lines)


def diff_packs(old: DataPack, new: DataPack) -> PackDiff:
    added, removed, changed, expired = _policies(old, new)
    return PackDiff(
        old_version=old.manifest.version, new_version=new.manifest.version,
        old_as_of=old.manifest.as_of, new_as_of=new.manifest.as_of,
        policies_added=added, policies_removed=removed, policies_changed=changed, policies_expired=expired,
        parameters_changed=tuple(_parameters(old, new)), other_changes=tuple(_others(old, new)),
        tables=tuple(table for build in _TABLES if (table := build(old, new)) is not None),
    )  # fmt: skip


def _ref(policy: Policy) -> PolicyRef:
    return PolicyRef(policy.id, policy.title_zh, policy.title_en, policy.expiry)


def _policies(old: DataPack, new: DataPack):
    added = tuple(_ref(p) for pid, p in new.policies.items() if pid not in old.policies)
    removed = tuple(_ref(p) for pid, p in old.policies.items() if pid not in new.policies)
    changed = []
    for pid, policy in new.policies.items():
        before = old.policies.get(pid)
        if before is not None:
            changes = _policy_changes(before, policy)
            if changes:
                changed.append(PolicyChange(_ref(policy), changes))
    expired = []
    for pid, policy in new.policies.items():
        now_expired = policy.expiry is not None and policy.expiry < new.manifest.as_of
        before = old.policies.get(pid)
        was_expired = before is not None and before.expiry is not None and before.expiry < old.manifest.as_of
        if now_expired and not was_expired:
            expired.append(_ref(policy))
    return added, removed, tuple(changed), tuple(expired)


def _policy_changes(old: Policy, new: Policy) -> tuple[FieldChange, ...]:
    changes = [FieldChange(name, _text(getattr(old, name)), _text(getattr(new, name)))
               for name in _POLICY_FIELDS if getattr(old, name) != getattr(new, name)]  # fmt: skip
    if old.sources != new.sources:
        changes.append(FieldChange("sources", _sources(old), _sources(new)))
    if old.conditions != new.conditions:
        changes.append(FieldChange("conditions", _conditions(old.conditions), _conditions(new.conditions)))
    old_rules = {r.id: r for r in old.rules}
    new_rules = {r.id: r for r in new.rules}
    for rid in old_rules.keys() - new_rules.keys():
        changes.append(FieldChange(Message(_RULE, rule=rid), Message(_PRESENT), Message(_REMOVED)))
    for rid in sorted(new_rules):
        if rid not in old_rules:
            added = Message(_RULE_ADDED, kind=new_rules[rid].kind.value)
            changes.append(FieldChange(Message(_RULE, rule=rid), "", added))
            continue
        for name in _RULE_FIELDS:
            before, after = getattr(old_rules[rid], name), getattr(new_rules[rid], name)
            if before != after:
                render = _conditions if name == "conditions" else _text
                field = Message(_RULE_FIELD, rule=rid, field=name)
                changes.append(FieldChange(field, render(before), render(after)))
    return tuple(changes)


def _parameters(old: DataPack, new: DataPack) -> list[ParameterChange]:
    pairs: list[tuple[str, Parameter | None, Parameter | None]] = []
    for site_id in sorted(old.sites.keys() & new.sites.keys()):
        before, after = old.sites[site_id].params, new.sites[site_id].params
        for key in sorted(before.keys() | after.keys()):
            pairs.append((f"sites.{site_id}.{key.value}", before.get(key), after.get(key)))
    for pair in sorted(old.latency_ms.keys() | new.latency_ms.keys()):
        pairs.append((f"latency.{pair[0]}.{pair[1]}", old.latency_ms.get(pair), new.latency_ms.get(pair)))
    for template_id in sorted(old.templates.keys() & new.templates.keys()):
        before, after = old.templates[template_id].params, new.templates[template_id].params
        for key in sorted(before.keys() | after.keys()):
            pairs.append((f"templates.{template_id}.{key}", before.get(key), after.get(key)))
    changes = []
    for path, before, after in pairs:
        if before == after:
            continue
        if before is None or after is None:
            changes.append(ParameterChange(path, before, after, ()))
            continue
        fields = [FieldChange(name, _text(getattr(before, name)), _text(getattr(after, name)))
                  for name in _PARAM_FIELDS if getattr(before, name) != getattr(after, name)]  # fmt: skip
        fields += _provenance_changes(before.provenance, after.provenance)
        changes.append(ParameterChange(path, before, after, tuple(fields)))
    return changes


def _others(old: DataPack, new: DataPack) -> list[OtherChange]:
    lines: list[OtherChange] = []
    for kind, before, after in (
        ("site", old.sites, new.sites),
        ("user region", old.user_regions, new.user_regions),
        ("workload template", old.templates, new.templates),
    ):
        added, removed = _ADDED_REMOVED[kind]
        lines += [OtherChange.of(added, id=key) for key in sorted(after.keys() - before.keys())]
        lines += [OtherChange.of(removed, id=key) for key in sorted(before.keys() - after.keys())]
    for site_id in sorted(old.sites.keys() & new.sites.keys()):
        a, b = old.sites[site_id], new.sites[site_id]
        for name in ("name_zh", "name_en", "role", "hub_cluster_zh", "hub_cluster_en"):
            if getattr(a, name) != getattr(b, name):
                lines.append(
                    OtherChange.of(
                        _SITE_FIELD, site=site_id, field=name,
                        old=_text(getattr(a, name)), new=_text(getattr(b, name)),
                    )
                )  # fmt: skip
    old_facts = {f.id: f for f in old.hub_facts}
    new_facts = {f.id: f for f in new.hub_facts}
    lines += [
        OtherChange.of(_FACT_ADDED, id=fid, text=Bilingual(new_facts[fid].text_en, new_facts[fid].text_zh))
        for fid in sorted(new_facts.keys() - old_facts.keys())
    ]
    lines += [OtherChange.of(_FACT_REMOVED, id=fid) for fid in sorted(old_facts.keys() - new_facts.keys())]
    for fid in sorted(old_facts.keys() & new_facts.keys()):
        lines += _fact_changes(old_facts[fid], new_facts[fid])
    return lines


def _fact_changes(before: HubFact, after: HubFact) -> list[OtherChange]:
    """The fact's wording when it changed; else each field that did (its figure, unit, source…)."""
    if (before.text_en, before.text_zh) != (after.text_en, after.text_zh):
        old_text, new_text = (
            Bilingual(before.text_en, before.text_zh),
            Bilingual(after.text_en, after.text_zh),
        )
        return [OtherChange.of(_FACT_CHANGED, id=after.id, old=old_text, new=new_text)]
    fields = [FieldChange(name, _fact_value(getattr(before, name)), _fact_value(getattr(after, name)))
              for name in _FACT_FIELDS if getattr(before, name) != getattr(after, name)]  # fmt: skip
    fields += _provenance_changes(before.provenance, after.provenance)
    return [OtherChange.of(_FACT_FIELD_CHANGED, id=after.id, change=f.message()) for f in fields]


def _fact_value(value: object) -> str:
    if isinstance(value, bool):
        return Message(_YES if value else _NO)
    return _short(_text(value))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, tuple):
        return "|".join(_text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _number(value: float) -> str:
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sources(policy: Policy) -> str:
    return "; ".join(_short(s.title, 40) for s in policy.sources)


def _conditions(conditions) -> str:
    return "; ".join(f"{c.field.value} {c.op.value} {c.value}".strip() for c in conditions)


def _provenance_changes(before, after) -> list[FieldChange]:
    """Where a figure's source, date, confidence, address or note changed."""
    return [
        FieldChange(name, _short(_text(getattr(before, name))), _short(_text(getattr(after, name))))
        for name in ("source", "as_of", "confidence", "url", "note")
        if getattr(before, name) != getattr(after, name)
    ]
