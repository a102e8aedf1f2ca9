"""The investor pack's policies table: each policy of the case with its document number, where it
stands, its status and value in the case, why (the engine's words) and its sources."""

from __future__ import annotations

from explorer.domain.evaluation import PolicyStatus
from explorer.domain.policies import Validity
from explorer.reports.report_structure import Cell, Column, Table
from explorer.reports.report_words import ReportWords


def policies_table(w: ReportWords) -> Table:
    """The policies of the case, eligible first, each with its status, value, reason and sources."""
    rows = []
    order = {s: i for i, s in enumerate((
        PolicyStatus.ELIGIBLE, PolicyStatus.NOT_QUANTIFIED, PolicyStatus.UNKNOWN,
        PolicyStatus.NOT_ELIGIBLE, PolicyStatus.NOT_APPLICABLE, PolicyStatus.EXPIRED))}  # fmt: skip
    for result in sorted(w.ev.policies, key=lambda p: (order[p.status], -abs(p.total))):
        policy = w.pack.policies.get(result.policy_id)
        title = w.lang.pick(result.title_zh, result.title_en)
        issuer = w.lang.pick(policy.issuer_zh, policy.issuer_en) if policy else ""
        doc = policy.doc_number if policy else ""
        status = w.status_text(result.status)
        reason = w.style.text(result.reason)  # the engine's words, in the report's language
        confidence = w.confidence_text(policy.confidence) if policy else ""
        verified = (
            policy.last_verified.isoformat()
            if policy and policy.last_verified
            else w.lang.translate("Report", "not re-checked")
            if policy
            else ""
        )
        standing = w.standing_text(policy) if policy else ""
        in_force = policy is None or policy.validity is Validity.IN_FORCE
        shown = f"{title}\n{issuer}" if issuer else title
        shown = shown if in_force else f"{shown}\n({standing})"
        sources = (
            "; ".join(f"{s.title_in(w.lang.code)} {s.url}".strip() for s in policy.sources) if policy else ""
        )
        rows.append(
            (
                Cell(result.policy_id, result.policy_id),
                Cell(doc, doc or "—"),
                Cell(title, title),
                Cell(issuer, issuer),
                Cell(shown, shown),
                Cell(standing, standing),
                Cell(status, status),
                w.money_cell(result.total),
                w.money_cell(result.present_value),
                Cell(reason, reason),
                Cell(confidence, confidence),
                Cell(verified, verified),
                Cell(sources, sources),
            )
        )
    columns = (
        Column("id", w.lang.translate("Report", "Id"), weight=0.6),
        Column("doc", w.lang.translate("Report", "Document no."), weight=1.7),
        Column("title", w.lang.translate("Report", "Policy"), in_pdf=False),
        Column("issuer", w.lang.translate("Report", "Issued by"), in_pdf=False),
        Column("policy", w.lang.translate("Report", "Policy and issuer"), weight=3.0, in_xlsx=False),
        Column("standing", w.lang.translate("Report", "Policy status"), in_pdf=False),
        Column("status", w.lang.translate("Report", "Status"), weight=1.3),
        Column("total", w.lang.translate("Report", "Over the horizon"), "money", weight=1.2),
        Column("pv", w.lang.translate("Report", "Present value"), "money", weight=1.2),
        Column("reason", w.lang.translate("Report", "Why"), weight=2.4),
        Column("confidence", w.lang.translate("Report", "Confidence"), in_pdf=False),
        Column("verified", w.lang.translate("Report", "Last checked"), in_pdf=False),
        Column("sources", w.lang.translate("Report", "Sources"), in_pdf=False),
    )
    return Table(
        "policies",
        w.lang.translate("Report", "Policies counted in the case"),
        columns,
        tuple(rows),
        note=w.lang.translate(
            "Report",
            "Values are each policy's whole effect on the case, at the destination less at the origin: its incentives, its tax relief (the case's tax line) and, for a charge at the origin, the charge the move avoids (in the operating costs). The Incentives figure counts the incentives only. A policy counts only when every condition is met.",
        ),
        sheet=w.lang.translate("Report", "Policies"),
    )
