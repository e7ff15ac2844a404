"""`python -m qoder_cloud.testing --port PORT [--token TOKEN] [--webhook-url URL ...]`: serve the
local API until stopped. With `--webhook-url`, session events are posted there as signed webhooks,
with the signing secret in `QODER_WEBHOOK_SECRET` (a new one, printed once, when it is not set)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading

from . import LocalServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qoder_cloud.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback)")
    parser.add_argument("--token", help="accept only this bearer token (default: any non-empty token)")
    parser.add_argument(
        "--webhook-url", action="append", default=[], help="post signed webhooks of session events here (repeatable)"
    )
    args = parser.parse_args(argv)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with LocalServer(token=args.token, host=args.host, port=args.port) as server:
        print(f"Serving the Qoder Cloud Agents API at {server.base_url}", flush=True)
        secret = os.environ.get("QODER_WEBHOOK_SECRET") or None
        for url in args.webhook_url:
            endpoint = server.add_webhook_endpoint(url, secret=secret)
            secret = endpoint.secret
            print(f"Posting webhooks to {url}", flush=True)
        if args.webhook_url and not os.environ.get("QODER_WEBHOOK_SECRET"):
            print(f"Their signing secret (set QODER_WEBHOOK_SECRET to choose your own): {secret}", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
