"""What an import would change: policies added, changed, removed, newly expired; parameters old -> new."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from explorer.domain.pack import DataPack
from explorer.domain.parameters import Parameter
from explorer.domain.policies import Policy

_POLICY_FIELDS = (
    "title_zh", "title_en", "issuer_zh", "issuer_en", "doc_number", "issued_label", "effective", "expiry",
    "level", "category", "summary_zh", "summary_en", "target_origins", "confidence",
)  # fmt: skip
_RULE_FIELDS = (
    "kind", "base", "rate", "amount", "cap_per_year", "cap_total", "threshold", "start_year", "years",
    "payout_lag", "realisation", "stacking_group", "site", "published", "conditions",
)  # fmt: skip
_PARAM_FIELDS = ("value", "low", "high", "unit")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.field}: {self.old or '(empty)'} → {self.new or '(empty)'}"


@dataclass(frozen=True, slots=True)
class PolicyRef:
    id: str
    title_zh: str
    title_en: str
    expiry: dt.date | None = None

    def label(self, language: str = "en") -> str:
        return f"{self.id} {self.title_zh if language.startswith('zh') else self.title_en}"


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

    def __str__(self) -> str:
        if self.old is None:
            return f"{self.path}: added, {_number(self.new.value)} {self.new.unit}"  # type: ignore[union-attr]
        if self.new is None:
            return f"{self.path}: removed (was {_number(self.old.value)} {self.old.unit})"
        return f"{self.path}: " + "; ".join(str(c) for c in self.changes)


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
    other_changes: tuple[str, ...] = field(default_factory=tuple)  # sites, regions, templates, hub facts

    @property
    def is_empty(self) -> bool:
        return not (self.policies_added or self.policies_removed or self.policies_changed
                    or self.policies_expired or self.parameters_changed or self.other_changes)  # fmt: skip

    def text(self, language: str = "en") -> str:
        """A plain-text report, one change per line, for the confirmation step."""
        zh = language.startswith("zh")
        lines = [
            (f"数据包 {self.old_version}（{self.old_as_of}）→ {self.new_version}（{self.new_as_of}）" if zh
             else f"Data pack {self.old_version} ({self.old_as_of}) → {self.new_version} ({self.new_as_of})"),
        ]  # fmt: skip
        if self.is_empty:
            lines.append("内容无变化。" if zh else "No changes to the content.")
            return "\n".join(lines)

        def section(
            title_en: str, title_zh: str, items: list[str], details: list[list[str]] | None = None
        ) -> None:
            if items:
                lines.append("")
                lines.append(f"{title_zh}（{len(items)}）：" if zh else f"{title_en} ({len(items)}):")
                for index, item in enumerate(items):
                    lines.append(f"  • {item}")
                    lines.extend(f"      {detail}" for detail in (details[index] if details else ()))

        section("Policies added", "新增政策", [p.label(language) for p in self.policies_added])
        section("Policies removed", "删除政策", [p.label(language) for p in self.policies_removed])
        section(
            "Policies now expired",
            "已到期政策",
            [f"{p.label(language)} ({p.expiry})" for p in self.policies_expired],
        )
        section(
            "Policies changed",
            "修改政策",
            [c.policy.label(language) for c in self.policies_changed],
            [[str(f) for f in c.changes] for c in self.policies_changed],
        )
        section("Parameters changed", "参数变化", [str(c) for c in self.parameters_changed])
        section("Other changes", "其他变化", list(self.other_changes))
        return "\n".join(lines)


def diff_packs(old: DataPack, new: DataPack) -> PackDiff:
    added, removed, changed, expired = _policies(old, new)
    return PackDiff(
        old_version=old.manifest.version, new_version=new.manifest.version,
        old_as_of=old.manifest.as_of, new_as_of=new.manifest.as_of,
        policies_added=added, policies_removed=removed, policies_changed=changed, policies_expired=expired,
        parameters_changed=tuple(_parameters(old, new)), other_changes=tuple(_others(old, new)),
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
        changes.append(FieldChange(f"rule {rid}", "present", "removed"))
    for rid in sorted(new_rules):
        if rid not in old_rules:
            changes.append(FieldChange(f"rule {rid}", "", f"added ({new_rules[rid].kind.value})"))
            continue
        for name in _RULE_FIELDS:
            before, after = getattr(old_rules[rid], name), getattr(new_rules[rid], name)
            if before != after:
                render = _conditions if name == "conditions" else _text
                changes.append(FieldChange(f"rule {rid} {name}", render(before), render(after)))
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
        for name in ("source", "as_of", "confidence", "url", "note"):
            b, a = getattr(before.provenance, name), getattr(after.provenance, name)
            if b != a:
                fields.append(FieldChange(name, _short(_text(b)), _short(_text(a))))
        changes.append(ParameterChange(path, before, after, tuple(fields)))
    return changes


def _others(old: DataPack, new: DataPack) -> list[str]:
    lines: list[str] = []
    for label, before, after in (
        ("site", old.sites, new.sites),
        ("user region", old.user_regions, new.user_regions),
        ("workload template", old.templates, new.templates),
    ):
        lines += [f"{label} added: {key}" for key in sorted(after.keys() - before.keys())]
        lines += [f"{label} removed: {key}" for key in sorted(before.keys() - after.keys())]
    for site_id in sorted(old.sites.keys() & new.sites.keys()):
        a, b = old.sites[site_id], new.sites[site_id]
        for name in ("name_zh", "name_en", "role", "hub_cluster_zh", "hub_cluster_en"):
            if getattr(a, name) != getattr(b, name):
                lines.append(f"site {site_id} {name}: {_text(getattr(a, name))} → {_text(getattr(b, name))}")
    old_facts = {f.id: f for f in old.hub_facts}
    new_facts = {f.id: f for f in new.hub_facts}
    lines += [
        f"hub fact added: {fid} ({new_facts[fid].text_en})"
        for fid in sorted(new_facts.keys() - old_facts.keys())
    ]
    lines += [f"hub fact removed: {fid}" for fid in sorted(old_facts.keys() - new_facts.keys())]
    for fid in sorted(old_facts.keys() & new_facts.keys()):
        if old_facts[fid] != new_facts[fid]:
            lines.append(f"hub fact changed: {fid}: {old_facts[fid].text_en} → {new_facts[fid].text_en}")
    return lines


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
