"""Progress of a long build on stderr: a bar, the rate and the time left, redrawn in place on a terminal."""

from __future__ import annotations

import sys
import time
from typing import Callable, TextIO


def progress_line(done: int, total: int, counts: dict[str, int], seconds: float, unit: str = "articles",
                  width: int = 24) -> str:
    """One status line: bar, counts, rate and ETA.

    >>> progress_line(50, 200, {"built": 40, "unchanged": 5, "failed": 5}, 10.0)
    '[######------------------]  50/200  25% | 5.0 articles/s | ETA 0:30 | built 40, unchanged 5, failed 5'
    """
    share = done / total if total else 1.0
    filled = min(width, int(share * width))
    rate = done / seconds if seconds > 0 else 0.0
    left = (total - done) / rate if rate > 0 and total >= done else 0.0
    digits = len(str(total))
    tally = ", ".join(f"{name} {count}" for name, count in counts.items())
    return (f"[{'#' * filled}{'-' * (width - filled)}] {done:>{digits}}/{total} {share:4.0%} | "
            f"{rate:.1f} {unit}/s | ETA {_clock(left)} | {tally}")


class Ticker:
    """Hands a progress line to `show` at most every `every` seconds (and always on the last tick), so a
    loop can tick after every item: the build's articles, the push's graphs."""

    def __init__(self, show: Callable[[str], None] | None, total: int, unit: str = "articles", every: float = 0.5,
                 started: float | None = None):
        self.show, self.total, self.unit, self.every = show, total, unit, every
        self.started = time.monotonic() if started is None else started
        self._shown = float("-inf")  # the first tick shows

    def tick(self, counts: dict[str, int], final: bool = False) -> None:
        """Report the counts so far (their sum is the number done)."""
        now = time.monotonic()
        if self.show and (final or now - self._shown >= self.every):
            self._shown = now
            done = sum(counts.values())
            self.show(progress_line(done, max(self.total, done), counts, now - self.started, unit=self.unit))


def _clock(seconds: float) -> str:
    """Seconds as H:MM:SS or M:SS."""
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressPrinter:
    """Prints progress lines: redrawn in place on a terminal, else one line every `every` seconds."""

    def __init__(self, stream: TextIO | None = None, every: float = 10.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every = every
        self._last = time.monotonic()  # the first line after `every` seconds: short runs print none
        self._drawn = False

    def __call__(self, line: str) -> None:
        """Show one progress line."""
        if self.tty:
            self.stream.write("\r\033[K" + line)
            self._drawn = True
        elif time.monotonic() - self._last >= self.every:
            self.stream.write(line + "\n")
            self._last = time.monotonic()
        self.stream.flush()

    def finish(self, line: str | None = None) -> None:
        """End the progress display (with a last line, if given)."""
        if self.tty and self._drawn:
            self.stream.write("\r\033[K" + (line + "\n" if line else ""))
        elif line:
            self.stream.write(line + "\n")
        self.stream.flush()
