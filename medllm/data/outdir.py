"""Folders medllm writes whole (stage=prepare's data folder, `medllm export`'s model folder):
built in a temporary sibling, then renamed into place, and replaced only if medllm wrote them.

The one rule behind `data.overwrite=true` and `export --overwrite`: medllm replaces a folder
only when it holds medllm's marker (`medllm_output.json`, written last into every such folder,
listing what was written there) and nothing besides what the marker lists. It never replaces
the current folder or a folder above it, the project, a home folder or a git checkout, whatever
the flags say. A refusal is one line naming the option; the folder stays as it was.

Temporary folders are named `.<name>.tmp-<host>-<pid>-<hex>` (the old folder, while it is
swapped out, `.<name>.old-...`): a run killed at any moment leaves at most those, and the next
run into the same folder removes the ones whose process is gone (or puts an old folder back
if the new one never arrived).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import time
import uuid
from pathlib import Path
from typing import Callable

from medllm import PROJECT_ROOT
from medllm.errors import DataError
from medllm.files import read_json, write_json

MARKER = "medllm_output.json"


def _homes() -> set[Path]:
    homes = {Path.home().resolve()}
    try:
        import pwd

        homes |= {Path(e.pw_dir).resolve() for e in pwd.getpwall() if e.pw_dir and e.pw_dir != "/"}
    except (ImportError, OSError):
        pass
    return homes


def protected_reason(path: Path) -> str | None:
    """Why no medllm output may ever replace `path` (an absolute, resolved path), or None."""
    cwd = Path.cwd().resolve()
    if path == cwd or path in cwd.parents:
        return "is the current folder" if path == cwd else "holds the current folder"
    if path == PROJECT_ROOT or path in PROJECT_ROOT.parents:
        return "is the medllm project" if path == PROJECT_ROOT else "holds the medllm project"
    for home in _homes():
        if path == home or path in home.parents:
            return "is a home folder" if path == home else "holds a home folder"
    if (path / ".git").exists():
        return "is a git checkout"
    return None


def foreign_reason(path: Path, kind: str) -> str | None:
    """Why the existing, non-empty folder `path` is not medllm's own `kind` output, or None."""
    marker = path / MARKER
    if not marker.is_file():
        return f"was not written by medllm (it has no {MARKER})"
    try:
        rec = read_json(marker)
        written = set(rec["entries"])
        their_kind = rec["kind"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"has an unreadable {MARKER}"
    if their_kind != kind:
        return f"holds a medllm {their_kind} output, not a {kind} one"
    extra = sorted(p.name for p in path.iterdir() if p.name != MARKER and p.name not in written)
    if extra:
        shown = ", ".join(extra[:3]) + (f" and {len(extra) - 3} more" if len(extra) > 3 else "")
        return f"also holds files medllm did not write there ({shown})"
    return None


def check_target(out: Path, *, kind: str, option: str, flag: str, overwrite: bool) -> None:
    """Raise a one-line DataError unless `out` may receive a new `kind` output: it does not
    exist, is an empty folder, or (with overwrite) is medllm's own `kind` output and nothing else."""
    out = Path(out).expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise DataError(f"{option}: {out} is a file, not a folder; choose another {option}")
    why = protected_reason(out)
    if why:
        raise DataError(f"{option}: {out} {why}; medllm never writes its output there, choose a new folder")
    if not out.is_dir() or not any(out.iterdir()):
        return
    if not overwrite:
        raise DataError(f"{option}: {out} exists and is not empty; choose another {option}, "
                        f"or pass {flag} to replace an earlier medllm {kind} output")
    why = foreign_reason(out, kind)
    if why:
        raise DataError(f"{option}: {out} {why}, so {flag} leaves it alone; move it away or choose another {option}")


def _tag() -> str:
    host = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "host"
    return f"{host}-{os.getpid()}-{uuid.uuid4().hex[:10]}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def clean_stale(out: Path) -> list[str]:
    """Remove the temporary folders a killed run of this host left next to `out` (names as
    this module makes them, process gone); put a swapped-out old folder back if `out` is missing.
    Returns what was done, for the log."""
    host = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "host"
    pat = re.compile(rf"^\.{re.escape(out.name)}\.(tmp|old)-{re.escape(host)}-(\d+)-[0-9a-f]{{10}}$")
    done = []
    if not out.parent.is_dir():
        return done
    for p in sorted(out.parent.iterdir()):
        m = pat.match(p.name)
        if not m or not p.is_dir() or p.is_symlink() or _alive(int(m.group(2))):
            continue
        if m.group(1) == "old" and not out.exists():
            os.replace(p, out)
            done.append(f"restored {out} from {p.name}")
        else:
            shutil.rmtree(p, ignore_errors=True)
            done.append(f"removed {p.name}")
    return done


def write_dir_atomic(out_dir: str | Path, write_fn: Callable[[Path], object], overwrite: bool = False, *,
                     kind: str = "prepare", option: str = "data.output_dir", flag: str = "data.overwrite=true") -> Path:
    """Write a whole output folder or nothing.

    `write_fn(tmp_dir)` fills a fresh temporary folder next to `out_dir` (same parent, so the
    final rename stays on one file system; created with the umask's mode); the marker goes in
    last, then the folder is renamed to `out_dir`. check_target decides, before and again after
    writing, whether `out_dir` may be replaced. A replaced folder is renamed aside first and
    deleted only after the new one is in place (put back if the swap fails). If write_fn raises,
    the temporary folder is removed, `out_dir` is untouched and the exception propagates.
    Returns out_dir (resolved).
    """
    out_dir = Path(out_dir).expanduser().resolve()
    check = dict(kind=kind, option=option, flag=flag, overwrite=overwrite)
    check_target(out_dir, **check)
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        clean_stale(out_dir)
        tmp = parent / f".{out_dir.name}.tmp-{_tag()}"
        os.mkdir(tmp)  # not mkdtemp: its 0700 mode would end up on the output folder; this respects umask
    except OSError as ex:
        raise DataError(f"{option}: cannot create a folder in {parent} ({ex.strerror}); choose another {option}") from None
    try:
        write_fn(tmp)
        entries = sorted(p.name for p in tmp.iterdir() if p.name != MARKER)
        from medllm import __version__

        write_json(tmp / MARKER, {"kind": kind, "entries": entries, "medllm_version": __version__,
                                  "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
        check_target(out_dir, **check)  # it may have changed while write_fn ran
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    try:
        if out_dir.exists():
            old = parent / f".{out_dir.name}.old-{_tag()}"
            os.replace(out_dir, old)
        try:
            os.replace(tmp, out_dir)
        except OSError:
            if old is not None:
                os.replace(old, out_dir)
                old = None
            raise
    except OSError as ex:
        shutil.rmtree(tmp, ignore_errors=True)
        raise DataError(f"{option}: cannot move the new output into {out_dir} ({ex.strerror}); "
                        f"check permissions or choose another {option}") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return out_dir
