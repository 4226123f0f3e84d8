"""Command line: `python -m server STORE_PATH [--host H] [--port P] [--threads N]`."""

import argparse
import logging
import sys

from server.serving import serve
from server.settings import describe_settings


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and serve; return an exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m server", description="Serve a Khabar store over SPARQL under waitress.",
        epilog="Settings (environment variables):\n" + describe_settings(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store_path", help="directory of the pyoxigraph store")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument("--threads", type=int, default=4, help="worker threads")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        serve(args.store_path, args.host, args.port, args.threads)
    except (FileNotFoundError, ValueError) as error:
        print(f"khabar server: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
