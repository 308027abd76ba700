# Set-up shared by the benchmark scripts (sourced, not run): where the scripts and the package
# are, the corpus (CORPUS= overrides) and the folder for inputs and results (WORK= overrides).
# Usage: bench_setup SUBFOLDER   (sets here, root, corpus and work; exits 66 without the corpus)
bench_setup() {
  here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
  root=$(cd "$here/.." && pwd)
  corpus=${CORPUS:-$root/../shared/corpus/arabic-news.jsonl.zst}
  work=${WORK:-$here/$1}
  mkdir -p "$work"
  [ -f "$corpus" ] || { echo "corpus not found: $corpus (set CORPUS=...)" >&2; exit 66; }
}

# The whole, non-empty lines of the first MB megabytes of the corpus, to JSONL; with TEXTS, also
# their texts, NUL-separated (for the bare ICU loop). zstd ends on SIGPIPE once head has enough,
# which pipefail would take for a failure.
# Usage: bench_slice MB JSONL [TEXTS]
bench_slice() {
  { zstd -dc "$corpus" 2>/dev/null || true; } | head -c "$(($1 * 1000000))" | python3 -c '
import sys, json
lines = [l for l in sys.stdin.buffer.read().split(b"\n")[:-1] if l.strip()]
with open(sys.argv[1], "wb") as jsonl:
    jsonl.write(b"\n".join(lines) + b"\n")
if len(sys.argv) > 2:
    with open(sys.argv[2], "wb") as texts:
        texts.write(b"\0".join(json.loads(l)["text"].encode() for l in lines))
print(len(lines), "documents", file=sys.stderr)
' "${@:2}"
}
