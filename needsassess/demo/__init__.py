"""Demo data: realistic assessments for every shipped form, for trying the app and for screenshots."""

from needsassess.demo.loader import load_demo, make_png

__all__ = ["load_demo", "make_png"]
