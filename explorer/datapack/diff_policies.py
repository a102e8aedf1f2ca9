"""The import diff's policy tables: policies, their sources, benefit rules and conditions.

A policy is named by its id and title in the reader's language; its status in words
("In force → Superseded"), a rule's amounts with their units (yuan/kWh, yuan, %), a
condition by the words the Policies tab shows for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.datapack.diff_model import (
    Bilingual,
    Detail,
    Entry,
    TableChanges,
    change,
    plain,
    text_change,
    with_unit,
)
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, message
from explorer.domain.pack import DataPack
from explorer.domain.parameters import CONFIDENCE_WORDS
from explorer.domain.policies import (
    BASE_WORDS,
    KIND_WORDS,
    VALIDITY_WORDS,
    BenefitKind,
    BenefitRule,
    Condition,
    Policy,
    SourceRef,
)

TITLES = {
    "policies": QT_TRANSLATE_NOOP("DataPack", "policies"),
    "policy_sources": QT_TRANSLATE_NOOP("DataPack", "policy sources"),
    "benefit_rules": QT_TRANSLATE_NOOP("DataPack", "benefit rules"),
    "policy_conditions": QT_TRANSLATE_NOOP("DataPack", "eligibility conditions"),
}
POLICY_ADDED = QT_TRANSLATE_NOOP("DataPack", "{policy}: added ({status})")
POLICY_REMOVED = QT_TRANSLATE_NOOP("DataPack", "{policy}: removed")
NOW_EXPIRED = QT_TRANSLATE_NOOP("DataPack", "now expired: its expiry date {date} is before the pack's date")
SOURCE_ADDED = QT_TRANSLATE_NOOP("DataPack", "source added: {title}")
SOURCE_REMOVED = QT_TRANSLATE_NOOP("DataPack", "source removed: {title}")
RULE_SUBJECT = QT_TRANSLATE_NOOP("DataPack", "{rule} ({kind}) of {policy}")
RULE_ADDED = QT_TRANSLATE_NOOP("DataPack", "added: {kind}, {amount}")
RULE_REMOVED = QT_TRANSLATE_NOOP("DataPack", "removed")
WHOLE_POLICY = QT_TRANSLATE_NOOP("DataPack", "{policy}, the whole policy")
RULE_OF = QT_TRANSLATE_NOOP("DataPack", "{policy}, rule {rule}")
CONDITION_ADDED = QT_TRANSLATE_NOOP("DataPack", "condition added: {text}")
CONDITION_REMOVED = QT_TRANSLATE_NOOP("DataPack", "condition removed: {text}")
POLICY_FIELD = {
    "title": QT_TRANSLATE_NOOP("DataPack", "title"),
    "issuer": QT_TRANSLATE_NOOP("DataPack", "issuer"),
    "summary": QT_TRANSLATE_NOOP("DataPack", "summary"),
    "doc_number": QT_TRANSLATE_NOOP("DataPack", "document number"),
    "issued_label": QT_TRANSLATE_NOOP("DataPack", "issued"),
    "effective": QT_TRANSLATE_NOOP("DataPack", "in force from"),
    "expiry": QT_TRANSLATE_NOOP("DataPack", "expiry"),
    "level": QT_TRANSLATE_NOOP("DataPack", "level"),
    "category": QT_TRANSLATE_NOOP("DataPack", "category"),
    "target_origins": QT_TRANSLATE_NOOP("DataPack", "aimed at origins"),
    "confidence": QT_TRANSLATE_NOOP("DataPack", "confidence"),
    "validity": QT_TRANSLATE_NOOP("DataPack", "status on the pack's date"),
    "superseded_by": QT_TRANSLATE_NOOP("DataPack", "superseded by"),
    "last_verified": QT_TRANSLATE_NOOP("DataPack", "last checked against its sources"),
    "verified_against": QT_TRANSLATE_NOOP("DataPack", "checked against"),
    "kind": QT_TRANSLATE_NOOP("DataPack", "kind"),
    "base": QT_TRANSLATE_NOOP("DataPack", "base"),
    "rate": QT_TRANSLATE_NOOP("DataPack", "rate"),
    "amount": QT_TRANSLATE_NOOP("DataPack", "amount"),
    "cap_per_year": QT_TRANSLATE_NOOP("DataPack", "cap a year"),
    "cap_total": QT_TRANSLATE_NOOP("DataPack", "cap in all"),
    "threshold": QT_TRANSLATE_NOOP("DataPack", "threshold"),
    "start_year": QT_TRANSLATE_NOOP("DataPack", "first year"),
    "years": QT_TRANSLATE_NOOP("DataPack", "years"),
    "payout_lag": QT_TRANSLATE_NOOP("DataPack", "payout lag, years"),
    "realisation": QT_TRANSLATE_NOOP("DataPack", "expected realisation"),
    "stacking_group": QT_TRANSLATE_NOOP("DataPack", "stacking group (only the largest of a group counts)"),
    "site": QT_TRANSLATE_NOOP("DataPack", "applies at"),
    "published": QT_TRANSLATE_NOOP("DataPack", "amount published"),
    "note": QT_TRANSLATE_NOOP("DataPack", "note"),
    "note_other": QT_TRANSLATE_NOOP("DataPack", "note in the other language"),
    "title_other": QT_TRANSLATE_NOOP("DataPack", "title in the other language"),
    "issuer_other": QT_TRANSLATE_NOOP("DataPack", "issuer in the other language"),
    "summary_other": QT_TRANSLATE_NOOP("DataPack", "summary in the other language"),
}
_PLAIN_FIELDS = ("doc_number", "issued_label", "effective", "expiry", "level", "category", "target_origins",
                 "superseded_by", "last_verified", "verified_against")  # fmt: skip
_RULE_FIELDS = ("base", "rate", "amount", "cap_per_year", "cap_total", "threshold", "start_year", "years",
                "payout_lag", "realisation", "stacking_group", "site", "published")  # fmt: skip


def _kind(kind: BenefitKind) -> object:
    """A rule's kind in words ("Investment subsidy"), its id if this version has no words for it."""
    return message(KIND_WORDS.get(kind, kind.value))


def _base(base: str) -> object:
    """What a rule applies to in words ("the facility's energy use"), the pack's id if unknown."""
    return message(BASE_WORDS.get(base, base))


def _label(policy: Policy) -> Bilingual:
    return Bilingual(f"{policy.id} {policy.title_en}", f"{policy.id} {policy.title_zh or policy.title_en}")


def _field(name: str, old: object, new: object) -> Message:
    return change(POLICY_FIELD[name], old, new)


def _texts(name: str, old: Bilingual, new: Bilingual) -> list[Detail]:
    """A bilingual policy text, labelled as the policy table's ("summary" and its other language)."""
    return text_change((POLICY_FIELD[name], POLICY_FIELD[f"{name}_other"]), old, new)


def _table(key: str, entries: Iterable[Entry]) -> TableChanges | None:
    entries = tuple(entries)
    return TableChanges(f"{key}.csv", TITLES[key], entries) if entries else None


def _ordered(old: DataPack, new: DataPack) -> list[str]:
    """Policy ids in the new pack's order, then those only the old pack has."""
    return [*new.policies, *(pid for pid in old.policies if pid not in new.policies)]


def policies(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for pid in _ordered(old, new):
        a, b = old.policies.get(pid), new.policies.get(pid)
        if a is None and b is not None:
            entries.append(
                Entry(Message(POLICY_ADDED, policy=_label(b), status=Message(VALIDITY_WORDS[b.validity])))
            )
            continue
        if b is None and a is not None:
            entries.append(Entry(Message(POLICY_REMOVED, policy=_label(a))))
            continue
        assert a is not None and b is not None
        lines: list[Detail] = []
        if a.validity != b.validity:
            lines.append(
                _field("validity", Message(VALIDITY_WORDS[a.validity]), Message(VALIDITY_WORDS[b.validity]))
            )
        now_expired = b.expiry is not None and b.expiry < new.manifest.as_of
        was_expired = a.expiry is not None and a.expiry < old.manifest.as_of
        if now_expired and not was_expired:
            lines.append(Message(NOW_EXPIRED, date=b.expiry))
        lines += _texts("title", Bilingual(a.title_en, a.title_zh), Bilingual(b.title_en, b.title_zh))
        lines += _texts("issuer", Bilingual(a.issuer_en, a.issuer_zh), Bilingual(b.issuer_en, b.issuer_zh))
        for name in _PLAIN_FIELDS:
            if getattr(a, name) != getattr(b, name):
                lines.append(_field(name, getattr(a, name), getattr(b, name)))
        if a.confidence != b.confidence:
            words = CONFIDENCE_WORDS
            lines.append(_field("confidence", Message(words[a.confidence]), Message(words[b.confidence])))
        lines += _texts(
            "summary", Bilingual(a.summary_en, a.summary_zh), Bilingual(b.summary_en, b.summary_zh)
        )
        if lines:
            entries.append(Entry(_label(b), tuple(lines)))
    return _table("policies", entries)


def _source(source: SourceRef, raw: bool = False) -> Bilingual:
    """A source with its link; ``raw``: the Chinese as the pack gives it (empty if none), else as shown."""
    link = f" <{source.url}>" if source.url else ""
    zh = source.title_zh if raw else source.title_zh or source.title
    return Bilingual(f"{source.title}{link}", f"{zh}{link}" if zh else "")


def policy_sources(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for pid in _ordered(old, new):
        a, b = old.policies.get(pid), new.policies.get(pid)
        before = a.sources if a is not None else ()
        after = b.sources if b is not None else ()
        if before == after:
            continue
        # the same source (title and link) given in the other language is one source reworded
        same = {(s.title, s.url): s for s in before}
        kept = {(s.title, s.url) for s in after} & same.keys()
        lines: list[Detail] = [
            Message(SOURCE_REMOVED, title=_source(s)) for s in before if (s.title, s.url) not in kept
        ]
        for source in after:
            if (source.title, source.url) not in kept:
                lines.append(Message(SOURCE_ADDED, title=_source(source)))
            elif same[(source.title, source.url)] != source:
                lines += text_change(
                    "source", _source(same[(source.title, source.url)], raw=True), _source(source, raw=True)
                )
        entries.append(Entry(_label(b if b is not None else a), tuple(lines)))  # type: ignore[arg-type]
    return _table("policy_sources", entries)


def _amount(rule: BenefitRule) -> object:
    if rule.amount is None:
        return None
    unit = "yuan/kWh" if rule.kind in (BenefitKind.ELECTRICITY_PRICE, BenefitKind.SURCHARGE) else "yuan"
    return with_unit(rule.amount, unit)


def _share(value: float | None) -> object:
    return None if value is None else with_unit(value, "fraction")


def _rule_value(rule: BenefitRule, name: str) -> object:
    if name == "amount":
        return _amount(rule) if rule.published or rule.amount is not None else None
    if name in ("rate", "realisation"):
        return _share(getattr(rule, name))
    if name == "base":
        return _base(rule.base)
    if name in ("cap_per_year", "cap_total"):
        value = getattr(rule, name)
        return None if value is None else with_unit(value, "yuan")
    return getattr(rule, name)


def benefit_rules(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for pid in _ordered(old, new):
        a, b = old.policies.get(pid), new.policies.get(pid)
        policy = b if b is not None else a
        assert policy is not None
        before = {r.id: r for r in (a.rules if a is not None else ())}
        after = {r.id: r for r in (b.rules if b is not None else ())}
        for rid in [*after, *(r for r in before if r not in after)]:
            ra, rb = before.get(rid), after.get(rid)
            if ra == rb or (ra is not None and rb is not None and _same_rule(ra, rb)):
                continue
            shown = rb if rb is not None else ra
            assert shown is not None
            subject = Message(RULE_SUBJECT, rule=rid, kind=_kind(shown.kind), policy=_label(policy))
            if ra is None or rb is None:
                amount = plain(_amount(shown) or _share(shown.rate))
                detail = (
                    Message(RULE_ADDED, kind=_kind(shown.kind), amount=amount)
                    if rb is not None
                    else Message(RULE_REMOVED)
                )
                entries.append(Entry(subject, (detail,)))
                continue
            lines: list[Detail] = []
            if ra.kind != rb.kind:
                lines.append(_field("kind", _kind(ra.kind), _kind(rb.kind)))
            for name in _RULE_FIELDS:
                old_value, new_value = _rule_value(ra, name), _rule_value(rb, name)
                if old_value != new_value:
                    lines.append(_field(name, old_value, new_value))
            lines += _texts("note", Bilingual(ra.note_en, ra.note_zh), Bilingual(rb.note_en, rb.note_zh))
            if lines:
                entries.append(Entry(subject, tuple(lines)))
    return _table("benefit_rules", entries)


def _same_rule(a: BenefitRule, b: BenefitRule) -> bool:
    """Equal but for the conditions (those are policy_conditions.csv's)."""
    from dataclasses import replace

    return replace(a, conditions=b.conditions) == b


def _condition(condition: Condition) -> Bilingual:
    words = f"{condition.field.value} {condition.op.value} {condition.value}".strip()
    return Bilingual(condition.text_en or words, condition.text_zh or condition.text_en or words)


def policy_conditions(old: DataPack, new: DataPack) -> TableChanges | None:
    entries = []
    for pid in _ordered(old, new):
        a, b = old.policies.get(pid), new.policies.get(pid)
        policy = b if b is not None else a
        assert policy is not None
        scopes: list[tuple[object, tuple[Condition, ...], tuple[Condition, ...]]] = [
            (Message(WHOLE_POLICY, policy=_label(policy)),
             a.conditions if a is not None else (), b.conditions if b is not None else ()),
        ]  # fmt: skip
        rules_a = {r.id: r.conditions for r in (a.rules if a is not None else ())}
        rules_b = {r.id: r.conditions for r in (b.rules if b is not None else ())}
        for rid in [*rules_b, *(r for r in rules_a if r not in rules_b)]:
            if rid in rules_a and rid in rules_b:  # a rule added or removed whole is benefit_rules.csv's
                scopes.append((Message(RULE_OF, policy=_label(policy), rule=rid), rules_a[rid], rules_b[rid]))
        for subject, before, after in scopes:
            if before == after:
                continue
            lines: list[Detail] = [
                Message(CONDITION_REMOVED, text=_condition(c)) for c in before if c not in after
            ]
            lines += [Message(CONDITION_ADDED, text=_condition(c)) for c in after if c not in before]
            entries.append(Entry(subject, tuple(lines)))  # type: ignore[arg-type]
    return _table("policy_conditions", entries)
