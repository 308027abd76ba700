#!/usr/bin/env bash
# What extractors of one's own cost, measured with `toolkit-cli bench --jobs 1` in one run,
# interleaved, on the same documents:
#   base         normalize,tokenize
#   noop         + a C library plugin that does nothing with the tokens: the price of the
#                plugin boundary (tokens copied into C records, the call, the returned JSON
#                parsed and checked)
#   noop-u8      + the same plugin asking for UTF-8 norms as well ("inputs": ["norm_utf8"])
#   rules        + a rule extractor with 1,000 corpus terms of middling frequency (one token in
#                five matches)
#   rules-rare   + a rule extractor with 1,000 rarer corpus terms (like a gazetteer)
#   base+sentences / rules+sentences: the same 1,000 frequent terms in a longer chain
#   (ratios of the +sentences rows are to base+sentences)
#
# Usage: Benchmarks/extensions.sh [MB] [REPEATS]   (defaults: 20 MB, 7 repeats)
# Input: the first MB megabytes of ../shared/corpus/arabic-news.jsonl.zst (whole lines).
# The machines are shared and noisy: each configuration keeps its best run (as compare.sh
# does) and its median; compare the ratios to base, measured in the same run.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mb=${1:-20}
repeats=${2:-7}
bench_setup results/extensions

bench_slice "$mb" "$work/input.jsonl"
python3 "$here/make_lexicon.py" "$work/input.jsonl" 1000 "$work/terms.txt" 200
python3 "$here/make_lexicon.py" "$work/input.jsonl" 1000 "$work/rare-terms.txt" 5000
cat > "$work/rules.yaml" <<YAML
version: 1
extractors:
  - name: terms1000
    summary: 1,000 frequent corpus terms (benchmark)
    lexicons: [{label: term, file: terms.txt}]
  - name: rare1000
    summary: 1,000 rarer corpus terms (benchmark)
    lexicons: [{label: term, file: rare-terms.txt}]
YAML

(cd "$root" && swift build -c release --product toolkit-cli >&2)
bin="$root/.build/release/toolkit-cli"
abi="$root/Sources/CToolkitPluginABI/include"
cc -O2 -shared -fPIC -I "$abi" "$root/Examples/DynamicPlugin/c/noop.c" -o "$work/libnoop.so"
cc -O2 -shared -fPIC -I "$abi" -DNOOP_UTF8 "$root/Examples/DynamicPlugin/c/noop.c" -o "$work/libnoop_u8.so"

head -n 1 "$work/input.jsonl" > "$work/one.jsonl"
python3 - "$bin" "$work" "$repeats" <<'PY'
# Each configuration runs over the input and over its first document alone, interleaved with
# the others. Two measures: the wall-clock MB/s bench prints, and MB per CPU-second of the
# process minus its start-up (the one-document run), which other work on the machine disturbs
# far less.
import json, os, resource, statistics, subprocess, sys
bin, work, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
configs = {
    "base": ["--chain", "normalize,tokenize"],
    "noop": ["--plugin", f"{work}/libnoop.so", "--chain", "normalize,tokenize,noop"],
    "noop-u8": ["--plugin", f"{work}/libnoop_u8.so", "--chain", "normalize,tokenize,noop-u8"],
    "rules": ["--rules", f"{work}/rules.yaml", "--chain", "normalize,tokenize,terms1000"],
    "rules-rare": ["--rules", f"{work}/rules.yaml", "--chain", "normalize,tokenize,rare1000"],
    "base+sentences": ["--chain", "normalize,tokenize,sentences"],
    "rules+sentences": ["--rules", f"{work}/rules.yaml", "--chain", "normalize,tokenize,sentences,terms1000"],
}

def run(args, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([bin, "bench", "--input", path, "--jobs", "1"] + args, check=True, capture_output=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out), cpu

wall = {n: [] for n in configs}
cpu = {n: [] for n in configs}
for r in range(repeats):
    for name, args in configs.items():
        full, t = run(args, f"{work}/input.jsonl")
        _, t0 = run(args, f"{work}/one.jsonl")
        wall[name].append(full["mb_per_s"])
        cpu[name].append(full["bytes"] / 1e6 / max(t - t0, 1e-6))
    print(f"round {r + 1}/{repeats} done", file=sys.stderr)

print(f"{'chain':<17}{'wall MB/s':>10}{'ratio':>8}{'CPU MB/s':>10}{'ratio':>8}   (best of {repeats}; CPU runs: median ratio)")
for name in configs:
    ref = "base+sentences" if name.endswith("+sentences") else "base"
    w, c = max(wall[name]), max(cpu[name])
    med = statistics.median(x / y for x, y in zip(cpu[name], cpu[ref]))
    print(f"{name:<17}{w:>10.1f}{w / max(wall[ref]):>8.3f}{c:>10.1f}{c / max(cpu[ref]):>8.3f}   {med:.3f}")
PY
