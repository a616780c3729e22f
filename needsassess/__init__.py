"""needsassess: offline field needs assessments (forms, store, reports, package sync)."""

__version__ = "0.1.0"
