"""Serve the local Qoder Cloud Agents API until stopped (Ctrl-C or SIGTERM).

    python -m qoder_cloud.testing --port 8080 [--token TOKEN] [--script turns.json] [--webhook-url URL]
        [--sa-key KEY]

The first line on stdout is the base URL; then one line per request goes to stderr (method, path,
status, milliseconds). `--script` queues scripted turns from a JSON file: a list of turns, each a
list of steps such as `{"type": "custom_tool_use", "name": "get_weather", "input": {"city": "Paris"}}`
or `{"type": "reply", "text": "It is {result} in Paris."}` (see `docs/local-server.md`).
`--webhook-url` (repeatable) posts signed webhooks of session events there, signed with the secret
in `QODER_WEBHOOK_SECRET` (a new one, printed once, when it is not set; see `docs/webhooks.md`).
`--sa-key` serves the service-account token exchange for that key (its URL is the second line on
stdout); the API then accepts the tokens it issues until they expire.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from . import LocalServer
from ._messages import MAX_BODY_BYTES
from ._script_steps import Step, steps_from_json


def main(argv: list[str] | None = None, prog: str = "python -m qoder_cloud.testing") -> int:
    parser = argparse.ArgumentParser(
        prog=prog, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback)")
    parser.add_argument("--token", help="accept only this bearer token (default: any non-empty token)")
    parser.add_argument("--script", type=Path, help="a JSON file of scripted turns, played in order")
    parser.add_argument(
        "--max-body-bytes", type=int, default=MAX_BODY_BYTES, help="the request body limit (default: 32 MB)"
    )
    parser.add_argument("--sa-key", help="serve the service-account token exchange for this key")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    parser.add_argument(
        "--webhook-url", action="append", default=[], help="post signed webhooks of session events here (repeatable)"
    )
    args = parser.parse_args(argv)
    try:
        turns = _load_script(args.script) if args.script else []
    except (OSError, ValueError, TypeError) as err:
        parser.error(f"--script {args.script}: {err}")

    if not args.quiet:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        requests = logging.getLogger("qoder_cloud.testing.requests")
        requests.addHandler(handler)
        requests.setLevel(logging.INFO)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with LocalServer(
        token=args.token, host=args.host, port=args.port, max_body_bytes=args.max_body_bytes, sa_key=args.sa_key
    ) as server:
        for steps in turns:
            server.script(*steps)
        print(f"Serving the Qoder Cloud Agents API at {server.base_url}", flush=True)
        if args.sa_key:
            print(f"Service-account token exchange at {server.exchange_url}", flush=True)
        secret = os.environ.get("QODER_WEBHOOK_SECRET") or None
        for url in args.webhook_url:
            secret = server.add_webhook_endpoint(url, secret=secret).secret
            print(f"Posting webhooks to {url}", flush=True)
        if args.webhook_url and not os.environ.get("QODER_WEBHOOK_SECRET"):
            print(f"Their signing secret (set QODER_WEBHOOK_SECRET to choose your own): {secret}", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


def _load_script(path: Path) -> list[tuple[Step, ...]]:
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("the file must hold a JSON list of turns (each a list of steps)")
    return [steps_from_json(turn) for turn in data]


if __name__ == "__main__":
    sys.exit(main())
