"""`python -m qoder_cloud.testing --port PORT [--token TOKEN]`: serve the local API until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from . import LocalServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qoder_cloud.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback)")
    parser.add_argument("--token", help="accept only this bearer token (default: any non-empty token)")
    args = parser.parse_args(argv)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with LocalServer(token=args.token, host=args.host, port=args.port) as server:
        print(f"Serving the Qoder Cloud Agents API at {server.base_url}", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
