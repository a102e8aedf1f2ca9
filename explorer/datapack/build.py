"""Cross-table rules, then the domain objects: typed rows in, a DataPack out.
One module because it is one builder walking the typed rows once: the cross-table rules and the
objects built from them read the same rows in the same order, and nothing is built unless every rule
held; apart, a rule could be checked in one file and assumed in another.

A pack is built only when no problem at all was logged: the caller raises
DataPackError otherwise, so the app never runs on half a pack.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from explorer.datapack.package_tables import package_ceilings, region_assumptions
from explorer.datapack.problems import ProblemLog
from explorer.datapack.schema import (
    LATENCY_UNIT,
    OPTIONAL_SITE_PARAMS,
    REQUIRED_TEMPLATE_PARAMS,
    RULE_SITES,
    SECTORS,
    SITE_PARAM_BOUNDS,
    TABLES,
    TEMPLATE_PARAM_BOUNDS,
    TEMPLATE_PARAM_UNITS,
    TemplateParam,
)
from explorer.datapack.validate import Row, partial_date_start
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.pack import DataPack, HubFact, Manifest, UserRegion, WorkloadTemplate
from explorer.domain.parameters import (
    SITE_PARAM_UNITS,
    Confidence,
    Parameter,
    Provenance,
    Site,
    SiteParam,
    SiteRole,
)
from explorer.domain.policies import (
    BenefitKind,
    BenefitRule,
    Condition,
    ConditionOp,
    FirmField,
    Policy,
    PolicyCategory,
    PolicyLevel,
    SourceRef,
    Validity,
)

# Ids other parts of the app rely on: a pack may add rows, never drop these.
CONTRACT_SITES = ("guangdong", "sichuan", "beijing", "guian", "shaoguan", "horinger", "zhongwei", "qingyang")
CONTRACT_REGIONS = ("gba", "yrd", "bth", "chengyu")
CONTRACT_TEMPLATES = ("ai_training", "ai_inference", "render_farm", "storage_backup")

_NUMERIC_FIELDS = {
    FirmField.FIXED_ASSET_INVESTMENT,
    FirmField.IT_LOAD_KW,
    FirmField.DOMESTIC_CHIP_SHARE,
    FirmField.ENCOURAGED_INDUSTRY_SHARE,
    FirmField.SITE_PUE,
}
_BOOL_FIELDS = {
    FirmField.HIGH_TECH,
    FirmField.REGISTERED_IN_GUIAN,
    FirmField.BENCHMARK_PROJECT,
    FirmField.APPROVED_UPGRADE,
    FirmField.LARGE_ENTERPRISE,
}
_FRACTION_FIELDS = {FirmField.DOMESTIC_CHIP_SHARE, FirmField.ENCOURAGED_INDUSTRY_SHARE}

_UNKNOWN_SITE_ID = QT_TRANSLATE_NOOP("DataPack", "unknown site id")


class PackBuilder:
    """Holds the typed tables of one pack and turns them into domain objects."""

    def __init__(
        self,
        tables: dict[str, list[Row]],
        files: dict[str, str],
        log: ProblemLog,
        incomplete: set[str] = frozenset(),
    ) -> None:
        self.tables = tables
        self.incomplete = incomplete  # tables with unreadable rows: "X is missing" would only be noise
        self.files = files  # table -> label used in messages
        self.log = log

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])

    def whole(self, table: str) -> bool:
        """True when every row of ``table`` was read, so absences in it are real."""
        return table in self.tables and table not in self.incomplete

    def problem(
        self, table: str, row: Row | None, column: str | None, rule: str, value: object = "", **params: object
    ) -> None:
        """Log that ``row`` (or the table) breaks ``rule``, a marked template filled with ``params``."""
        self.log.add(
            self.files.get(table, TABLES[table].file),
            row.number if row else None,
            column,
            rule,
            value,
            **params,
        )
        if row is not None:
            row.ok = False

    # ------------------------------------------------------------------ whole pack

    def build(self, manifest: dict[str, object] | None) -> DataPack | None:
        self._check_refs()
        sites = self._sites()
        regions = self._regions()
        latency = self._latency(sites, regions)
        templates = self._templates()
        as_of = manifest.get("as_of") if isinstance(manifest, dict) else None
        policies = self._policies(sites, as_of if isinstance(as_of, dt.date) else None)
        facts = self._hub_facts()
        ceilings, assumptions = package_ceilings(self), region_assumptions(self)
        if self.log or manifest is None:
            return None
        return DataPack(
            manifest=Manifest(
                version=str(manifest["version"]),
                as_of=manifest["as_of"],  # type: ignore[arg-type]
                title_zh=str(manifest["title_zh"]),
                title_en=str(manifest["title_en"]),
            ),
            sites=sites,
            user_regions=regions,
            latency_ms=latency,
            templates=templates,
            policies=policies,
            hub_facts=facts,
            package_ceilings=ceilings,
            region_assumptions=assumptions,
        )

    def _check_refs(self) -> None:
        for table, spec in TABLES.items():
            for column, target in spec.refs.items():
                target_table, target_column = target.split(".")
                if not self.whole(target_table):
                    continue  # the missing table is reported already; don't flag every reference to it
                known = {r.values[target_column] for r in self.rows(target_table)}
                for row in self.rows(table):
                    value = row.values.get(column)
                    if value is not None and value not in known:
                        self.problem(
                            table,
                            row,
                            column,
                            QT_TRANSLATE_NOOP("DataPack", "unknown {target_column}: not in {target_table}"),
                            value,
                            target_column=target_column,
                            target_table=target_table,
                        )

    def _require_ids(self, table: str, column: str, ids: tuple[str, ...]) -> None:
        if not self.whole(table):
            return
        present = {r.values.get(column) for r in self.rows(table)}
        for wanted in ids:
            if wanted not in present:
                self.problem(
                    table,
                    None,
                    column,
                    QT_TRANSLATE_NOOP("DataPack", "required {key} '{id}' is missing"),
                    wanted,
                    key=column,
                    id=wanted,
                )

    # ------------------------------------------------------------------ sourced numbers

    def _provenance(self, table: str, row: Row) -> Provenance:
        values = row.values
        if values["confidence"] == Confidence.ESTIMATE and not values["note"]:
            self.problem(
                table,
                row,
                "note",
                QT_TRANSLATE_NOOP("DataPack", "an estimate must explain its reasoning in the note"),
            )
        return Provenance(
            source=str(values["source"] or ""),
            as_of=str(values["as_of"] or ""),
            confidence=Confidence(values["confidence"]) if values["confidence"] else Confidence.ESTIMATE,
            note=str(values["note"] or ""),
            url=str(values["url"] or ""),
            source_zh=str(values.get("source_zh") or ""),
            note_zh=str(values.get("note_zh") or ""),
        )  # maintainer_note stays in the files: the app never shows it

    def _parameter(
        self, table: str, row: Row, key: str, unit: str, bounds: tuple[float, float] | None
    ) -> Parameter | None:
        values = row.values
        provenance = self._provenance(table, row)
        if values["unit"] is not None and values["unit"] != unit:
            self.problem(
                table,
                row,
                "unit",
                QT_TRANSLATE_NOOP("DataPack", "unit must be '{unit}' for {param}"),
                values["unit"],
                unit=unit,
                param=key,
            )
        numbers = {name: values[name] for name in ("value", "low", "high")}
        if bounds is not None:
            lo, hi = bounds
            for name, number in numbers.items():
                if isinstance(number, float) and not lo <= number <= hi:
                    rule = Message(
                        QT_TRANSLATE_NOOP("DataPack", "{param} must be between {low:g} and {high:g}"),
                        param=key,
                        low=lo,
                        high=hi,
                    )
                    if number < 0 <= lo:
                        rule = Message(
                            QT_TRANSLATE_NOOP("DataPack", "{param} must not be negative"), param=key
                        )
                    if key == SiteParam.PUE:
                        rule = Message(
                            QT_TRANSLATE_NOOP(
                                "DataPack", "PUE must be between 1 and 3 (PUE below 1 is impossible)"
                            )
                        )
                    self.problem(table, row, name, rule, f"{number:g}")
        if all(isinstance(n, float) for n in numbers.values()):
            low, value, high = numbers["low"], numbers["value"], numbers["high"]
            if not low <= value <= high:  # type: ignore[operator]
                self.problem(
                    table,
                    row,
                    "value",
                    QT_TRANSLATE_NOOP(
                        "DataPack",
                        "expected low <= value <= high, got {low:g} <= {central:g} <= {high:g}; "
                        "adjust low or high to include the value",
                    ),
                    f"{value:g}",
                    low=low,
                    central=value,
                    high=high,
                )
        if not row.ok:
            return None
        return Parameter(key, numbers["value"], numbers["low"], numbers["high"], unit, provenance)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ sites

    def _sites(self) -> dict[str, Site]:
        if "sites" not in self.tables:
            return {}
        self._require_ids("sites", "site_id", CONTRACT_SITES)
        roles = {r.values.get("role") for r in self.rows("sites")}
        for role in (SiteRole.ORIGIN, SiteRole.DESTINATION):
            if role.value not in roles and self.whole("sites") and all(r.ok for r in self.rows("sites")):
                self.problem(
                    "sites",
                    None,
                    "role",
                    QT_TRANSLATE_NOOP("DataPack", "the pack needs at least one {role} site"),
                    role=role.value,
                )
        params: dict[str, dict[SiteParam, Parameter]] = defaultdict(dict)
        for row in self.rows("site_parameters"):
            key = row.values.get("param")
            if key is None:
                continue
            param = SiteParam(key)
            parameter = self._parameter(
                "site_parameters", row, param.value, SITE_PARAM_UNITS[param], SITE_PARAM_BOUNDS[param]
            )
            if parameter is not None and row.values["site_id"] is not None:
                params[str(row.values["site_id"])][param] = parameter
        sites: dict[str, Site] = {}
        present = {(r.values.get("site_id"), r.values.get("param")) for r in self.rows("site_parameters")}
        for row in self.rows("sites"):
            v = row.values
            site_id = v["site_id"]
            if site_id is None:
                continue
            for param in SiteParam:
                if param in OPTIONAL_SITE_PARAMS:
                    continue
                if self.whole("site_parameters") and (site_id, param.value) not in present:
                    self.problem(
                        "site_parameters",
                        None,
                        "param",
                        QT_TRANSLATE_NOOP("DataPack", "site '{site}' has no row for parameter '{param}'"),
                        param.value,
                        site=site_id,
                        param=param.value,
                    )
            if row.ok and v["role"] is not None:
                sites[str(site_id)] = Site(
                    id=str(site_id),
                    name_zh=str(v["name_zh"]),
                    name_en=str(v["name_en"]),
                    role=SiteRole(v["role"]),
                    params=dict(params.get(str(site_id), {})),
                    hub_cluster_zh=str(v["hub_cluster_zh"] or ""),
                    hub_cluster_en=str(v["hub_cluster_en"] or ""),
                )
        return sites

    def _regions(self) -> dict[str, UserRegion]:
        if "user_regions" not in self.tables:
            return {}
        self._require_ids("user_regions", "region_id", CONTRACT_REGIONS)
        return {
            str(r.values["region_id"]): UserRegion(
                str(r.values["region_id"]), str(r.values["name_zh"]), str(r.values["name_en"])
            )
            for r in self.rows("user_regions")
            if r.ok
        }

    def _latency(
        self, sites: dict[str, Site], regions: dict[str, UserRegion]
    ) -> dict[tuple[str, str], Parameter]:
        if "latency" not in self.tables:
            return {}
        result: dict[tuple[str, str], Parameter] = {}
        for row in self.rows("latency"):
            site_id, region_id = row.values.get("site_id"), row.values.get("region_id")
            parameter = self._parameter("latency", row, f"latency.{site_id}.{region_id}", LATENCY_UNIT, None)
            if parameter is not None:
                result[(str(site_id), str(region_id))] = parameter
        present = {(r.values.get("site_id"), r.values.get("region_id")) for r in self.rows("latency")}
        for site_row in self.rows("sites"):
            for region_row in self.rows("user_regions"):
                pair = (site_row.values.get("site_id"), region_row.values.get("region_id"))
                if None not in pair and pair not in present and self.whole("latency"):
                    self.problem(
                        "latency",
                        None,
                        "region_id",
                        QT_TRANSLATE_NOOP(
                            "DataPack", "no latency row for site '{site}' and region '{region}'"
                        ),
                        pair[1],
                        site=pair[0],
                        region=pair[1],
                    )
        return result

    # ------------------------------------------------------------------ workload templates

    def _templates(self) -> dict[str, WorkloadTemplate]:
        if "workload_templates" not in self.tables:
            return {}
        self._require_ids("workload_templates", "template_id", CONTRACT_TEMPLATES)
        params: dict[str, dict[str, Parameter]] = defaultdict(dict)
        for row in self.rows("template_parameters"):
            key = row.values.get("param")
            if key is None:
                continue
            param = TemplateParam(key)
            parameter = self._parameter(
                "template_parameters",
                row,
                param.value,
                TEMPLATE_PARAM_UNITS[param],
                TEMPLATE_PARAM_BOUNDS[param],
            )
            if parameter is not None and row.values["template_id"] is not None:
                params[str(row.values["template_id"])][param.value] = parameter
        templates: dict[str, WorkloadTemplate] = {}
        present = {
            (r.values.get("template_id"), r.values.get("param")) for r in self.rows("template_parameters")
        }
        for row in self.rows("workload_templates"):
            template_id = row.values["template_id"]
            if template_id is None:
                continue
            needed = list(REQUIRED_TEMPLATE_PARAMS)
            accelerators = params.get(str(template_id), {}).get(TemplateParam.ACCELERATORS.value)
            if accelerators is not None and accelerators.value == 0:
                needed.append(TemplateParam.IT_LOAD_KW)
            for param in needed:
                if self.whole("template_parameters") and (template_id, param.value) not in present:
                    self.problem(
                        "template_parameters",
                        None,
                        "param",
                        QT_TRANSLATE_NOOP(
                            "DataPack", "template '{template}' has no row for parameter '{param}'"
                        ),
                        param.value,
                        template=template_id,
                        param=param.value,
                    )
            if row.ok:
                templates[str(template_id)] = WorkloadTemplate(
                    str(template_id),
                    str(row.values["name_zh"]),
                    str(row.values["name_en"]),
                    dict(params.get(str(template_id), {})),
                )
        return templates

    # ------------------------------------------------------------------ policies

    def _policies(self, sites: dict[str, Site], as_of: dt.date | None = None) -> dict[str, Policy]:
        if "policies" not in self.tables:
            return {}
        # None: the sites table is damaged, so site references cannot be judged
        site_ids = {r.values.get("site_id") for r in self.rows("sites")} if self.whole("sites") else None
        sources: dict[str, list[SourceRef]] = defaultdict(list)
        for row in self.rows("policy_sources"):
            if row.ok:
                sources[str(row.values["policy_id"])].append(
                    SourceRef(
                        str(row.values["title"]),
                        str(row.values["url"] or ""),
                        title_zh=str(row.values.get("title_zh") or ""),
                    )
                )
        rule_policy = {r.values.get("rule_id"): r.values.get("policy_id") for r in self.rows("benefit_rules")}
        policy_conditions: dict[str, list[Condition]] = defaultdict(list)
        rule_conditions: dict[str, list[Condition]] = defaultdict(list)
        for row in self.rows("policy_conditions"):
            condition = self._condition(row, site_ids)
            rule_id = row.values.get("rule_id")
            if rule_id is not None and rule_policy.get(rule_id) not in (None, row.values.get("policy_id")):
                self.problem(
                    "policy_conditions",
                    row,
                    "rule_id",
                    QT_TRANSLATE_NOOP("DataPack", "rule belongs to policy '{owner}', not '{policy}'"),
                    rule_id,
                    owner=rule_policy[rule_id],
                    policy=row.values["policy_id"],
                )
                continue
            if condition is None:
                continue
            if rule_id is None:
                policy_conditions[str(row.values["policy_id"])].append(condition)
            else:
                rule_conditions[str(rule_id)].append(condition)
        rules: dict[str, list[BenefitRule]] = defaultdict(list)
        for row in self.rows("benefit_rules"):
            rule = self._rule(row, site_ids, tuple(rule_conditions.get(str(row.values.get("rule_id")), ())))
            if rule is not None:
                rules[rule.policy_id].append(rule)
        policies: dict[str, Policy] = {}
        for row in self.rows("policies"):
            policy = self._policy(row, site_ids, sources, policy_conditions, rules, as_of)
            if policy is not None:
                policies[policy.id] = policy
        return policies

    def _policy(
        self,
        row: Row,
        site_ids: set[object] | None,
        sources: dict[str, list[SourceRef]],
        conditions: dict[str, list[Condition]],
        rules: dict[str, list[BenefitRule]],
        as_of: dt.date | None = None,
    ) -> Policy | None:
        v = row.values
        policy_id = v["policy_id"]
        if policy_id is None:
            return None
        for origin in v["target_origins"] or ():
            if site_ids is not None and origin not in site_ids:
                self.problem("policies", row, "target_origins", _UNKNOWN_SITE_ID, origin)
        issued = partial_date_start(str(v["issued"])) if v["issued"] else None
        effective, expiry = v["effective"], v["expiry"]
        if isinstance(effective, dt.date) and isinstance(expiry, dt.date) and expiry < effective:
            self.problem(
                "policies",
                row,
                "expiry",
                QT_TRANSLATE_NOOP("DataPack", "expiry is before the effective date {date}"),
                expiry.isoformat(),
                date=effective,
            )
        if issued and isinstance(expiry, dt.date) and expiry < issued:
            self.problem(
                "policies",
                row,
                "expiry",
                QT_TRANSLATE_NOOP("DataPack", "expiry is before the issue date {date}"),
                expiry.isoformat(),
                date=v["issued"],
            )
        validity = self._validity(row, expiry if isinstance(expiry, dt.date) else None, as_of)
        if self.whole("policy_sources") and not sources.get(str(policy_id)):
            self.problem(
                "policy_sources",
                None,
                "policy_id",
                QT_TRANSLATE_NOOP("DataPack", "policy '{policy}' has no source row"),
                policy_id,
                policy=policy_id,
            )
        if not row.ok:
            return None
        return Policy(
            id=str(policy_id),
            title_zh=str(v["title_zh"]),
            title_en=str(v["title_en"]),
            issuer_zh=str(v["issuer_zh"]),
            issuer_en=str(v["issuer_en"]),
            level=PolicyLevel(v["level"]),
            category=PolicyCategory(v["category"]),
            summary_zh=str(v["summary_zh"]),
            summary_en=str(v["summary_en"]),
            confidence=Confidence(v["confidence"]),
            last_verified=v["last_verified"] or None,  # type: ignore[arg-type]
            doc_number=str(v["doc_number"] or ""),
            issued=issued,
            effective=effective,
            expiry=expiry,  # type: ignore[arg-type]
            target_origins=tuple(v["target_origins"] or ()),  # type: ignore[arg-type]
            sources=tuple(sources.get(str(policy_id), ())),
            conditions=tuple(conditions.get(str(policy_id), ())),
            rules=tuple(rules.get(str(policy_id), ())),
            issued_label=str(v["issued"] or ""),
            validity=validity,
            superseded_by=str(v.get("superseded_by") or ""),
            verified_against=str(v.get("verified_against") or ""),
        )

    def _validity(self, row: Row, expiry: dt.date | None, as_of: dt.date | None) -> Validity:
        """The policy's status on the pack's date: as stated, checked against its expiry and successor;
        when not stated (a pack made before the column), expired if the expiry is past, else in force."""
        v = row.values
        stated = Validity(v["status"]) if v.get("status") else None
        successor = v.get("superseded_by")
        past = expiry is not None and as_of is not None and expiry < as_of
        if stated is None:
            stated = Validity.EXPIRED if past else Validity.IN_FORCE
        if successor is not None and stated is not Validity.SUPERSEDED:
            self.problem(
                "policies",
                row,
                "superseded_by",
                QT_TRANSLATE_NOOP("DataPack", "a successor is named only when the status is superseded"),
                successor,
            )
        if successor is not None and successor == v["policy_id"]:
            self.problem(
                "policies",
                row,
                "superseded_by",
                QT_TRANSLATE_NOOP("DataPack", "a policy cannot supersede itself"),
                successor,
            )
        if past and row.ok and stated not in (Validity.EXPIRED, Validity.SUPERSEDED):
            self.problem(
                "policies",
                row,
                "status",
                QT_TRANSLATE_NOOP(
                    "DataPack",
                    "the policy expired on {date}, before the pack's date: status expired or superseded",
                ),
                stated.value,
                date=expiry,
            )
        if stated is Validity.EXPIRED and as_of is not None and not past:
            self.problem(
                "policies",
                row,
                "status",
                QT_TRANSLATE_NOOP("DataPack", "status expired needs an expiry date before the pack's date"),
                stated.value,
            )
        return stated

    def _rule(
        self, row: Row, site_ids: set[object] | None, conditions: tuple[Condition, ...]
    ) -> BenefitRule | None:
        v = row.values
        cells_ok = row.ok  # cross-field rules only judge rows whose cells all converted
        site = str(v["site"] or "")
        if site and site not in RULE_SITES and site_ids is not None:
            for part in site.split("|"):
                if part.strip() not in site_ids:
                    self.problem(
                        "benefit_rules",
                        row,
                        "site",
                        QT_TRANSLATE_NOOP(
                            "DataPack", "must be destination, origin, any, or known site ids separated by '|'"
                        ),
                        site,
                    )
                    break
        kind = BenefitKind(v["kind"]) if v["kind"] else None
        has_number = v["rate"] is not None or v["amount"] is not None
        if cells_ok and v["published"] is True and not has_number:
            self.problem(
                "benefit_rules",
                row,
                "rate",
                QT_TRANSLATE_NOOP(
                    "DataPack", "a published rule needs a rate or an amount (or set published to false)"
                ),
            )
        if cells_ok and v["published"] is False and has_number:
            self.problem(
                "benefit_rules",
                row,
                "published",
                QT_TRANSLATE_NOOP(
                    "DataPack",
                    "published is false but a rate or amount is given; "
                    "unpublished amounts stay 'not published'",
                ),
                "false",
            )
        if kind is BenefitKind.TAX_RATE and v["amount"] is not None:
            self.problem(
                "benefit_rules",
                row,
                "amount",
                QT_TRANSLATE_NOOP("DataPack", "a tax_rate rule gives the preferential rate in 'rate'"),
                v["amount"],
            )
        if v["base"] == "energy_over_pue_limit" and v["threshold"] is None:
            self.problem(
                "benefit_rules",
                row,
                "threshold",
                QT_TRANSLATE_NOOP("DataPack", "base energy_over_pue_limit needs the PUE limit here"),
            )
        if not row.ok or kind is None:
            return None
        return BenefitRule(
            id=str(v["rule_id"]),
            policy_id=str(v["policy_id"]),
            kind=kind,
            base=str(v["base"]),
            rate=v["rate"],
            amount=v["amount"],  # type: ignore[arg-type]
            cap_per_year=v["cap_per_year"],
            cap_total=v["cap_total"],  # type: ignore[arg-type]
            start_year=int(v["start_year"]),
            years=v["years"],  # type: ignore[arg-type]
            payout_lag=int(v["payout_lag"]),
            realisation=float(v["realisation"]),  # type: ignore[arg-type]
            stacking_group=str(v["stacking_group"] or ""),
            site=site,
            published=bool(v["published"]),
            note_zh=str(v["note_zh"] or ""),
            note_en=str(v["note_en"] or ""),
            threshold=v["threshold"],
            conditions=conditions,  # type: ignore[arg-type]
        )

    def _condition(self, row: Row, site_ids: set[object] | None) -> Condition | None:
        v = row.values
        if v["field"] is None or v["op"] is None:
            return None
        field, op, value = FirmField(v["field"]), ConditionOp(v["op"]), str(v["value"] or "")
        rule = self._condition_rule(field, op, value, site_ids)
        if rule is not None:
            self.problem(
                "policy_conditions",
                row,
                "value"
                if op not in (ConditionOp.IS_TRUE, ConditionOp.IS_FALSE) or field not in _BOOL_FIELDS
                else "op",
                rule,
                value or op.value,
            )
            return None
        if not row.ok:
            return None
        return Condition(field, op, value, str(v["text_zh"]), str(v["text_en"]))

    @staticmethod
    def _condition_rule(
        field: FirmField, op: ConditionOp, value: str, site_ids: set[object] | None
    ) -> Message | None:
        """The rule a condition breaks, or None."""
        if field in _BOOL_FIELDS:
            if op in (ConditionOp.IS_TRUE, ConditionOp.IS_FALSE):
                return None
            return Message(
                QT_TRANSLATE_NOOP("DataPack", "{field} takes is_true or is_false"), field=field.value
            )
        if op in (ConditionOp.IS_TRUE, ConditionOp.IS_FALSE):
            return Message(
                QT_TRANSLATE_NOOP("DataPack", "is_true/is_false only apply to {fields}"),
                fields=", ".join(sorted(f.value for f in _BOOL_FIELDS)),
            )
        if field in _NUMERIC_FIELDS:
            if op is ConditionOp.IN:
                return Message(
                    QT_TRANSLATE_NOOP("DataPack", "{field} compares with >=, <= or =="), field=field.value
                )
            try:
                number = float(value)
            except ValueError:
                return Message(QT_TRANSLATE_NOOP("DataPack", "{field} needs a number"), field=field.value)
            if field in _FRACTION_FIELDS and not 0 <= number <= 1:
                return Message(
                    QT_TRANSLATE_NOOP("DataPack", "{field} is a fraction between 0 and 1"), field=field.value
                )
            return None
        if field is FirmField.SECTOR:
            unknown = [s for s in value.split("|") if s.strip() not in SECTORS]
            if unknown or not value:
                return Message(
                    QT_TRANSLATE_NOOP("DataPack", "unknown sector; use: {sectors}"),
                    sectors=", ".join(SECTORS),
                )
            return None
        if field is FirmField.ORIGIN_REGION:
            if site_ids is None:
                return None
            unknown = [s for s in value.split("|") if s.strip() not in site_ids]
            return Message(_UNKNOWN_SITE_ID) if unknown or not value else None
        if field is FirmField.MOVE_DATE:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return Message(
                    QT_TRANSLATE_NOOP("DataPack", "{field} needs a date written YYYY-MM-DD"),
                    field=field.value,
                )
        return None

    # ------------------------------------------------------------------ hub facts

    def _hub_facts(self) -> tuple[HubFact, ...]:
        facts: list[HubFact] = []
        for row in self.rows("hub_facts"):
            provenance = self._provenance("hub_facts", row)
            v = row.values
            self._check_latency_claim(row)
            if not row.ok:
                continue
            facts.append(
                HubFact(
                    id=str(v["fact_id"]),
                    label_zh=str(v["label_zh"]),
                    label_en=str(v["label_en"]),
                    value=v["value"],
                    unit=str(v["unit"] or ""),  # type: ignore[arg-type]
                    text_zh=str(v["text_zh"]),
                    text_en=str(v["text_en"]),
                    provenance=provenance,
                    from_article=bool(v["from_article"]),
                    latency_site_id=_optional_id(v.get("latency_site_id")),
                    latency_region_id=_optional_id(v.get("latency_region_id")),
                )
            )
        return tuple(facts)

    def _check_latency_claim(self, row: Row) -> None:
        """A claim for a site and user region pair names both and gives a figure in ms."""
        v = row.values
        if v.get("latency_region_id") is None:
            return
        if v.get("latency_site_id") is None:
            self.problem(
                "hub_facts",
                row,
                "latency_site_id",
                QT_TRANSLATE_NOOP("DataPack", "a latency claim for a user region must name its site"),
            )
        if v.get("value") is None or v.get("unit") != LATENCY_UNIT:
            self.problem(
                "hub_facts",
                row,
                "unit",
                QT_TRANSLATE_NOOP(
                    "DataPack", "a latency claim for a user region needs a value and the unit '{unit}'"
                ),
                v.get("unit") or "",
                unit=LATENCY_UNIT,
            )


def _optional_id(value: object) -> str | None:
    return None if value is None else str(value)
