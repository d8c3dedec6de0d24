"""Benchmark the cue lexicon's two costs: reading it at a process's start, and whole-line matching.

Part 1 times ``load_cues``'s work in a fresh interpreter each round: parsing the lexicon's TOML
files, then building the families (apostrophes unified in each cue), and the same build with
``str.translate`` on every cue, as it was done before; then reading the packaged answers about
the cues (``required_table``: required words and openings). Part 2 runs StripBoilerplate on the
throughput benchmark's corpus (``benchmarks/corpus.py``, built or reused as
``bench_throughput.py`` does), records every whole-line family match it asks for, and replays
them three ways, checking all give the same matches: each language's cues as one alternation
(as before ``openings.py``), filed by the characters they open with (``ByOpening``, as before
``LineIndex``), and tried only where the line holds a word they require (``LineIndex``, as
now). Each way's first round includes compiling the patterns its matches need. Part 3 times
a small multilingual run in a fresh process: the default pipeline over every 8th golden case
(``tests/cases``, 54 languages), where compiling cues is most of the cost.

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
from newsclean.boilerplate.required_table import packaged_table
t4 = time.perf_counter(); answers = packaged_table(); t5 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, sum(len(v) for f in families.values() for v in f.cues.values()), t5 - t4, len(answers))
"""


def load_times(rounds: int) -> None:
    rows = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True, cwd=ROOT)
        rows.append(out.stdout.split())
    cues = int(rows[0][3])
    print(f"1. Reading the lexicon ({cues:,} cues), fresh interpreter, {rounds} rounds (s)")
    for label, k in (("parse TOML", 0), ("build families (now)", 1), ("build families (translate every cue)", 2), (f"read the cues' answers ({int(rows[0][5]):,} cues)", 4)):
        print(f"  {label:40} " + "  ".join(f"{float(r[k]):.3f}" for r in rows))


def recorded_matches(corpus: Path, articles: int) -> list[tuple[object, tuple[str, ...] | None, str, frozenset[str]]]:
    """(family, cue selection, clean line, its runs) of every whole-line match StripBoilerplate asks for."""
    import newsclean as nc
    from newsclean.boilerplate import StripBoilerplate
    from newsclean.boilerplate import cues as cue_module
    from newsclean.normalize import Normalize

    calls: list[tuple[object, tuple[str, ...] | None, str, frozenset[str]]] = []
    line_runner = cue_module._Matchers._line_runner

    def recording(self, fam):  # type: ignore[no-untyped-def]
        run, key = line_runner(self, fam), fam.key(self.langs)

        def record(clean: str, words: object = None) -> object:
            calls.append((fam, key, clean, frozenset(self.runs(clean, words))))
            return run(clean, words)

        return record

    records = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            records.append(json.loads(line))
            if len(records) >= articles:
                break
    cue_module._Matchers._line_runner = recording  # type: ignore[method-assign]
    try:
        strip, normalize = StripBoilerplate(), Normalize()
        for batch in nc.from_records(records):
            for article in batch:
                strip.apply(normalize.apply(article))
    finally:
        cue_module._Matchers._line_runner = line_runner  # type: ignore[method-assign]
    return calls


def replay(calls: list, rounds: int) -> None:
    """Each way's first round compiles the patterns it needs (on first use, as a worker does);
    the later rounds only match."""
    from newsclean.boilerplate.cues import LineIndex, _compile, _compile_lines, _line_fullmatch, _openings
    from newsclean.boilerplate.openings import ByOpening

    def per_language(make):  # type: ignore[no-untyped-def]
        """Each language's cues of the selection as their own matcher (as before ``LineIndex``)."""

        def build(fam, key):  # type: ignore[no-untyped-def]
            keys = [key] if key is None or len(key) == 1 else [(lang,) for lang in key if lang in fam.cues]
            runs = [make(fam.selected(k)) for k in keys]
            return lambda clean, runs_: next((m for run in runs if (m := run(clean))), None)

        return build

    ways = {
        "one alternation per language (first)": per_language(lambda cues: _compile("line", cues).fullmatch),
        "filed by opening (ByOpening, before)": per_language(lambda cues: ByOpening(cues, _compile_lines, _openings).fullmatch),
        "by required words (LineIndex, now)": lambda fam, key: LineIndex(fam.selected(key)).fullmatch,
    }
    selections = {(fam.name, key): fam for fam, key, _, _ in calls}
    print(f"2. Replaying {len(calls):,} whole-line matches of {len(selections)} family selections, {rounds} rounds (s; the first compiles)")
    hits = {}
    for name, make in ways.items():
        _line_fullmatch.cache_clear()
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            if not times:
                runs = {(fam.name, key): make(fam, key) for (_, key), fam in selections.items()}
            found = [runs[fam.name, key](clean, runs_) is not None for fam, key, clean, runs_ in calls]
            times.append(time.perf_counter() - t0)
        hits[name] = found
        print(f"  {name:40} " + "  ".join(f"{t:.3f}" for t in times) + f"   {sum(found):,} matched")
    first = next(iter(hits.values()))
    print(f"  same matches: {'yes' if all(found == first for found in hits.values()) else 'NO'}")


_COLD = """
import json, sys, time
from pathlib import Path
import newsclean
files = sorted(Path("tests/cases").glob("*.jsonl"))
texts = ["\\n\\n".join(t for t, _ in json.loads(line)["paragraphs"]) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
records = [{"id": str(i), "text": t} for i, t in enumerate(texts)][:: int(sys.argv[1])]
t0 = time.perf_counter()
out = [a.lang for batch in newsclean.default_pipeline().run(newsclean.from_records(records)) for a in batch]
print(time.perf_counter() - t0, len(out), len(set(out)))
"""


def cold_start(step: int, rounds: int) -> None:
    """A small multilingual run in a fresh process: what it costs a notebook user or a test,
    where compiling the cues each language's lines come near is most of the time."""
    rows = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _COLD, str(step)], capture_output=True, text=True, check=True, cwd=ROOT)
        rows.append(out.stdout.split())
    print(f"3. A fresh process cleaning every {step}th golden case (tests/cases: {rows[0][1]} articles, {rows[0][2]} languages), {rounds} rounds (s)")
    print("  " + "  ".join(f"{float(r[0]):.1f}" for r in rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--corpus-articles", type=int, default=5000, help="size of the throughput corpus to build or reuse")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold-step", type=int, default=8, help="part 3 cleans every Nth golden case")
    args = ap.parse_args(argv)
    load_times(args.rounds)
    corpus = corpus_for(args.corpus_articles, 0)
    replay(recorded_matches(corpus, args.articles), args.rounds)
    cold_start(args.cold_step, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
