"""How small every window and dialog can get, per interface language and screen.

Each screen setting runs in a fresh process on an offscreen screen of that size (Qt's offscreen
platform with a configuration file), with ``QT_SCALE_FACTOR`` for 125 % scaling; the figures are
logical pixels, compared with the screen's available logical size. Opened size is what the window or
dialog asks for when it first appears.

    .venv/bin/python bench/bench_fit.py [--screens 1024x600,1280x720@1.25] [--languages en,ne,uz] [--shots DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from needsassess.ui.appearance import apply_look
from needsassess.ui.fitting import install_screen_fit
from needsassess.ui.i18n import LanguageSwitcher
from tests.ui.screens import SCREENS, build_scene, measure
app = QApplication(sys.argv[:1])
apply_look(app)
install_screen_fit(app)
switcher = LanguageSwitcher(app)
screen = app.primaryScreen().availableGeometry()
rows = []
with tempfile.TemporaryDirectory() as tmp:
    scene = build_scene(Path(tmp))
    for language in sys.argv[1].split(","):
        switcher.switch(language)
        scene.set_language(language)
        for name, build in SCREENS.items():
            widget = build(scene, switcher)
            widget.show()
            app.processEvents()
            opened = widget.size()
            if sys.argv[2]:
                widget.grab().save(str(Path(sys.argv[2]) / f"{name}-{language}.png"))
            low = measure(widget)
            rows.append({"screen": name, "language": language, "min": [low.width(), low.height()],
                         "opened": [opened.width(), opened.height()]})
            widget.close()
            widget.deleteLater()
            app.processEvents()
    scene.close()
print(json.dumps({"available": [screen.width(), screen.height()], "rows": rows}))
"""


def run(size: str, languages: str, shots: str = "") -> dict:
    geometry, _, scale = size.partition("@")
    width, height = (int(v) for v in geometry.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
        if scale:
            env["QT_SCALE_FACTOR"] = scale
        out = subprocess.run([sys.executable, "-c", CHILD, languages, shots], env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screens", default="1024x600,1280x720@1.25")
    parser.add_argument("--languages", default="en,ne,uz")
    parser.add_argument("--shots", default="", help="a folder: save a picture of each, as first opened")
    args = parser.parse_args()
    for size in args.screens.split(","):
        data = run(size, args.languages, str(Path(args.shots).resolve()) if args.shots else "")
        aw, ah = data["available"]
        print(f"\nscreen {size}: available {aw}x{ah} logical px")
        print(f"{'window or dialog':<18} {'lang':<4} {'minimum':>10} {'opened':>10}")
        for row in data["rows"]:
            mw, mh = row["min"]
            ow, oh = row["opened"]
            flag = "  TOO BIG" if mw > aw or mh > ah or ow > aw or oh > ah else ""
            print(f"{row['screen']:<18} {row['language']:<4} {mw:>5}x{mh:<4} {ow:>5}x{oh:<4}{flag}")


if __name__ == "__main__":
    main()
