"""A real server for the tests: `server.serve` under waitress in a subprocess, on loopback."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def live_server_at(store_path, threads: int = 8, **settings):
    """Serve store_path with the given settings (as KHABAR_ variables); yield the base URL."""
    port = free_port()
    env = {**os.environ, **{f"KHABAR_{k}": v if isinstance(v, str) else json.dumps(v)
                            for k, v in settings.items()}}
    code = (f"import server\nif __name__ == '__main__':\n"
            f"    server.serve({str(store_path)!r}, port={port}, threads={threads})")
    log = tempfile.TemporaryFile()  # a pipe nobody reads would block the server once full
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process, log)
        yield base
    finally:
        log.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(base: str, process: subprocess.Popen, log) -> None:
    """Poll the server until it answers, failing with its stderr if it dies."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"server exited: {log.read().decode(errors='replace')}")
        try:
            urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start within 30 s")
