"""The form engine: declarative forms → typed model → a checked, computed answer session. No Qt."""
