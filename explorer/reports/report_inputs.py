"""The investor pack's inputs: the case, the inputs this scenario sets, the assumptions from the
data pack with their sources, and every input for the workbook's Model sheet."""

from __future__ import annotations

from explorer.reports.report_structure import Cell, Column, Table
from explorer.reports.report_words import ReportWords


def case_table(w: ReportWords) -> Table:
    """The case in words: the firm, the move, the sites compared, the workload, the horizon."""
    scenario = w.scenario
    text_rows: list[tuple[str, str]] = [
        (w.lang.translate("Report", "Firm"), w.firm_name() or "—"),
        (w.lang.translate("Report", "Moving from"), w.name(w.origin)),
        (w.lang.translate("Report", "Moving to"), w.name(w.dest)),
        (w.lang.translate("Report", "Sites compared"), w.join(w.name(s) for s in w.ev.sites)),
        (w.lang.translate("Report", "Workload"), w.workload_text()),
        (w.lang.translate("Report", "Move date"), scenario.finance.move_date.isoformat()),
        (w.lang.translate("Report", "Horizon"), w.lang.translate("Report", "{years} years").format(years=w.ev.horizon)),
        (w.lang.translate("Report", "Users in"), w.join(
            w.lang.pick(w.pack.user_regions[r].name_zh, w.pack.user_regions[r].name_en)
            if r in w.pack.user_regions else r for r in scenario.firm.user_regions) or "—"),
        (w.lang.translate("Report", "Policies counted"), w.join(c.policy_id for c in scenario.policies) or "—"),
    ]  # fmt: skip
    return Table(
        "settings",
        w.lang.translate("Report", "The case"),
        (
            Column("item", w.lang.translate("Report", "Item"), weight=1.2),
            Column("value", w.lang.translate("Report", "Value"), weight=4),
        ),
        tuple((Cell(label, label), Cell(value, value)) for label, value in text_rows),
        sheet=w.lang.translate("Report", "Inputs"),
    )


def inputs_table(w: ReportWords) -> Table:
    """The inputs this scenario sets itself (every other figure is the pack's: the assumptions)."""
    rows: list[tuple[Cell, ...]] = []
    for info in w.ev.inputs:
        if not info.overridden:
            continue
        source = info.provenance.source_in(w.lang.code) if info.provenance else ""
        if source == "scenario":
            source = w.lang.translate("Report", "set in this scenario")
        note = info.provenance.note_in(w.lang.code) if info.provenance else ""
        if note:
            source = f"{source}; {w.note_text(note)}"
        unit = w.unit_text(info.unit)
        rows.append(
            (
                Cell(
                    w.input_label(info.label),
                    w.input_label(info.label),
                ),
                w.value_cell(info.value, info.unit),
                Cell(unit, unit),
                Cell(w.range_text(info), w.range_text(info)),
                Cell(source, source),
            )
        )
    columns = (
        Column("input", w.lang.translate("Report", "Input"), weight=2.6),
        Column("value", w.lang.translate("Report", "Value"), "number", weight=1.3),
        Column("unit", w.lang.translate("Report", "Unit"), weight=1.2),
        Column("range", w.lang.translate("Report", "Range"), weight=1.5),
        Column("source", w.lang.translate("Report", "Source"), weight=3.4),
    )
    return Table(
        "inputs",
        w.lang.translate("Report", "Inputs of this scenario"),
        columns,
        tuple(rows),
        note=w.lang.translate(
            "Report", "Every figure not listed here comes from the data pack: see the assumptions."
        ),
        sheet=w.lang.translate("Report", "Inputs"),
    )


def assumptions_table(w: ReportWords) -> Table:
    rows = []
    for info in w.ev.inputs:
        if info.overridden or info.provenance is None:
            continue
        prov = info.provenance
        label = w.input_label(info.label)
        unit = w.unit_text(info.unit)
        confidence = w.confidence_text(prov.confidence)
        # the pack's texts in the report's language: source_zh / note_zh in Chinese where given
        source, note = prov.source_in(w.lang.code), w.note_text(prov.note_in(w.lang.code))
        source_text = f"{source} ({prov.as_of})" if prov.as_of else source
        rows.append(
            (
                Cell(label, label),
                w.value_cell(info.value, info.unit),
                Cell(unit, unit),
                w.value_cell(info.low, info.unit),
                w.value_cell(info.high, info.unit),
                Cell(w.range_text(info), w.range_text(info)),
                Cell(confidence, confidence),
                Cell(source, source),
                Cell(prov.as_of, prov.as_of),
                Cell(source_text, source_text),
                Cell(note, note),
                Cell(prov.url, prov.url),
            )
        )
    columns = (
        Column("input", w.lang.translate("Report", "Assumption"), weight=2.4),
        Column("value", w.lang.translate("Report", "Value"), "number", weight=1.1),
        Column("unit", w.lang.translate("Report", "Unit"), weight=1.2),
        Column("low", w.lang.translate("Report", "Low"), "number", in_pdf=False),
        Column("high", w.lang.translate("Report", "High"), "number", in_pdf=False),
        Column("range", w.lang.translate("Report", "Range"), weight=1.5, in_xlsx=False),
        Column("confidence", w.lang.translate("Report", "Confidence"), weight=1.1),
        Column("source", w.lang.translate("Report", "Source"), in_pdf=False),
        Column("as_of", w.lang.translate("Report", "As of"), in_pdf=False),
        Column("source_as_of", w.lang.translate("Report", "Source (as of)"), weight=4.2, in_xlsx=False),
        Column("note", w.lang.translate("Report", "Note"), in_pdf=False),
        Column("url", w.lang.translate("Report", "Link"), in_pdf=False),
    )
    return Table(
        "assumptions",
        w.lang.translate("Report", "Assumptions from the data pack, with their sources"),
        columns,
        tuple(rows),
        note=w.lang.translate(
            "Report",
            "Confidence: official = a government document; press = a press report; estimate = our own figure, reasoned in the note. The range is used by the risk analysis.",
        ),
        sheet=w.lang.translate("Report", "Assumptions"),
    )


def model_inputs_table(w: ReportWords) -> Table:
    """Every input with its unit and source; the workbook's Model sheet lists those it uses."""
    rows = []
    for info in w.ev.inputs:
        prov = info.provenance
        source = prov.source_in(w.lang.code) if prov else ""
        if source == "scenario":
            source = w.lang.translate("Report", "set in this scenario")
        note = prov.note_in(w.lang.code) if prov else ""
        if note:
            source = f"{source}; {w.note_text(note)}" if source else w.note_text(note)
        as_of = prov.as_of if prov else ""
        confidence = w.confidence_text(prov.confidence) if prov else ""
        label = w.input_label(info.label)
        unit = w.unit_text(info.unit)
        rows.append(
            (
                Cell(info.path, info.path),
                Cell(label, label),
                Cell(float(info.value), w.value_text(info.value, info.unit), "number"),
                Cell(unit, unit),
                Cell(source, source),
                Cell(as_of, as_of),
                Cell(confidence, confidence),
                Cell(info.unit, info.unit),
            )
        )
    columns = tuple(
        Column(key, key, "number" if key == "value" else "text", in_pdf=False)
        for key in ("path", "input", "value", "unit", "source", "as_of", "confidence", "unit_id")
    )
    return Table("model_inputs", "", columns, tuple(rows))
