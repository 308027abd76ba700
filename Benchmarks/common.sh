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
