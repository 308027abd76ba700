#!/usr/bin/env bash
# Throughput of `toolkit-cli bench --chain normalize,tokenize --jobs 1` against, in the same run
# and on the same documents: a bare ICU C loop (UTF-8 → UTF-16 + ubrk word break, the limit for
# an ICU-backed tokenizer) and Python peers (spaCy blank("ar"), PyICU, pyarabic, camel-tools).
#
# Usage: Benchmarks/compare.sh [MB] [REPEATS]   (defaults: 50 MB, 5 repeats; PEER_MB=5)
# Input: the first MB megabytes of ../shared/corpus/arabic-news.jsonl.zst (whole lines).
# Each tool runs REPEATS times, interleaved, and its best time is kept: the machines are shared
# and noisy, so the ratios (measured in one run) are what to compare. Peers are installed into
# Benchmarks/.venv from PyPI on first use; one that fails to install is reported and skipped.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mb=${1:-50}
repeats=${2:-5}
bench_setup results

echo "== input: first $mb MB of $(basename "$corpus")" >&2
bench_slice "$mb" "$work/input.jsonl" "$work/texts.nul"

echo "== building" >&2
(cd "$root" && swift build -c release --product toolkit-cli >&2)
cc -O2 "$here/icu-baseline/icu_wordbreak.c" $(pkg-config --cflags --libs icu-uc) -o "$work/icu_wordbreak"
bin="$root/.build/release/toolkit-cli"

venv=${VENV:-$here/.venv}
if [ ! -x "$venv/bin/python" ]; then
  echo "== installing peers into $venv" >&2
  python3 -m venv "$venv"
  for p in spacy PyICU pyarabic; do
    "$venv/bin/pip" install -q "$p" >&2 || echo "   could not install $p (reported as missing)" >&2
  done
  # camel-tools' own dependencies pull in torch and CUDA wheels (gigabytes) that its
  # normalization and tokenization utilities never import: install it alone, plus what they do.
  "$venv/bin/pip" install -q --no-deps camel-tools >&2 && "$venv/bin/pip" install -q emoji six regex >&2 \
    || echo "   could not install camel-tools (reported as missing)" >&2
fi

best() { python3 -c 'import sys,json; r=[json.loads(l) for l in sys.stdin if l.strip()]; print(json.dumps(min(r, key=lambda x: x["seconds"])))'; }
: > "$work/icu.jsonl"; : > "$work/ours.jsonl"; : > "$work/icu-nfkc.jsonl"; : > "$work/ours-normalize.jsonl"
: > "$work/ours-2jobs.jsonl"
echo "== timing ($repeats interleaved runs each)" >&2
for i in $(seq "$repeats"); do
  "$work/icu_wordbreak" "$work/texts.nul" >> "$work/icu.jsonl"
  "$bin" bench --chain normalize,tokenize --input "$work/input.jsonl" --jobs 1 >> "$work/ours.jsonl"
  "$work/icu_wordbreak" --nfkc "$work/texts.nul" >> "$work/icu-nfkc.jsonl"
  "$bin" bench --chain normalize --input "$work/input.jsonl" --jobs 1 >> "$work/ours-normalize.jsonl"
  "$bin" bench --chain normalize,tokenize --input "$work/input.jsonl" --jobs 2 >> "$work/ours-2jobs.jsonl"
done
icu=$(best < "$work/icu.jsonl"); ours=$(best < "$work/ours.jsonl")
nfkc=$(best < "$work/icu-nfkc.jsonl"); norm=$(best < "$work/ours-normalize.jsonl"); two=$(best < "$work/ours-2jobs.jsonl")
# Python peers are one to two orders of magnitude slower: they run on the first PEER_MB
# megabytes of the same documents (MB/s does not depend on the amount).
"$venv/bin/python" "$here/peers.py" "$work/texts.nul" "$(( repeats < 3 ? repeats : 3 ))" "" "${PEER_MB:-5}" > "$work/peers.jsonl" || true

python3 - "$icu" "$ours" "$work/peers.jsonl" "$nfkc" "$norm" "$two" <<'PY'
import json, sys
icu, ours = json.loads(sys.argv[1]), json.loads(sys.argv[2])
peers = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
nfkc, norm, two = (json.loads(a) for a in sys.argv[4:7])
rows = [("bare ICU loop (UTF-8→UTF-16 + ubrk word)", icu["mb_per_s"]),
        ("toolkit-cli bench normalize,tokenize --jobs 1", ours["mb_per_s"])]
missing = []
for p in peers:
    if "error" in p: missing.append(f'{p["peer"]}: {p["error"]}')
    else: rows.append((p["peer"], p["mb_per_s"]))
print(f'| {"what":50} | {"MB/s":>8} | {"toolkit ÷ this":>14} |')
print(f'|{"-"*52}|{"-"*10}|{"-"*16}|')
for name, mbps in rows:
    print(f'| {name:50} | {mbps:8.2f} | {ours["mb_per_s"] / mbps:13.2f}× |')
print(f'\nnormalization alone: toolkit-cli bench normalize (search profile, with alignment) {norm["mb_per_s"]:.2f} MB/s'
      f' vs ICU NFKC (UTF-8→UTF-16 + unorm2) {nfkc["mb_per_s"]:.2f} MB/s: {norm["mb_per_s"] / nfkc["mb_per_s"]:.2f}×')
print(f'two workers: normalize,tokenize --jobs 2 {two["mb_per_s"]:.2f} MB/s = {two["mb_per_s"] / ours["mb_per_s"]:.2f}× one job')
print(f'peak RSS of toolkit-cli: {ours["peak_rss_mb"]} MB; documents: {ours["docs"]}; text bytes: {ours["bytes"]}')
for m in missing: print("not measured:", m)
PY
