"""Small atomic writers: a killed run never leaves a half-written JSON or YAML behind."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
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
