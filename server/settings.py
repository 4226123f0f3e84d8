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
            "Directory of the on-disk pyoxigraph store; each query worker opens it read-only."),
    Setting("STORE", None,
            "A ready pyoxigraph.Store served instead of STORE_PATH, by threads in this process "
            "(tests and embedding only: no process isolation)."),
    Setting("QUERY_TIMEOUT_S", 30,
            "Seconds a query may run (queueing included) before the server answers 503 and "
            "kills its worker; 0 disables the limit."),
    Setting("QUERY_WORKERS", 3,
            "Worker processes evaluating queries, each with the store open read-only."),
    Setting("MATERIALISE_UNION", True,
            "Serve STORE_PATH from a copy whose default graph holds the union of all graphs "
            "once (built at start and after each write, in a temporary directory): each "
            "distinct triple is matched once instead of once per graph that repeats it."),
    Setting("QUERY_QUEUE", 16,
            "Queries that may wait for a free worker; one more is refused with 503."),
    Setting("RESULT_CACHE_BYTES", 64 << 20,
            "Bytes of query answers kept for repeated queries on STORE_PATH (least recently "
            "used go first; every write empties it; SERVICE, NOW(), RAND()... never kept); "
            "0 disables the cache."),
    Setting("MAX_QUERY_BYTES", 65536,
            "Largest query accepted, in UTF-8 bytes; a larger one is refused with 413."),
    Setting("MAX_UPLOAD_BYTES", 16 << 20,
            "Largest graph accepted by a Graph Store PUT or POST, in bytes; larger gets 413."),
    Setting("MAX_RESULT_ROWS", 100000,
            "Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in a response; a cut result "
            "says so in its Khabar-Truncated header; 0 disables the cap."),
    Setting("CORS_ORIGIN", None,
            "Origins allowed to call the endpoint from a browser: '*' or a space-separated "
            "list; None sends no CORS headers."),
    Setting("CORS_CREDENTIALS", False,
            "Send Access-Control-Allow-Credentials (refused with CORS_ORIGIN '*')."),
    Setting("SERVICE_ALLOW_LIST", (),
            "Endpoints a SERVICE clause may call (space-separated IRIs); any other SERVICE "
            "is refused with 403. Empty: no federated queries."),
    Setting("UPDATE_TOKEN", None,
            "Bearer token that allows SPARQL Update and Graph Store writes; None: read-only."),
    Setting("RESOURCE_BASE", "https://w3id.org/khabar/resource/",
            "IRIs under this base dereference at /resource/...; any other at /describe?iri=."),
)


def default_config() -> dict:
    """The defaults of every setting, as a Flask config mapping."""
    return {setting.name: setting.default for setting in SETTINGS}


def check_config(config) -> None:
    """Raise ValueError naming the setting and its variable if a value cannot work."""
    timeout = config["QUERY_TIMEOUT_S"]
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
        raise ValueError(_bad("QUERY_TIMEOUT_S", timeout, "a number of seconds >= 0"))
    for name, least in (("MAX_QUERY_BYTES", 1), ("MAX_UPLOAD_BYTES", 1), ("QUERY_WORKERS", 1), ("QUERY_QUEUE", 0),
                        ("MAX_RESULT_ROWS", 0), ("RESULT_CACHE_BYTES", 0)):
        value = config[name]
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise ValueError(_bad(name, value, f"an integer >= {least}"))
    config["SERVICE_ALLOW_LIST"] = _words(config["SERVICE_ALLOW_LIST"])
    if config["CORS_ORIGIN"] is not None:
        config["CORS_ORIGIN"] = _words(config["CORS_ORIGIN"])
        if config["CORS_CREDENTIALS"] and "*" in config["CORS_ORIGIN"]:
            raise ValueError(_bad("CORS_CREDENTIALS", True, "false when CORS_ORIGIN is '*' "
                                  "(browsers refuse credentials with a wildcard origin)"))


def _words(value) -> tuple[str, ...]:
    """A list setting given as a space- or comma-separated string or as a list."""
    if isinstance(value, str):
        return tuple(value.replace(",", " ").split())
    return tuple(value or ())


def _bad(name: str, value, expected: str) -> str:
    """Message for a setting with an unusable value."""
    return (f"Setting {name} is {value!r} but must be {expected}; "
            f"set it in test_config or the environment variable {ENV_PREFIX}_{name}.")


def describe_settings() -> str:
    """The settings table as plain text, for --help and the README."""
    return "\n".join(f"  {ENV_PREFIX}_{s.name} (default {s.default!r}): {s.help}"
                     for s in SETTINGS)
