"""XLSForm interchange: import the spreadsheets ODK, KoboToolbox and SurveyCTO teams already have,
and export our forms for them. See docs/xlsform.md."""

from needsassess.xlsform.exporter import export_xlsform
from needsassess.xlsform.importer import ImportResult, import_xlsform
from needsassess.xlsform.report import ImportReport, XLSFormError

__all__ = ["ImportReport", "ImportResult", "XLSFormError", "export_xlsform", "import_xlsform"]
