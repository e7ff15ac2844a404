"""`make bench`: this client side by side with raw httpx, the official SDK (`qca-sdk`) and floors.

One loopback server process serves canned bytes (bench/server.py). Each contender runs in a
process of its own (bench/worker.py), so one's heap does not load another's garbage collector;
the run drives them in turn, never two at once, so they do not compete for the CPU either. Each
round times every contender once, in rotating order, and a contender's ratio to raw is taken per
round (paired): a busy neighbour slows both sides of one ratio alike. Rows report the median and
the interquartile range of the times and of those ratios. Import and first-call rows run in fresh
interpreters (bench/fresh.py), interleaved the same way. How to read the table and the targets:
docs/benchmarks.md.

Usage: python bench/run.py [--quick] [--only SECTION ...] [--output bench/results.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench import payloads  # noqa: E402

CONTENDERS = ("raw", "ours", "qca", "floor")
RAW, OURS = "raw", "ours"
SECTIONS = ("sync", "mock", "async", "memory", "fresh")


@dataclass
class Config:
    rounds: int = 25  # per-call measures: batches per contender (the burst is one batch each: its rows need many)
    batch: float = 0.08  # seconds per batch
    long_rounds: int = 7  # walks and streams: one run per round
    slow_rounds: int = 3  # qca's walks and streams (seconds each) run in the first rounds only
    memory_repeats: int = 3
    fresh_samples: int = 25


QUICK = Config(rounds=5, batch=0.04, long_rounds=2, slow_rounds=1, memory_repeats=1, fresh_samples=3)


@dataclass
class Measure:
    key: str
    section: str
    title: str
    unit: str  # what one unit is, e.g. "call"
    scale: str = "us"
    long: bool = False  # a walk or a stream: one run per round
    target: float | None = None  # at most this × raw, for qoder_cloud
    targeted: str = "qoder_cloud"  # the variant the target applies to


TIMED = [
    Measure("retrieve", "sync, loopback server", "retrieve one environment", "call", target=1.2),
    Measure("env_page", "sync, loopback server", "first page of 100 environments", "call"),
    Measure("walk", "sync, loopback server", "walk 10,000 environments (100 pages)", "item", long=True),
    Measure("sse", "sync, loopback server", "event stream, 100,000 events", "event", long=True, target=1.4),
    Measure("mock_retrieve", "sync, network removed (MockTransport)", "retrieve one environment", "call"),
    Measure("mock_env_page", "sync, network removed (MockTransport)", "page of 100 environments", "call", target=2.0),
    Measure("mock_agent_page", "sync, network removed (MockTransport)", "page of 100 agents", "call", target=2.5),
    Measure("aretrieve", "async, loopback server", "retrieve one environment", "call", target=1.2),
    Measure("aburst", "async, loopback server", "200 concurrent retrieves (gather)", "request", target=1.1),
    Measure("aenv_page", "async, loopback server", "first page of 100 environments", "call"),
    Measure("awalk", "async, loopback server", "walk 10,000 environments (100 pages)", "item", long=True),
    Measure("asse", "async, loopback server", "event stream, 100,000 events", "event", long=True, target=1.4),
]
SECTION_OF = {"sync": {"sync, loopback server"}, "mock": {"sync, network removed (MockTransport)"}}
SECTION_OF["async"] = {"async, loopback server"}


@dataclass
class MemoryMeasure:
    key: str
    title: str
    small: str | None = None  # the same work at a tenth (a fifth) of the size: "flat" compares the two
    per_file: bool = False  # compared with the uploaded file's size


UNBOUNDED = {"qoder_cloud resumable_stream"}
"""Shown without the flat target: a resumable stream remembers the id of every event of its current
connection, to drop the events a resumed server replays (docs/benchmarks.md)."""


MEMORY = [
    MemoryMeasure("mem_walk", "walk 10,000 environments (vs 1,000)", small="mem_walk_small"),
    MemoryMeasure("mem_sse", "event stream, 100,000 events (vs 20,000)", small="mem_sse_small"),
    MemoryMeasure("mem_upload_path", "upload a 30 MiB file, given as a path or open file", per_file=True),
    MemoryMeasure("mem_upload_bytes", "upload a 30 MiB file, given as bytes", per_file=True),
    MemoryMeasure("mem_download", "download 100 MiB to a file (vs 10 MiB)", small="mem_download_small"),
]
CHECKED = {  # what the summaries compared before timing cover
    "retrieve": "read the same id, name, networking type and hosts, pip packages and metadata",
    "env_page": "read the page's same 100 IDs",
    "walk": "walked the same 10,000 IDs in the same order",
    "sse": "read all 100,000 events, the same count of each type, the same first and last IDs",
    "mock_retrieve": "read the same id, name, networking type and hosts, pip packages and metadata",
    "mock_env_page": "read the page's same 100 IDs",
    "mock_agent_page": "read for each agent the same id, model (string or object, and its effort), tool types and "
    "number of MCP servers",
    "mem_upload_path": "sent the whole file (the server counted more bytes than the file's)",
    "mem_upload_bytes": "sent the whole file (the server counted more bytes than the file's)",
    "mem_download": "wrote files of all 100 MiB",
}
FLAT = 1.05  # at most this much more memory for five or ten times the work
UPLOAD_TARGET = 1.5  # peak traced memory at most this × the file


# --------------------------------------------------------------------- statistics


def quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


@dataclass
class Series:
    """One contender's samples on one measure, by round."""

    contender: str
    variant: str
    samples: dict[int, float] = field(default_factory=dict)

    def stats(self) -> tuple[float, float, float]:
        return quartiles(list(self.samples.values()))

    def ratios(self, raw: Series) -> list[float]:
        return [value / raw.samples[r] for r, value in self.samples.items() if r in raw.samples]


# --------------------------------------------------------------------- processes


class Process:
    """A contender's worker process, one JSON command a line."""

    def __init__(self, contender: str, base: str, upload: str, scratch: str) -> None:
        self.name = contender
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(ROOT, "bench", "worker.py"), contender, base, upload, scratch],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self._read()
        if "error" in ready:
            raise RuntimeError(f"{contender} worker failed to start:\n{ready['error']}")

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} worker exited (code {self.proc.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        if "error" in answer:
            raise RuntimeError(f"{self.name} {command}:\n{answer['error']}")
        return answer

    def close(self) -> None:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


def start_server() -> tuple[subprocess.Popen[bytes], str]:
    server = subprocess.Popen(
        [sys.executable, os.path.join(ROOT, "bench", "server.py"), "--idle", "120", "--lifetime", "1800"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    return server, f"http://127.0.0.1:{port}"


def stop(server: subprocess.Popen[bytes]) -> None:
    assert server.stdin is not None
    server.stdin.close()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


# --------------------------------------------------------------------- running the measures


LOADS: list[float] = []
"""The 1-minute load average, sampled as each measure starts: the table says how busy the machine was."""


def log(message: str) -> None:
    LOADS.append(os.getloadavg()[0])
    print(message, file=sys.stderr, flush=True)


class Bench:
    def __init__(self, procs: dict[str, Process], cfg: Config) -> None:
        self.procs = procs
        self.cfg = cfg
        self.tasks: dict[str, list[tuple[str, str]]] = {}  # measure -> [(contender, variant)]
        for name, proc in procs.items():
            for measure, variant in proc.ask(op="list")["tasks"]:
                self.tasks.setdefault(measure, []).append((name, variant))
        self.notes: list[str] = []
        self._checked: dict[str, set[str]] = {}

    def checked_variants(self, measure: str) -> set[str]:
        return self._checked.get(measure, set())

    def check(self, measure: str) -> None:
        """Every contender's summary of what it parsed is the same (the comparison is fair)."""
        seen: dict[str, tuple[str, str]] = {}
        for contender, variant in self.tasks.get(measure, []):
            summary = self.procs[contender].ask(op="check", task=[measure, variant])["summary"]
            if summary is None:
                continue
            self._checked.setdefault(measure, set()).add(variant)
            text = json.dumps(summary, sort_keys=True)
            seen.setdefault(text, (contender, variant))
        if len(seen) > 1:
            raise AssertionError(f"{measure}: the contenders parsed different values: {list(seen.values())}")
        if seen:
            checked = [v for c, v in self.tasks[measure] if v in self.checked_variants(measure)]
            self.notes.append(f"`{measure}`: {'; '.join(checked)}: {CHECKED[measure]}")

    def time(self, measure: Measure) -> list[Series]:
        tasks = self.tasks.get(measure.key, [])
        batch = 0.0 if measure.long else self.cfg.batch
        rounds = self.cfg.long_rounds if measure.long else self.cfg.rounds
        sizes = {t: self.procs[t[0]].ask(op="warm", task=[measure.key, t[1]], batch=batch)["n"] for t in tasks}
        series = {t: Series(t[0], t[1]) for t in tasks}
        for r in range(rounds):
            for t in tasks[r % len(tasks) :] + tasks[: r % len(tasks)]:
                if measure.long and t[0] == "qca" and r >= self.cfg.slow_rounds:
                    continue
                answer = self.procs[t[0]].ask(op="time", task=[measure.key, t[1]], n=sizes[t])
                series[t].samples[r] = answer["seconds"]
        return list(series.values())

    def memory(self, key: str) -> dict[tuple[str, str], list[int]]:
        peaks: dict[tuple[str, str], list[int]] = {}
        for _ in range(self.cfg.memory_repeats):
            for contender, variant in self.tasks.get(key, []):
                peak = self.procs[contender].ask(op="memory", task=[key, variant])["peak"]
                peaks.setdefault((contender, variant), []).append(peak)
        return peaks


FRESH = [  # what bench/fresh.py measures, the row's title, and whether the row has the target
    ("import", "`import httpx` / `import qoder_cloud` / `import qca`", "import", True),
    ("retrieve", "first retrieve alone, after import and construction", "first", False),
    ("retrieve", "first retrieve from a fresh process: import + construct + call", "total", True),
    ("stream", "first event stream alone (open, 10 events), after import and construction", "first", False),
    ("stream", "first event stream from a fresh process: import + construct + stream", "total", True),
]
FRESH_TARGET = 1.3


def fresh(base: str, cfg: Config) -> dict[str, dict[str, dict[str, list[float]]]]:
    """what -> contender -> phase -> seconds by round."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    contenders = ["raw", "ours", "qca"]
    results: dict[str, dict[str, dict[str, list[float]]]] = {}

    def once(contender: str, what: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, os.path.join(ROOT, "bench", "fresh.py"), contender, what, base],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        times: dict[str, float] = json.loads(out.stdout)
        return times

    for what in dict.fromkeys(what for what, _, _, _ in FRESH):
        for contender in contenders:  # write the bytecode first
            once(contender, what)
        by: dict[str, dict[str, list[float]]] = {c: {} for c in contenders}
        for r in range(cfg.fresh_samples):
            for contender in contenders[r % 3 :] + contenders[: r % 3]:
                times = once(contender, what)
                times["total"] = sum(times[p] for p in ("import", "construct", "first") if p in times)
                for phase, value in times.items():
                    by[contender].setdefault(phase, []).append(value)
        results[what] = by
    return results


# --------------------------------------------------------------------- the report


SCALE = {"us": (1e6, "µs"), "ms": (1e3, "ms"), "s": (1.0, "s")}


def fmt_time(value: float, scale: str) -> str:
    factor, unit = SCALE[scale]
    scaled = value * factor
    digits = 0 if scaled >= 100 else 1 if scaled >= 10 else 2
    return f"{scaled:,.{digits}f} {unit}"


def fmt_range(low: float, high: float, scale: str) -> str:
    return f"{fmt_time(low, scale)} – {fmt_time(high, scale)}"


def fmt_bytes(value: float) -> str:
    if value >= 1024 * 1024:
        return f"{value / 1024 / 1024:,.1f} MiB"
    return f"{value / 1024:,.0f} KiB"


@dataclass
class Verdict:
    label: str
    met: bool


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.verdicts: list[Verdict] = []

    def judge(self, label: str, met: bool) -> str:
        self.verdicts.append(Verdict(label, met))
        return "yes" if met else "**no**"

    def timed(self, measure: Measure, series: list[Series], section_shown: set[str]) -> None:
        if measure.section not in section_shown:
            section_shown.add(measure.section)
            self.lines.append(f"| **{measure.section}** | | | | | | | |")
        raw = next(s for s in series if s.contender == RAW)
        qca = next((s for s in series if s.contender == "qca"), None)
        order = {"floor": 0, RAW: 1, OURS: 2, "qca": 3}
        first = True
        for s in sorted(series, key=lambda s: order[s.contender]):
            q1, median, q3 = s.stats()
            ratios = s.ratios(raw)
            r1, rmed, r3 = quartiles(ratios) if s is not raw else (1.0, 1.0, 1.0)
            target, met = "", ""
            if s.contender == OURS:
                goals = []
                ok = True
                if measure.target is not None and s.variant == measure.targeted:
                    goals.append(f"≤ {measure.target:g}× raw")
                    ok = ok and rmed <= measure.target
                if qca is not None:
                    goals.append("< qca")
                    ok = ok and median < qca.stats()[1]
                if goals:
                    target = ", ".join(goals)
                    met = self.judge(f"{measure.section}: {measure.title} ({s.variant})", ok)
            title = f"{measure.title}, per {measure.unit}" if first else ""
            first = False
            ratio = "1.00×" if s is raw else f"{rmed:.2f}×"
            spread = "" if s is raw else f"{r1:.2f}–{r3:.2f}"
            self.lines.append(
                f"| {title} | {s.variant} | {fmt_time(median, measure.scale)} | {fmt_range(q1, q3, measure.scale)} "
                f"| {ratio} | {spread} | {target} | {met} |"
            )

    def memory(
        self, measure: MemoryMeasure, peaks: dict[tuple[str, str], list[int]], small: dict[tuple[str, str], list[int]]
    ) -> None:
        first = True
        order = {RAW: 0, OURS: 1, "qca": 2, "floor": 3}
        for (contender, variant), values in sorted(peaks.items(), key=lambda kv: order[kv[0][0]]):
            peak = statistics.median(values)
            spread = f"{fmt_bytes(min(values))} – {fmt_bytes(max(values))}"
            relative, target, met = "", "", ""
            if measure.per_file:
                relative = f"{peak / payloads.UPLOAD_BYTES:.2f}× the file"
                if contender == OURS:
                    target = f"≤ {UPLOAD_TARGET:g}× the file"
                    met = self.judge(
                        f"memory: {measure.title} ({variant})", peak <= UPLOAD_TARGET * payloads.UPLOAD_BYTES
                    )
            elif (contender, variant) in small:
                grows = peak / statistics.median(small[(contender, variant)])
                relative = f"{grows:.2f}× the small run ({fmt_bytes(statistics.median(small[(contender, variant)]))})"
                if contender == OURS and variant in UNBOUNDED:
                    target = "(grows with the events of one connection)"
                elif contender == OURS:
                    target = f"flat: ≤ {FLAT:g}×"
                    met = self.judge(f"memory: {measure.title} ({variant})", grows <= FLAT)
            title = measure.title if first else ""
            first = False
            self.lines.append(f"| {title} | {variant} | {fmt_bytes(peak)} | {spread} | {relative} | {target} | {met} |")

    def fresh(self, results: dict[str, dict[str, dict[str, list[float]]]]) -> None:
        names = {"raw": "httpx", "ours": "qoder_cloud", "qca": "qca (official SDK)"}
        for what, title, phase, targeted in FRESH:
            if what in results:
                self._fresh_rows(title, phase, results[what], names, targeted)

    def _fresh_rows(
        self, title: str, phase: str, by: dict[str, dict[str, list[float]]], names: dict[str, str], targeted: bool
    ) -> None:
        raw = by["raw"][phase]
        first = True
        for contender in ("raw", "ours", "qca"):
            values = by[contender][phase]
            q1, median, q3 = quartiles(values)
            # One sample is one process: its noise is its own, not shared with the paired raw sample,
            # so the ratio is that of the medians; the per-round ratios still show the noise.
            ratios = [v / raw[i] for i, v in enumerate(values)]
            r1, _, r3 = quartiles(ratios)
            rmed = median / statistics.median(raw)
            target, met = "", ""
            if contender == OURS and targeted:
                target = f"≤ {FRESH_TARGET:g}× raw, < qca"
                ok = rmed <= FRESH_TARGET and median < statistics.median(by["qca"][phase])
                met = self.judge(f"fresh process: {title}", ok)
            ratio = "1.00×" if contender == "raw" else f"{rmed:.2f}×"
            spread = "" if contender == "raw" else f"{r1:.2f}–{r3:.2f}"
            self.lines.append(
                f"| {title if first else ''} | {names[contender]} | {fmt_time(median, 'ms')} "
                f"| {fmt_range(q1, q3, 'ms')} | {ratio} | {spread} | {target} | {met} |"
            )
            first = False


def versions() -> str:
    wanted = [
        "httpx",
        "httpcore",
        "httpx-sse",
        "attrs",
        "sniffio",
        "qca-sdk",
        "pydantic",
        "msgspec",
        "qoder-cloud-agents",
    ]
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in wanted:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (absent)")
    return ", ".join(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run, numbers are noisier)")
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "results.md"))
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run these sections only (writes nothing)")
    parser.add_argument(
        "--measure", action="append", help="time these measures only, by key (e.g. sse, mock_env_page; writes nothing)"
    )
    args = parser.parse_args()
    cfg = QUICK if args.quick else Config()
    only = set(args.only or SECTIONS)
    load_before = os.getloadavg()
    started = time.perf_counter()
    report = Report()
    server, base = start_server()
    scratch = tempfile.mkdtemp(prefix="qoder-bench-")
    upload = os.path.join(scratch, "upload.bin")
    with open(upload, "wb") as out:
        out.write(os.urandom(payloads.UPLOAD_BYTES))
    procs: dict[str, Process] = {}
    timed_lines: list[str] = []
    memory_lines: list[str] = []
    fresh_lines: list[str] = []
    try:
        for name in CONTENDERS:
            procs[name] = Process(name, base, upload, scratch)
        bench = Bench(procs, cfg)
        timed = [m for m in TIMED if any(m.section in SECTION_OF[s] for s in only if s in SECTION_OF)]
        if args.measure:
            timed = [m for m in TIMED if m.key in args.measure]
            only = {"sync"}
        for measure in timed:
            bench.check(measure.key)
        for key in [m.key for m in MEMORY] if "memory" in only else []:
            bench.check(key)
        shown: set[str] = set()
        for measure in timed:
            log(f"timing {measure.key}")
            report.timed(measure, bench.time(measure), shown)
        timed_lines, report.lines = report.lines, []
        if "memory" in only:
            for peak in MEMORY:
                log(f"memory {peak.key}")
                small = bench.memory(peak.small) if peak.small else {}
                report.memory(peak, bench.memory(peak.key), small)
        memory_lines, report.lines = report.lines, []
        for proc in procs.values():
            proc.close()
        procs.clear()
        if "fresh" in only:
            log("fresh processes")
            report.fresh(fresh(base, cfg))
        fresh_lines, report.lines = report.lines, []
        notes = bench.notes
    finally:
        for proc in procs.values():
            proc.close()
        stop(server)
        for name in os.listdir(scratch):
            os.remove(os.path.join(scratch, name))
        os.rmdir(scratch)
    seconds = time.perf_counter() - started
    text = render(report, timed_lines, memory_lines, fresh_lines, notes, cfg, seconds, load_before, os.getloadavg())
    print(text)
    if only == set(SECTIONS) and not args.quick:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)


def render(
    report: Report,
    timed: list[str],
    memory: list[str],
    fresh_rows: list[str],
    notes: list[str],
    cfg: Config,
    seconds: float,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
) -> str:
    met = [v for v in report.verdicts if v.met]
    missed = [v for v in report.verdicts if not v.met]
    lines = [
        "# Benchmark results",
        "",
        f"`make bench` on {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.machine()}; {versions()}. It took {seconds:.0f} s; the load average "
        f"(1 min) was {load_before[0]:.2f} at the start and {load_after[0]:.2f} at the end, and between "
        f"{min(LOADS + [load_after[0]]):.2f} and {max(LOADS + [load_after[0]]):.2f} (median "
        f"{statistics.median(LOADS + [load_after[0]]):.2f}) as each of its {len(LOADS)} measures started.",
        "",
        f"**Targets met: {len(met)} of {len(report.verdicts)}.**"
        + (" Missed: " + "; ".join(v.label for v in missed) + "." if missed else ""),
        "",
        "How to read this: [docs/benchmarks.md](../docs/benchmarks.md). In short: each contender runs in its own "
        "process; *median* and *IQR* are over rounds; *× raw* is the median of per-round ratios to raw httpx "
        "measured in the same round, and its IQR says how noisy that ratio was. "
        f"Per-call rows: {cfg.rounds} rounds of ~{cfg.batch * 1000:.0f} ms batches; walks and streams: "
        f"{cfg.long_rounds} rounds (qca: {cfg.slow_rounds}, on a fifth of the walk and a tenth of the stream); "
        f"memory: {cfg.memory_repeats} runs each; fresh processes: {cfg.fresh_samples} each.",
        "",
        "## Time",
        "",
        "| measure | contender | median | IQR | × raw | IQR of × raw | target | met |",
        "|---|---|---|---|---|---|---|---|",
        *timed,
    ]
    if fresh_rows:
        lines += [
            "| **fresh interpreter (bytecode cached)** | | | | | | | |",
            *fresh_rows,
        ]
    if memory:
        lines += [
            "",
            "## Memory (peak traced by tracemalloc above what was live before, after a warm-up run)",
            "",
            "| measure | contender | peak (median) | range | relative | target | met |",
            "|---|---|---|---|---|---|---|",
            *memory,
        ]
    lines += ["", "## Checks before timing", "", *[f"- {note}" for note in notes], ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
