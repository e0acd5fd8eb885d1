#!/usr/bin/env python3
"""Build the name lists of Sources/ClipperExtract/Resources/ from the 1990 US Census.

Source (see docs/Data.md): the 1990 US Census name frequency files
(dist.male.first, dist.female.first, dist.all.last; a US government work in the
public domain), as shipped inside the PyPI package `names` (pip install names==0.3.0, MIT), and
the SCOWL word list (Debian package `wamerican`) to leave out rare first names that are ordinary words.

Output:
  first-names.tsv  name<TAB>gender (m, f, or u when neither gender holds it four times as often)
  surnames.txt     the most common surnames, one a line (those held by 0.001% or more)

Usage: python3 scripts/build-names.py [OUTPUT_DIR]
"""
import sys
from pathlib import Path

import names

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "Sources/ClipperExtract/Resources"
DATA = Path(names.__file__).parent

# Census first names that are far more often something else in news text.
NOT_FIRST_NAMES = {
    "April", "May", "June", "August", "January", "March", "Will", "Sunday", "Monday",
    "Chief", "King", "Major", "General", "Judge", "Royal", "Young", "Street", "Police",
    "Federal", "County", "City", "State", "Republican", "Democrat", "Christian", "Catholic",
    "Many", "In", "An", "Do", "So", "Man", "Lucky", "Love", "Star", "Sky", "Rich", "Long",
}


def english_words():
    path = Path("/usr/share/dict/words")
    if not path.exists():
        sys.exit("needs /usr/share/dict/words: apt-get install wamerican")
    return {w.strip() for w in path.read_text(encoding="utf-8", errors="ignore").splitlines() if w.strip().islower()}


def read(path):
    for line in (DATA / path).read_text().splitlines():
        parts = line.split()
        if parts:
            yield parts[0].capitalize(), float(parts[1])


def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    male = dict(read("dist.male.first"))
    female = dict(read("dist.female.first"))
    words = english_words()
    lines = []
    for name in sorted(male.keys() | female.keys()):
        if name in NOT_FIRST_NAMES or len(name) < 2:
            continue
        # Rare names that are ordinary words ("Marvel", "Forest", "Liberty") mislead more than they help.
        if name.lower() in words and max(male.get(name, 0.0), female.get(name, 0.0)) < 0.01:
            continue
        # A name both lists hold goes to the gender that holds it at least four times as often.
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender = "m" if m > 4 * f else ("f" if f > 4 * m else "u")
        lines.append(f"{name}\t{gender}")
    header = "# Built by scripts/build-names.py from the 1990 US Census (public domain); see docs/Data.md.\n"
    (out_dir / "first-names.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    surnames = [n for n, share in read("dist.all.last") if share >= 0.001 and len(n) > 1]
    (out_dir / "surnames.txt").write_text(header + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} first names and {len(surnames)} surnames to {out_dir}")


if __name__ == "__main__":
    main()
