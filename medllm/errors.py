"""User-facing errors: printed as one line, exit code 2, no traceback."""


class MedllmError(Exception):
    """A problem with the user's input (config, data, hardware) that they can fix.

    The message names the file, field or option and says what to do.
    """


class ConfigError(MedllmError):
    pass


class DataError(MedllmError):
    pass


class HardwareError(MedllmError):
    pass


class DependencyError(MedllmError):
    """An installed library (TRL, transformers, PEFT) lacks or changed an API medllm relies on,
    or is outside the range medllm is tested with (medllm.training.internals)."""
