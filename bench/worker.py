"""One contender of `make bench` in a process of its own, driven by bench/run.py over stdin/stdout.

Usage: python bench/worker.py CONTENDER BASE_URL UPLOAD_PATH SCRATCH_DIR

It imports only its own contender module (bench/contenders/CONTENDER.py), so its heap holds its
own client and nothing of the others'. It reads one JSON command a line and answers one JSON line:

  {"op": "list"}                              -> {"tasks": [[measure, variant], ...]}
  {"op": "check", "task": [m, v]}             -> {"summary": ...}   (what it parsed, to compare)
  {"op": "warm", "task": [m, v], "batch": s}  -> {"n": runs per batch of about s seconds (1 if s is 0)}
  {"op": "time", "task": [m, v], "n": n}      -> {"seconds": per unit, over n runs}
  {"op": "memory", "task": [m, v]}            -> {"peak": bytes traced above the start, one run}
  {"op": "quit"}

The garbage collector stays on (as in an application) and runs a full collection before every
batch, so one batch's garbage is not collected in the next one's time.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import os
import sys
import time
import traceback
import tracemalloc
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench.contenders import Context, Task  # noqa: E402


class Worker:
    def __init__(self, contender: str, ctx: Context) -> None:
        module = importlib.import_module(f"bench.contenders.{contender}")
        self.ctx = ctx
        self.tasks: dict[tuple[str, str], Task] = module.tasks(ctx)
        self.ready: set[tuple[str, str]] = set()

    def _prepare(self, task: Task, key: tuple[str, str]) -> None:
        if key not in self.ready and task.setup is not None:
            task.setup()
        self.ready.add(key)

    def once(self, task: Task) -> int:
        if task.arun is not None:
            units = self.ctx.loop.run_until_complete(task.arun())
        else:
            assert task.run is not None
            units = task.run()
        if units != task.units:
            raise AssertionError(f"expected {task.units} units, got {units}: a short read must not look fast")
        return units

    def handle(self, command: dict[str, Any]) -> dict[str, Any]:
        op = command["op"]
        if op == "list":
            return {"tasks": [list(key) for key in self.tasks]}
        key = (command["task"][0], command["task"][1])
        task = self.tasks[key]
        self._prepare(task, key)
        if op == "check":
            if task.acheck is not None:
                return {"summary": self.ctx.loop.run_until_complete(task.acheck())}
            return {"summary": task.check() if task.check is not None else None}
        if op == "warm":
            self.once(task)
            batch = float(command["batch"])
            if not batch:
                return {"n": 1}
            started, runs = time.perf_counter(), 0
            while time.perf_counter() - started < batch / 2 and runs < 10_000:
                self.once(task)
                runs += 1
            per_run = (time.perf_counter() - started) / max(runs, 1)
            return {"n": max(1, round(batch / per_run))}
        if op == "time":
            n = int(command["n"])
            gc.collect()
            units = 0
            started = time.perf_counter()
            for _ in range(n):
                units += self.once(task)
            return {"seconds": (time.perf_counter() - started) / units}
        if op == "memory":
            self.once(task)  # lazy imports and first-use caches are not what is measured
            gc.collect()
            tracemalloc.start()
            try:
                base, _ = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
                self.once(task)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            return {"peak": peak - base}
        raise ValueError(f"unknown op {op!r}")


def main() -> None:
    contender, base, upload_path, scratch = sys.argv[1:5]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing a client prints can corrupt the answers
    try:
        worker = Worker(contender, Context(base=base, upload_path=upload_path, scratch=scratch, loop=loop))
    except Exception:
        out.write(json.dumps({"error": traceback.format_exc()}) + "\n")
        out.flush()
        return
    out.write(json.dumps({"ready": contender}) + "\n")
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "quit":
            break
        try:
            answer = worker.handle(command)
        except Exception:
            answer = {"error": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()
    loop.close()


if __name__ == "__main__":
    main()
