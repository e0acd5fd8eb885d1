#!/usr/bin/env python3
"""Reads the scorer outputs scripts/eval.sh leaves in its working folder and prints one table.

Usage: eval-table.py WORK --floors "KEY VALUE ..." [--seconds N] [--json FILE]

Exits 1 when a figure that was measured is below its floor (and says which), 0 otherwise.
"""
import argparse
import json
import re
import sys
from pathlib import Path

# (key, what, the set whose scorer output holds it). Order is the table's.
ROWS = [
    ("ner.people", "people F1, prose documents (`ner_score.py`)", "ner"),
    ("ner.orgs", "organizations F1, prose", "ner"),
    ("ner.places", "places F1, prose", "ner"),
    ("quotes.quotes", "quotes F1 (`quotes_score.py`)", "quotes"),
    ("quotes.speakers", "quote + speaker F1, named speakers", "quotes"),
    ("quotes.titles", "headlines of the quotes set, exact (`scripts/title-score.py`)", "titles"),
    ("web_html.f", "web pages, HTML: snippet F (`web_score.py`)", "web-html"),
    ("web_text.f", "web pages, plain text: snippet F", "web-text"),
    ("html.f1", "Zyte benchmark HTML F1 (`score_html.py`)", "html"),
    ("figures.f1", "figures, value + unit F1 (`figures_score.py`)", "figures"),
    ("dates.f1", "dates F1, relative included (`dates_score.py`)", "dates"),
]
SEED_FIELDS = [
    ("people", "people"), ("organizations", "organizations"), ("places", "places"), ("quotes", "quotes"),
    ("quote_speakers", "quote speakers"), ("figures", "figures"), ("dates", "dates"), ("title", "title"),
    ("authors", "authors"), ("published", "published"), ("outlet", "outlet"),
    ("boilerplate_removed", "boilerplate removed"), ("body_kept", "body kept"),
]
SEED_KEYS = {"boilerplate_removed": "seeds.boilerplate", "quote_speakers": "seeds.speakers"}


def last_json(text):
    """The last JSON object a scorer printed at the start of a line (scorers print tables around it)."""
    decoder = json.JSONDecoder()
    found = None
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.startswith("{"):
            try:
                found = decoder.raw_decode(text, offset)[0]
            except json.JSONDecodeError:
                pass
        offset += len(line)
    if found is None:
        raise ValueError("no JSON in the scorer's output")
    return found


def row_figure(pattern, text, group=1):
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        raise ValueError(f"no line matching {pattern!r} in the scorer's output")
    return float(match.group(group))


def read_figures(work):
    """-> ({key: figure}, {key: note}, [problems])."""
    figures, notes, problems = {}, {}, []

    def output(name):
        path = work / f"{name}.score"
        return path.read_text(encoding="utf-8") if path.exists() else None

    def quarantined(name):
        path = work / f"{name}.failed"
        return int(path.read_text().strip() or 0) if path.exists() else 0

    readers = {
        "ner": lambda t: {k: last_json(t)["scores"]["prose"][typ]["f1"]
                          for k, typ in (("ner.people", "PER"), ("ner.orgs", "ORG"), ("ner.places", "LOC"))},
        "quotes": lambda t: {"quotes.quotes": last_json(t)["quotes"]["f1"],
                             "quotes.speakers": last_json(t)["quote_speaker_named"]["f1"]},
        "titles": lambda t: {"quotes.titles": last_json(t)["titles"]["exact"]},
        "web-html": lambda t: {"web_html.f": last_json(t)["all"]["f1"]},
        "web-text": lambda t: {"web_text.f": last_json(t)["all"]["f1"]},
        "html": lambda t: {"html.f1": row_figure(r"main-text F1 ([0-9.]+)", t)},
        "figures": lambda t: {"figures.f1": row_figure(r"^value\+unit\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)", t)},
        "dates": lambda t: {"dates.f1": row_figure(r"^dates \(all\)\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)", t)},
        "seeds": lambda t: {SEED_KEYS.get(f, f"seeds.{f}"): last_json(t)["fields"][f]["f1"]
                            for f, _ in SEED_FIELDS},
    }
    for name, read in readers.items():
        text = output(name)
        if text is None:
            continue
        try:
            read_now = read(text)
        except (ValueError, KeyError) as error:
            problems.append(f"the {name} scorer's output could not be read ({error}); see {work}/{name}.score")
            continue
        figures.update(read_now)
        failed = quarantined(name)
        if failed:
            for key in read_now:
                notes[key] = f"{failed} quarantined"
    return figures, notes, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("work", type=Path)
    ap.add_argument("--floors", default="")
    ap.add_argument("--seconds", type=int)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()

    floors = {}
    for line in args.floors.strip().splitlines():
        key, value = line.split()
        floors[key] = float(value)
    figures, notes, problems = read_figures(args.work)

    table = [("what", "figure", "floor"), ("---", "---", "---")]
    for key, what, _ in ROWS:
        table.append((what, key, floors.get(key)))
    for field, label in SEED_FIELDS:
        table.append((f"seeds (`score.py`): {label}", SEED_KEYS.get(field, f"seeds.{field}"),
                      floors.get(SEED_KEYS.get(field, f"seeds.{field}"))))
    below = []
    print()
    for what, key, floor in table:
        if what == "what" or what == "---":
            print(f"| {what} | {key} | {floor} |")
            continue
        if key in figures:
            shown = f"{figures[key]:.3f}" + (f", {notes[key]}" if key in notes else "")
            if floor is not None and round(figures[key], 3) < floor:
                below.append(f"{what}: {figures[key]:.3f} is below its floor {floor:.3f}")
                shown += " **below floor**"
        else:
            shown = "not run"
        print(f"| {what} | {shown} | {'' if floor is None else f'{floor:.3f}'} |")
    if args.seconds is not None:
        print(f"\n{len(figures)} figures in {args.seconds} s.")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"figures": figures, "notes": notes, "floors": floors, "below_floor": below}, indent=1) + "\n",
            encoding="utf-8")
    for problem in problems:
        print(f"eval: {problem}", file=sys.stderr)
    for line in below:
        print(f"eval: FAIL: {line}", file=sys.stderr)
    return 1 if below or problems else 0


if __name__ == "__main__":
    sys.exit(main())
