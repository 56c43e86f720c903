"""Small atomic writers: a killed run never leaves a half-written JSON or YAML behind."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB blocks."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_text_atomic(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # os.open with 0o666, not mkstemp: mkstemp's 0600 would end up on metrics.json and the
    # resolved config; this way the file gets the umask's mode like any other file
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:10]}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_json(path: Path, obj) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def read_json(path: Path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def read_jsonl_objects(path, *, name: str, where: str, fix: str, missing_hint: str = "",
                       encoding_hint: str = "") -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file.

    Every problem is a DataError of one line: `name` prefixes file-level problems (missing, a
    folder, not UTF-8), `where` + ":<line>" prefixes line-level ones (not JSON, not an object),
    which end with `fix`; the hints are appended to the missing-file and encoding messages."""
    import json

    from medllm.errors import DataError

    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{name}: no such file{missing_hint}") from None
    except IsADirectoryError:
        raise DataError(f"{name} is a folder; pass a JSONL file") from None
    except UnicodeDecodeError as ex:
        raise DataError(f"{name}: not UTF-8 text ({ex.reason} at byte {ex.start}){encoding_hint}") from None
    except OSError as ex:
        raise DataError(f"{name}: cannot read ({ex.strerror})") from None
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as ex:
            raise DataError(f"{where}:{lineno}: not valid JSON ({ex.msg} at column {ex.colno}); {fix}") from None
        if not isinstance(obj, dict):
            raise DataError(f"{where}:{lineno}: a JSON {type(obj).__name__}, not an object; {fix}")
        out.append((lineno, obj))
    return out


def allow_long_csv_fields() -> None:
    """Lift the csv module's 128 KiB field limit: a long note is a valid field, and prepare
    writes whatever length it reads (JSONL has no such limit), so SFT must read it back."""
    import csv
    import sys

    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # a C long is 32 bits on some platforms
            limit //= 2
