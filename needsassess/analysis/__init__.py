"""Tables for analysts: complete assessments as CSV files or an XLSX workbook (``analysis.tables``).

Reads through the store's API only; no Qt, no SQL.
"""
