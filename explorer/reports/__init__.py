"""Exports: the investor pack (PDF), the Excel workbook, CSV of the annual table and PNG charts.

The report's content is built once from plain data (``report_model.build_report``)
and rendered by each writer; see docs/exports.md.
"""
