"""Engine benchmarks: one evaluation, a tornado, and Monte Carlo beside a per-sample loop.

Run: ``.venv/bin/python bench/bench_engine.py`` (``make bench`` runs it too).
Prints a table; never fails a build. Times are wall-clock, best of several
runs (the least disturbed by other work on the machine), with the median
beside. The loop runs ``cashflow.simulate`` on one row at a time over the same
draws as the vectorised run; at 100k and 1M it is timed on the first 10k
samples and scaled, unless ``--full-loops`` is given (that takes minutes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.datapack import load_shipped_pack  # noqa: E402
from explorer.domain.cashflow import simulate  # noqa: E402
from explorer.domain.engine import evaluate, evaluate_model  # noqa: E402
from explorer.domain.model import build_model  # noqa: E402
from explorer.domain.scenario_codec import parse_scenario  # noqa: E402
from explorer.domain.uncertainty import monte_carlo, sample_inputs, tornado  # noqa: E402

CASE = ROOT / "data" / "personas" / "beijing_internet_inference.json"  # four sites, ten years
LOOP_SAMPLE = 10_000


def timed(function, repeat: int, number: int = 1) -> tuple[float, float, float]:
    """(best, median, best CPU) seconds per call over ``repeat`` rounds of ``number`` calls.

    CPU time is what the process itself used: on a shared machine it moves less
    than the wall clock when other work takes the cores.
    """
    function()  # warm caches and imports
    rounds, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - start) / number)
        cpu.append((time.process_time() - start_cpu) / number)
    return min(rounds), statistics.median(rounds), min(cpu)


def show(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def loop_npv(model, target: int, columns: np.ndarray, samples: int, seed: int) -> tuple[float, np.ndarray]:
    """The same draws as monte_carlo, pushed through the model one sample at a time."""
    out = np.empty(samples)
    start = time.perf_counter()
    i = 0
    for X in sample_inputs(model, columns, samples, seed):
        for row in range(len(X)):
            sim = simulate(model, X[row : row + 1], sites=(target,), varying=columns, detail=False)
            out[i] = sim.npv[0, sim.slot(target)]
            i += 1
    return time.perf_counter() - start, out


def peak_memory_mb(function) -> float:
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-loops", action="store_true", help="run the per-sample loop at every size")
    args = parser.parse_args(argv)

    pack = load_shipped_pack()
    scenario = parse_scenario(CASE.read_bytes())
    model = build_model(scenario, pack)
    target = model.destination
    columns = np.array(model.case_columns(target), dtype=np.intp)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Case: {scenario.title} ({len(model.sites)} sites, {model.horizon} years, "
          f"{len(columns)} uncertain inputs, {len(model.rules)} rule-site pairs)")  # fmt: skip
    print(f"Machine: {os.cpu_count()} CPUs, load average {load:.1f}; numpy {np.__version__}")
    rows: list[tuple[str, str, str, str, str, str]] = []

    best, median, cpu = timed(lambda: evaluate(scenario, pack), repeat=30, number=20)
    rows.append(
        (
            "full evaluation (build + evaluate)",
            show(best),
            show(median),
            show(cpu),
            "< 1 ms",
            _ok(best < 1e-3),
        )
    )
    best, median, cpu = timed(lambda: build_model(scenario, pack), repeat=30, number=20)
    rows.append(("  of which: resolve the scenario", show(best), show(median), show(cpu), "", ""))
    best, median, cpu = timed(lambda: evaluate_model(model), repeat=30, number=20)
    rows.append(("  of which: evaluate the model", show(best), show(median), show(cpu), "", ""))

    bars = len(tornado(model).bars)
    best, median, cpu = timed(lambda: tornado(scenario, pack), repeat=30, number=10)
    label = f"tornado ({bars} inputs, {2 * bars + 1} rows)"
    rows.append((label, show(best), show(median), show(cpu), "< 20 ms", _ok(best < 0.02)))

    loop_time, loop_values = loop_npv(model, target, columns, LOOP_SAMPLE, seed=0)
    per_sample_loop = loop_time / LOOP_SAMPLE
    vector_values = monte_carlo(model, samples=LOOP_SAMPLE, seed=0).npv
    agree = float(np.max(np.abs(vector_values - loop_values)))
    for samples, repeat in ((10_000, 10), (100_000, 5), (1_000_000, 3)):
        best, median, cpu = timed(lambda n=samples: monte_carlo(model, samples=n, seed=0), repeat=repeat)
        if samples == LOOP_SAMPLE:
            loop, how = loop_time, "measured"
        elif args.full_loops:
            loop, how = loop_npv(model, target, columns, samples, seed=0)[0], "measured"
        else:
            loop, how = per_sample_loop * samples, f"from {LOOP_SAMPLE:,}"
        target_text = "< 1 s, >= 100x" if samples == 1_000_000 else ">= 100x"
        ok = loop / best >= 100 and (samples < 1_000_000 or best < 1.0)
        rows.append(
            (f"Monte Carlo {samples:>9,} samples", show(best), show(median), show(cpu), target_text, _ok(ok))
        )
        rows.append((f"  per-sample loop ({how})", show(loop), "", "", f"ratio {loop / best:,.0f}x", ""))
    peak = peak_memory_mb(lambda: monte_carlo(model, samples=1_000_000, seed=0))

    header = ("task", "best", "median", "CPU", "target", "met")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for row in (header, *rows):
        print(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(line)
    print(f"Loop and vectorised NPVs agree to {agree:.2g} yuan (largest gap over {LOOP_SAMPLE:,} samples).")
    print(f"Peak memory traced during the 1,000,000-sample Monte Carlo: {peak:.0f} MB.")
    return 0


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


if __name__ == "__main__":
    # bench/run_all.py runs this with runpy: never raise SystemExit(0) into it.
    status = main()
    if status:
        sys.exit(status)
