#!/usr/bin/env python3
"""Build the name lists of Sources/ClipperExtract/Resources/ from the 1990 US Census and Faker.

Sources (see docs/Data.md): the 1990 US Census name frequency files
(dist.male.first, dist.female.first, dist.all.last; a US government work in the
public domain), as shipped inside the PyPI package `names` (pip install names==0.3.0, MIT); the
first names of the person providers of the PyPI package `faker` (pip install faker==40.63.0, MIT)
for every locale written in Latin letters, and the Russian ones transliterated; and the SCOWL word
list (Debian package `wamerican`) to leave out first names that are ordinary words.

Output:
  first-names.tsv  name<TAB>gender (m, f, or u when neither gender holds it four times as often)
  surnames.txt     the most common surnames, one a line (those held by 0.001% or more)

Usage: python3 scripts/build-names.py [OUTPUT_DIR]
"""
import importlib
import pkgutil
import sys
from pathlib import Path

import faker.providers.person
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


# Russian letters in the spelling news agencies use ("Yevgeny", "Dmitry", "Vyacheslav").
CYRILLIC = dict(zip("абвгдзийклмнопрстуфыэ", "abvgdziyklmnoprstufye")) | {
    "е": "e", "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
    "ю": "yu", "я": "ya",
}
VOWELS = set("аеёиоуыэюяъь")


def transliterate(name):
    """Latin spellings of a Russian first name: "Дмитрий" -> Dmitry, Dmitri."""
    lower = name.lower()
    out = []
    for i, c in enumerate(lower):
        if c == "е" and (i == 0 or lower[i - 1] in VOWELS):
            out.append("ye")
        elif c == "и" and i > 0 and lower[i - 1] == "ь":
            out.append("yi")
        else:
            out.append(CYRILLIC.get(c, "?"))
    latin = "".join(out)
    forms = {latin}
    if lower.endswith("ий"):
        forms |= {latin[:-2] + "y", latin[:-2] + "i"}
    return {f.capitalize() for f in forms if "?" not in f and f.isascii()}


def faker_first_names():
    """First names of Faker's person providers by gender: {name: {"m", "f"}}, with the locales each comes from."""
    genders, locales = {}, {}
    for module in sorted(pkgutil.iter_modules(faker.providers.person.__path__), key=lambda m: m.name):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            listed = getattr(provider, attribute, None)
            if not isinstance(listed, (dict, list, tuple, set, frozenset)):
                continue
            for written in listed:
                forms = transliterate(written) if module.name == "ru_RU" else {written}
                for name in forms:
                    if len(name) >= 3 and name.isalpha() and name[0].isupper() and name[1:].islower() and all(
                        ord(c) < 0x250 for c in name
                    ):
                        genders.setdefault(name, set()).add(gender)
                        locales.setdefault(name, set()).add(module.name)
    return genders, locales


def place_names():
    """Names in the gazetteer (built first by build-gazetteer.py): a new first name must not be a place."""
    path = DEFAULT_DIR / "gazetteer.tsv"
    if not path.exists():
        sys.exit("needs the gazetteer: run scripts/build-gazetteer.py first")
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}


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
    capitalized = {
        w.strip() for w in Path("/usr/share/dict/words").read_text(encoding="utf-8", errors="ignore").splitlines()
        if w[:1].isupper()
    }
    census_surnames = {n for n, _ in read("dist.all.last")}
    lines = []
    genders, locales = faker_first_names()
    places = place_names()
    extra = {}
    for name, held in genders.items():
        if name in male or name in female or name in NOT_FIRST_NAMES or name.lower() in words or name in places:
            continue
        # Faker's English lists hold surnames and words used as names ("Adams", "Christ"): only names
        # some other locale has too are kept when they are a US surname or a capitalized word.
        if all(l.startswith("en") for l in locales[name]) and (name in census_surnames or name in capitalized):
            continue
        extra[name] = "m" if held == {"m"} else "f" if held == {"f"} else "u"
    for name in sorted(male.keys() | female.keys() | extra.keys()):
        if name in extra:
            lines.append(f"{name}\t{extra[name]}")
            continue
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
    first_header = (
        "# Built by scripts/build-names.py from the 1990 US Census (public domain) and Faker's first names (MIT);"
        " see docs/Data.md.\n"
    )
    (out_dir / "first-names.tsv").write_text(first_header + "\n".join(lines) + "\n", encoding="utf-8")
    surnames = [n for n, share in read("dist.all.last") if share >= 0.001 and len(n) > 1]
    (out_dir / "surnames.txt").write_text(header + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} first names and {len(surnames)} surnames to {out_dir}")


if __name__ == "__main__":
    main()
