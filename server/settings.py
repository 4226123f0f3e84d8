"""The server's settings: one table that gives every default, the docs and the --help text."""

from typing import Any, NamedTuple

ENV_PREFIX = "KHABAR"


class Setting(NamedTuple):
    """One configuration key, its default and what it does."""

    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("STORE_PATH", None,
            "Directory of the on-disk pyoxigraph store; opened read-only on the first request."),
    Setting("STORE", None,
            "A ready pyoxigraph.Store served instead of STORE_PATH (tests and embedding only)."),
    Setting("QUERY_TIMEOUT_S", 30,
            "Seconds a query may run before the server answers 503; 0 disables the limit."),
    Setting("MAX_RUNNING_QUERIES", 8,
            "Queries evaluated at once; a timed-out query holds its place until it really stops."),
    Setting("MAX_QUERY_BYTES", 65536,
            "Largest query accepted, in UTF-8 bytes; a larger one is refused with 413."),
    Setting("CORS_ORIGIN", None,
            "Access-Control-Allow-Origin sent with every response (for example '*'); "
            "None sends no CORS headers."),
    Setting("ALLOW_SERVICE", False,
            "Allow SERVICE (federated queries), which makes the server fetch other URLs."),
)


def default_config() -> dict:
    """The defaults of every setting, as a Flask config mapping."""
    return {setting.name: setting.default for setting in SETTINGS}


def check_config(config) -> None:
    """Raise ValueError naming the setting and its variable if a value cannot work."""
    timeout = config["QUERY_TIMEOUT_S"]
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
        raise ValueError(_bad("QUERY_TIMEOUT_S", timeout, "a number of seconds >= 0"))
    for name in ("MAX_QUERY_BYTES", "MAX_RUNNING_QUERIES"):
        value = config[name]
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(_bad(name, value, "a positive integer"))


def _bad(name: str, value, expected: str) -> str:
    """Message for a setting with an unusable value."""
    return (f"Setting {name} is {value!r} but must be {expected}; "
            f"set it in test_config or the environment variable {ENV_PREFIX}_{name}.")


def describe_settings() -> str:
    """The settings table as plain text, for --help and the README."""
    return "\n".join(f"  {ENV_PREFIX}_{s.name} (default {s.default!r}): {s.help}"
                     for s in SETTINGS)
