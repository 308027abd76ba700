#!/usr/bin/env bash
# The engine's throughput in one run, on the same documents: the bare ICU loop (UTF-8 → UTF-16 +
# ubrk word break), `toolkit-cli bench --chain CHAIN` with one worker, with one worker pinned to
# one core (taskset), and with two workers; plus the per-plugin time shares.
#
# Usage: Benchmarks/engine.sh [MB] [REPEATS] [CHAIN]
#   defaults: 50 MB of ../shared/corpus/arabic-news.jsonl.zst, 5 repeats,
#   normalize,tokenize,sentences (add numbers,quotes,attributions once they are in the branch)
# Runs are interleaved and each keeps its best time: the machine is shared and noisy, so the
# ratios measured in one run are what to compare; the median of the per-round ratios of two
# workers to one is printed too. The load average is printed with the results.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mb=${1:-50}
repeats=${2:-5}
chain=${3:-normalize,tokenize,sentences}
bench_setup results

# Whole lines of the first MB megabytes, and their texts NUL-separated for the ICU loop.
bench_slice "$mb" "$work/engine-input.jsonl" "$work/engine-texts.nul"

(cd "$root" && swift build -c release --product toolkit-cli >&2)
cc -O2 "$here/icu-baseline/icu_wordbreak.c" $(pkg-config --cflags --libs icu-uc) -o "$work/icu_wordbreak"
bin="$root/.build/release/toolkit-cli"
bench() { "$bin" bench --chain "$chain" --input "$work/engine-input.jsonl" "$@"; }

runs=(icu one pinned two)
for r in "${runs[@]}"; do : > "$work/engine-$r.jsonl"; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$repeats"); do
  "$work/icu_wordbreak" "$work/engine-texts.nul" >> "$work/engine-icu.jsonl"
  bench --jobs 1 >> "$work/engine-one.jsonl"
  if command -v taskset >/dev/null; then taskset -c 0 "$bin" bench --chain "$chain" --input "$work/engine-input.jsonl" --jobs 1 >> "$work/engine-pinned.jsonl"; fi
  bench --jobs 2 >> "$work/engine-two.jsonl"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work" "$chain" "$load_before" "$load_after" <<'PY'
import json, statistics, sys
work, chain, before, after = sys.argv[1:5]
def rows(name):
    return sorted((json.loads(l) for l in open(f"{work}/engine-{name}.jsonl") if l.strip()), key=lambda r: r["seconds"])
def best(name):
    r = rows(name)
    return r[0] if r else None
def median(name):
    r = rows(name)
    return r[len(r) // 2]["mb_per_s"] if r else float("nan")
icu, one, pinned, two = (best(n) for n in ("icu", "one", "pinned", "two"))
print(f"chain {chain}; {one['docs']} documents, {one['bytes'] / 1e6:.1f} MB of text; load average {before} → {after}")
print(f"| run | MB/s (best) | ÷ one job | MB/s (median) |")
print(f"| --- | ---: | ---: | ---: |")
table = [("bare ICU loop (UTF-8→UTF-16 + ubrk word)", icu, "icu"), ("bench --jobs 1", one, "one")]
if pinned: table.append(("bench --jobs 1, pinned to one core (taskset -c 0)", pinned, "pinned"))
table.append(("bench --jobs 2", two, "two"))
for name, r, key in table:
    print(f"| {name} | {r['mb_per_s']:.1f} | {r['mb_per_s'] / one['mb_per_s']:.2f}× | {median(key):.1f} |")
# Rounds interleave the runs, so a ratio within a round has the same machine state on both sides:
# the median of those ratios is the steadiest figure on a shared machine.
def in_order(name):
    return [json.loads(l)["mb_per_s"] for l in open(f"{work}/engine-{name}.jsonl") if l.strip()]
per_round = [t / o for t, o in zip(in_order("two"), in_order("one"))]
print(f"two workers ÷ one, per round: {', '.join(f'{r:.2f}' for r in per_round)}; median {statistics.median(per_round):.2f}×")
print("plugin time shares (--jobs 1): " + ", ".join(f"{k} {v:.2f}" for k, v in one["plugins"].items()))
print("worker time (--jobs 2): " + ", ".join(f"{k} {v:.2f}" for k, v in two["worker"].items()))
print(f"peak RSS: {one['peak_rss_mb']} MB (1 job), {two['peak_rss_mb']} MB (2 jobs)")
PY
