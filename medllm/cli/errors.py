"""Turn user errors (Hydra composition, OmegaConf, MedllmError) into one line and exit 2.

Bugs still raise with a full traceback; only mistakes a user can fix are shortened.
"""

from __future__ import annotations

import re
import sys

from medllm.errors import MedllmError


def one_line(ex: BaseException) -> str | None:
    """The one-line message for a user error, or None if `ex` is not one."""
    from hydra.errors import ConfigCompositionException, MissingConfigException, OverrideParseException
    from omegaconf.errors import OmegaConfBaseException

    if isinstance(ex, MedllmError):
        return str(ex).splitlines()[0] if str(ex) else type(ex).__name__
    if isinstance(ex, MissingConfigException):
        text = str(ex)
        m = re.search(r"'hydra/launcher/(submitit_\w+)'", text)
        if m:  # conf/hydra/launcher/{local,slurm}.yaml build on the plugin's configs
            asked = re.search(r"In 'hydra/launcher/(\w+)'", text)
            return (f"hydra/launcher={asked.group(1) if asked else m.group(1)} needs the submitit launcher "
                    "(hydra-submitit-launcher), from medllm's slurm extra: pip install 'medllm[slurm]'")
        m = re.search(r"Could not find '([^']+)'", text)
        what = m.group(1) if m else "?"
        opts = [o for o in re.findall(r"^\t(\S+)$", text, re.M) if not o.startswith("_schema")]
        group, _, option = what.rpartition("/")
        if group:
            return f"no option '{option}' in config group '{group}' (conf/{group}/); available: {', '.join(opts) or 'none'}"
        return f"config '{what}' not found in conf/"
    if isinstance(ex, (ConfigCompositionException, OverrideParseException)):
        text = str(ex)
        cause = ex.__cause__
        m = re.search(r"Could not override '([^']+)'", text)
        if m and cause is not None and _unknown_key(str(cause)):
            return f"unknown config key '{m.group(1)}' on the command line; check its spelling (`python train.py --cfg job` lists the keys)"
        if m and cause is not None:
            return f"cannot set '{m.group(1)}': {str(getattr(cause, 'msg', cause)).splitlines()[0]}"
        m = re.search(r"Error merging override (\S+?)=(.*)", text)
        if m and cause is not None:  # a value of the wrong type for its schema (medllm.config)
            return f"cannot set '{m.group(1)}' to '{m.group(2)}': {str(getattr(cause, 'msg', cause)).splitlines()[0]}"
        m = re.search(r"In '([^']+)': \w+ raised while composing config:\n(.*)\n\s*full_key: (\S+)", text)
        if m:  # a yaml file (an experiment, a group option) that breaks its group's schema
            where, msg, key = m.groups()
            if _unknown_key(msg):
                return f"conf/{where}.yaml: unknown config key '{key}'; check its spelling (`python train.py --cfg job` lists the keys)"
            return f"conf/{where}.yaml: config key '{key}': {msg}"
        m = re.search(r"Could not append to config\. An item is already at '([^']+)'", text)
        if m:
            return f"'{m.group(1)}' already exists; override it without the leading +"
        detail = text or (str(getattr(cause, "msg", cause)) if cause is not None else type(ex).__name__)
        return "config error: " + " ".join(detail.split())[:300]
    if isinstance(ex, OmegaConfBaseException):
        key = getattr(ex, "full_key", None)
        msg = str(getattr(ex, "msg", ex)).splitlines()[0]
        return f"config key '{key}': {msg}" if key else f"config error: {msg}"
    return None


def _unknown_key(msg: str) -> bool:
    return "not in struct" in msg or re.search(r"Key '[^']+' not in '", msg) is not None


class UserAbort(BaseException):
    """Raised inside a Hydra task for a user error. A BaseException, so Hydra's job runner does
    not wrap it with its own multi-line report; main_guard prints it as one line."""


def user_errors_abort(fn):
    """Decorator for Hydra task functions: user errors become UserAbort(one_line)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as ex:  # noqa: BLE001
            msg = one_line(ex)
            if msg is None:
                raise
            raise UserAbort(msg) from None

    return wrapper


def main_guard(fn) -> int:
    try:
        fn()
    except UserAbort as ex:
        print(f"medllm: error: {ex}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("medllm: interrupted", file=sys.stderr)
        return 130
    except Exception as ex:  # noqa: BLE001 - translated or re-raised
        msg = one_line(ex)
        if msg is None:
            raise
        print(f"medllm: error: {msg}", file=sys.stderr)
        return 2
    return 0
