"""Assemble marked_dev.jsonl from the hand-written src_*.py parts (ids in file order), then
convert it to notes_dev.jsonl with ../fresh/convert.py. No randomness: every note is written by hand."""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402  (the fresh set's converter, one for both sets)


def load():
    notes = []
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        notes.extend(mod.NOTES)
    return notes


def main():
    records = [{"id": f"f2-{i:04d}", "style": style, "note": note, "summary": summary}
               for i, (style, note, summary) in enumerate(load(), 1)]
    convert.write_marked_and_convert("dev", records, HERE)


if __name__ == "__main__":
    main()
