#!/usr/bin/env bash
# What each extractor costs, as the issues state their targets: the throughput of a chain divided
# by that of `normalize,tokenize`, one worker (`toolkit-cli bench --jobs 1`), on the same documents.
#
# Usage: Benchmarks/chains.sh [MB] [ROUNDS]
#   defaults: the first 50 MB of ../shared/corpus/arabic-news.jsonl.zst, 9 rounds
# The machine is shared and a single run's speed moves by ±25%, and one-worker runs are bimodal
# (about one in three is much faster). So each round runs every chain once, interleaved, the ratio
# is taken inside the round, and the figure printed is the median of the per-round ratios (the
# best-of and median MB/s are printed too). The load average is printed with the results.
# A second table measures the same way with `--encode` (each record encoded as JSON, as `run`
# writes it): the throughput users see, where the records' encoding weighs on every chain.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mb=${1:-50}
rounds=${2:-9}
bench_setup results

input="$work/chains-input.jsonl"
bench_slice "$mb" "$input"

(cd "$root" && swift build -c release --product toolkit-cli >&2)
bin="$root/.build/release/toolkit-cli"

chains=(
  normalize,tokenize
  normalize,tokenize,numbers
  normalize,tokenize,sentences
  normalize,tokenize,sentences,quotes,attributions
  normalize,tokenize,sentences,numbers,quotes,attributions
)
# End to end (records encoded): the reference and the chain of quotes and attributions.
encoded=(
  normalize,tokenize
  normalize,tokenize,sentences,quotes,attributions
)
for c in "${chains[@]}"; do : > "$work/chains-$c.jsonl"; done
for c in "${encoded[@]}"; do : > "$work/chains-encode-$c.jsonl"; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$rounds"); do
  for c in "${chains[@]}"; do "$bin" bench --chain "$c" --input "$input" --jobs 1 >> "$work/chains-$c.jsonl"; done
  for c in "${encoded[@]}"; do "$bin" bench --encode --chain "$c" --input "$input" --jobs 1 >> "$work/chains-encode-$c.jsonl"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work" "$load_before" "$load_after" "${#chains[@]}" "${chains[@]}" "${encoded[@]}" <<'PY'
import json, statistics, sys
work, before, after, count, *names = sys.argv[1:]
chains, encoded = names[:int(count)], names[int(count):]

def table(prefix, chains):
    runs = {c: [json.loads(l) for l in open(f"{work}/{prefix}{c}.jsonl") if l.strip()] for c in chains}
    base = [r["mb_per_s"] for r in runs[chains[0]]]
    print("| chain | MB/s (median) | MB/s (best) | ÷ normalize,tokenize (median of per-round ratios) | per-round ratios |")
    print("| --- | ---: | ---: | ---: | --- |")
    for c in chains:
        mbs = [r["mb_per_s"] for r in runs[c]]
        ratios = [m / b for m, b in zip(mbs, base)]
        print(f"| `{c}` | {statistics.median(mbs):.1f} | {max(mbs):.1f} | {statistics.median(ratios):.3f} | "
              + " ".join(f"{r:.2f}" for r in ratios) + " |")

first = [json.loads(l) for l in open(f"{work}/chains-{chains[0]}.jsonl") if l.strip()]
print(f"{first[0]['docs']} documents, {first[0]['bytes'] / 1e6:.2f} MB of text, {len(first)} rounds; load average {before} → {after}")
table("chains-", chains)
print("\nEnd to end, records encoded as `run` writes them (`bench --encode`), same rounds:\n")
table("chains-encode-", encoded)
PY
