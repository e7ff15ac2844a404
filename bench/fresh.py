"""A measure in a fresh interpreter: the import, the client's construction, the first call and the
second, for one contender. bench/run.py runs it many times, contenders interleaved, bytecode
cached (as after `pip install`).

Usage: python bench/fresh.py CONTENDER WHAT BASE_URL
  CONTENDER  raw | ours | qca
  WHAT       import (the import alone) | retrieve (one environment) | stream (the first 10 events)
Prints one JSON line: seconds for "import", "construct", "first", "second" (as far as WHAT goes).
"""

from __future__ import annotations

import json
import sys
import time

STREAMED = 10  # events read from the first stream


def main() -> None:
    contender, what, base = sys.argv[1:4]
    api = base + "/api/v1/cloud"
    env_url = f"{api}/environments/env_000000000000000000000001"
    stream_session = "sesn_bench000000000000000002"
    token = "pt-bench-token"
    times: dict[str, float] = {}
    started = time.perf_counter()
    if contender == "raw":
        import httpx

        if what == "stream":
            from httpx_sse import EventSource
    elif contender == "ours":
        import qoder_cloud
    else:
        import qca
    times["import"] = time.perf_counter() - started
    if what == "import":
        print(json.dumps(times))
        return

    started = time.perf_counter()
    if contender == "raw":
        client = httpx.Client(headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    elif contender == "ours":
        client = qoder_cloud.QoderCloud(token=token, base_url=api)
    else:
        client = qca.Managed(pat=token, base_url=api)
    times["construct"] = time.perf_counter() - started

    def call() -> None:
        if what == "retrieve":
            if contender == "raw":
                json.loads(client.get(env_url).content)
            else:
                client.environments.retrieve("env_000000000000000000000001")
            return
        count = 0
        if contender == "raw":
            with client.stream("GET", f"{api}/sessions/{stream_session}/events/stream") as response:
                for event in EventSource(response).iter_sse():
                    json.loads(event.data)
                    count += 1
                    if count == STREAMED:
                        break
        else:
            opened = client.events.stream if contender == "ours" else client.sessions.events.stream
            with opened(stream_session) as stream:
                for _ in stream:
                    count += 1
                    if count == STREAMED:
                        break
        assert count == STREAMED, count

    for name in ("first", "second"):
        started = time.perf_counter()
        call()
        times[name] = time.perf_counter() - started
    client.close()
    print(json.dumps(times))


if __name__ == "__main__":
    main()
