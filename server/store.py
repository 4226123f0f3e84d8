"""The store the server reads: a ready one from the config, or one opened read-only on first use."""

import threading

from pyoxigraph import Store

from server.errors import store_unavailable


class StoreHolder:
    """Opens the configured store once, on first use, and hands the same one to every request."""

    def __init__(self, config):
        self._config = config
        self._store = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        """The store; raise 503 if it is not configured or cannot be opened."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = self._open()
        return self._store

    def _open(self) -> Store:
        """STORE if given, else Store.read_only(STORE_PATH)."""
        if self._config.get("STORE") is not None:
            return self._config["STORE"]
        path = self._config.get("STORE_PATH")
        if not path:
            raise store_unavailable("No store is configured: set KHABAR_STORE_PATH to the "
                                    "directory of a pyoxigraph store built by Khabar.")
        try:
            return Store.read_only(str(path))
        except OSError as error:
            raise store_unavailable(f"Cannot open the store at {path}: {error}") from error
