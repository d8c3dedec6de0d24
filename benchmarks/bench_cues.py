"""Benchmark the cue lexicon's two costs: reading it at a process's start, and whole-line matching.

Part 1 times ``load_cues``'s work in a fresh interpreter each round: parsing the lexicon's TOML
files, then building the families (apostrophes unified in each cue), and the same build with
``str.translate`` on every cue, as it was done before. Part 2 runs StripBoilerplate on the
throughput benchmark's corpus (``benchmarks/corpus.py``, built or reused as
``bench_throughput.py`` does), records every whole-line family match it asks for, and replays
them with each language's cues as one alternation (as before ``openings.py``) and filed by the
characters they open with (``ByOpening``, as now), checking both give the same matches.

    python benchmarks/bench_cues.py --articles 3000 --rounds 3
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import corpus_for  # noqa: E402

_LOAD = """
import time
from newsclean.boilerplate import cues
t0 = time.perf_counter(); tables = cues.lexicon_tables(); t1 = time.perf_counter()
families = {n: cues._family(n, t) for n, t in tables.items() if isinstance(t, dict)}; t2 = time.perf_counter()
old = {n: {l: tuple(str(c).translate(cues._APOSTROPHES) for c in v) for l, v in t.items() if isinstance(v, list)}
       for n, t in tables.items() if isinstance(t, dict)}; t3 = time.perf_counter()
assert old == {n: f.cues for n, f in families.items()}
print(t1 - t0, t2 - t1, t3 - t2, sum(len(v) for f in families.values() for v in f.cues.values()))
"""


def load_times(rounds: int) -> None:
    rows = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True, cwd=ROOT)
        rows.append(out.stdout.split())
    cues = int(rows[0][3])
    print(f"1. Reading the lexicon ({cues:,} cues), fresh interpreter, {rounds} rounds (s)")
    for label, k in (("parse TOML", 0), ("build families (now)", 1), ("build families (translate every cue)", 2)):
        print(f"  {label:40} " + "  ".join(f"{float(r[k]):.3f}" for r in rows))


def recorded_matches(corpus: Path, articles: int) -> list[tuple[object, tuple[str, ...] | None, str]]:
    """(family, language selection, clean line) of every whole-line match StripBoilerplate asks for."""
    import newsclean as nc
    from newsclean.boilerplate import StripBoilerplate
    from newsclean.boilerplate import cues as cue_module
    from newsclean.normalize import Normalize

    calls: list[tuple[object, tuple[str, ...] | None, str]] = []
    runner = cue_module.Family.runner

    def recording(self, langs):  # type: ignore[no-untyped-def]
        run = runner(self, langs)
        if self.mode != "line":
            return run

        def record(clean: str) -> object:
            calls.append((self, langs, clean))
            return run(clean)

        return record

    records = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            records.append(json.loads(line))
            if len(records) >= articles:
                break
    cue_module.Family.runner = recording  # type: ignore[method-assign]
    try:
        strip, normalize = StripBoilerplate(), Normalize()
        for batch in nc.from_records(records):
            for article in batch:
                strip.apply(normalize.apply(article))
    finally:
        cue_module.Family.runner = runner  # type: ignore[method-assign]
    return calls


def replay(calls: list, rounds: int) -> None:
    from newsclean.boilerplate.cues import _compile

    def alternation(fam, langs):  # type: ignore[no-untyped-def]
        keys = [langs] if langs is None or len(langs) == 1 else [(lang,) for lang in langs if lang in fam.cues]
        runs = [_compile("line", fam.selected(key)).fullmatch for key in keys]
        return lambda clean: next((m for run in runs if (m := run(clean))), None)

    ways = {"one alternation per language (before)": alternation, "filed by opening (now)": lambda fam, langs: fam.runner(langs)}
    built = {name: {} for name in ways}
    for name, make in ways.items():
        for fam, langs, _ in calls:
            if (fam.name, langs) not in built[name]:
                built[name][fam.name, langs] = make(fam, langs)
    print(f"2. Replaying {len(calls):,} whole-line matches, {rounds} rounds (s, patterns compiled beforehand)")
    hits = {}
    for name in ways:
        runs, times = built[name], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            found = [runs[fam.name, langs](clean) is not None for fam, langs, clean in calls]
            times.append(time.perf_counter() - t0)
        hits[name] = found
        print(f"  {name:40} " + "  ".join(f"{t:.3f}" for t in times) + f"   {sum(found):,} matched")
    first, second = hits.values()
    print(f"  same matches: {'yes' if first == second else 'NO'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--corpus-articles", type=int, default=5000, help="size of the throughput corpus to build or reuse")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    load_times(args.rounds)
    corpus = corpus_for(args.corpus_articles, 0)
    replay(recorded_matches(corpus, args.articles), args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
