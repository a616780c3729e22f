"""``needsassess quality``: the complete assessments that deserve a second look, with the reasons.

The flags are stored per revision and computed again over every complete assessment of the folder
when a revision has arrived since (docs/quality.md); ``--recompute`` computes and stores them now.
``--form`` and ``--site`` only choose which flagged assessments are printed.
"""

from __future__ import annotations

import argparse
import json
import sys

from needsassess import paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("quality", help="coordinator: flag doubtful assessments (too fast, copies, "
                                   "far from the site, outside the stated place, outliers, missing photos)")
    parser.add_argument("--form", metavar="ID", help="only assessments of this form")
    parser.add_argument("--site", metavar="S", help="only assessments of this site")
    parser.add_argument("--json", action="store_true", help="a JSON array instead of text")
    parser.add_argument("--lang", choices=("en", "ne", "uz"),
                        help="language of the reasons (default: the one remembered for the data folder)")
    parser.add_argument("--fast-ratio", type=float, metavar="R", help="too fast below R x the form's median "
                        "time per answer (default 0.25)")
    parser.add_argument("--iqr", type=float, metavar="K", help="outlier beyond K x the interquartile range "
                        "(default 3)")
    parser.add_argument("--gps-accuracy", type=float, metavar="M", help="GPS coarser than M metres (default 100)")
    parser.add_argument("--far-km", type=float, metavar="KM", help="farther than KM from the other assessments "
                        "of the site (default 20)")
    parser.add_argument("--border-km", type=float, metavar="KM", help="outside the stated country or region by "
                        "more than KM (default 5)")
    parser.add_argument("--recompute", action="store_true", help="compute the flags again now and store them "
                        "(they are otherwise read as stored, computed again after a revision arrives)")
    parser.set_defaults(func=run_quality)


def run_quality(args: argparse.Namespace) -> int:
    from needsassess.analysis.quality import Thresholds, store_flags
    from needsassess.cli import message_language
    from needsassess.store import open_store

    overrides = {name: value for name, value in (
        ("fast_ratio", args.fast_ratio), ("iqr_factor", args.iqr), ("gps_accuracy_m", args.gps_accuracy),
        ("far_km", args.far_km), ("border_km", args.border_km)) if value is not None}
    language = args.lang or message_language(args)
    with open_store(paths.data_dir(args.data_dir)) as store:
        # Stale flags computed here are stored too (when the folder can be written), so the next
        # reader finds them current; --recompute computes even current ones.
        records, flags = store_flags(store, Thresholds(**overrides), recompute=args.recompute,
                                     save=store.write_refusal is None)
    site = args.site.casefold() if args.site else None
    shown = [r for r in records if flags[r.uuid] and (args.form is None or r.form_id == args.form)
             and (site is None or r.site.casefold() == site)]
    shown.sort(key=lambda r: (-len(flags[r.uuid]), r.form_id, r.site, r.uuid))
    if args.json:
        json.dump([{"uuid": r.uuid, "form_id": r.form_id, "title": r.title, "site": r.site, "officer": r.officer,
                    "flags": [f.to_json(language) for f in flags[r.uuid]]} for r in shown],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in shown:
        print(f"{r.uuid}  {r.form_id:<18} {r.officer}  {r.title}")
        for flag in flags[r.uuid]:
            print(f"    [{flag.code}] {flag.text(language)}")
    print(f"{len(shown)} of {len(records)} complete assessments flagged.")
    return 0
