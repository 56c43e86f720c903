"""Rebuild person_names.txt.gz: given names and surnames of many languages, in lower case.

Sources (both MIT-licensed packages; see person_names.LICENSE), unpacked anywhere:
    pip download --no-deps faker==40.54.0 names==0.3.0 -d /tmp/src
    (cd /tmp/src && python -m zipfile -e faker-40.54.0-py3-none-any.whl faker && tar xzf names-0.3.0.tar.gz)
    python medllm/clinical/data/build_person_names.py /tmp/src/faker /tmp/src/names-0.3.0/names

- Faker's person providers, every locale: the words of its first-name and last-name lists
  written in Latin letters (its romanized Japanese and Chinese lists included);
- the US Census 1990 name lists as the `names` package ships them (dist.*.first, dist.all.last).
Each line: the word in lower case, a tab, and F (given name), L (surname) or FL; words with
diacritics also appear with them folded ("sjögren" and "sjogren"). The redactor
(medllm.clinical.name_words) never takes a word from this list for a name on the list alone:
it must also be a word no English, clinical or drug list knows, or stand where names stand.
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("person_names.txt.gz")


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in "'-’" for c in word)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def faker_names(root: Path) -> tuple[set[str], set[str]]:
    sys.path.insert(0, str(root))
    import faker.providers.person as person

    first, last = set(), set()
    for m in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attr in dir(provider):
            a = attr.lower()
            if attr.startswith("_") or any(k in a for k in ("prefix", "suffix", "format")):
                continue
            target = first if "first" in a else last if "last" in a else None
            value = getattr(provider, attr)
            if target is None or not isinstance(value, (tuple, list, dict)):
                continue
            for item in (value.keys() if isinstance(value, dict) else value):
                if isinstance(item, str):
                    target.update(w.lower() for w in item.split() if len(w) >= 2 and _latin(w))
    return first, last


def census_names(folder: Path) -> tuple[set[str], set[str]]:
    def read(name: str) -> set[str]:
        return {line.split()[0].lower() for line in (folder / name).read_text().splitlines() if line.strip()}
    return read("dist.female.first") | read("dist.male.first"), read("dist.all.last")


def main(argv: list[str]) -> int:
    f1, l1 = faker_names(Path(argv[0]))
    f2, l2 = census_names(Path(argv[1]))
    first, last = f1 | f2, l1 | l2
    for s in (first, last):
        s |= {_fold(w) for w in s}
    lines = [f"{w}\t{'F' if w in first else ''}{'L' if w in last else ''}" for w in sorted(first | last)]
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # mtime 0: the same bytes on every rebuild
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(lines)} words ({len(first)} given names, {len(last)} surnames)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
