"""`make demo`: start the bundled local server, then run examples/demo.py against it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from qoder_cloud.testing import LocalServer

TOKEN = "pt-local-demo"


def main() -> int:
    with LocalServer(token=TOKEN) as server:
        server.turn_delay = 0.04  # let the scripted agent "type" visibly
        print(f"Local Qoder Cloud Agents server listening at {server.base_url}\n", flush=True)
        env = {**os.environ, "QODER_PAT": TOKEN, "QODER_BASE_URL": server.base_url}
        demo = Path(__file__).with_name("demo.py")
        return subprocess.run([sys.executable, str(demo)], env=env, timeout=120).returncode


if __name__ == "__main__":
    sys.exit(main())
