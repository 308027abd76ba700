#!/usr/bin/env python3
"""Throughput of Python peers on the same documents as the toolkit, one JSON line per peer.

Usage: peers.py TEXTS.nul REPEATS [PEERS] [MAX_MB]
Each peer normalizes/tokenizes every document; the best of REPEATS runs is reported as
{"peer","seconds","mb_per_s","tokens"}. Peers that are not installed are reported with
"error" instead, so the comparison still runs.
"""
import json
import sys
import time


def load(path, max_mb):
    """The documents of a NUL-separated file, up to max_mb megabytes of text."""
    with open(path, "rb") as f:
        raw = f.read()
    docs, nbytes = [], 0
    for d in raw.split(b"\0"):
        if max_mb and nbytes >= max_mb * 1e6:
            break
        docs.append(d.decode("utf-8"))
        nbytes += len(d)
    return docs, nbytes


def spacy_peer():
    import spacy
    nlp = spacy.blank("ar")
    tok = nlp.tokenizer
    return lambda text: len(tok(text))


def pyicu_peer():
    import icu
    bi = icu.BreakIterator.createWordInstance(icu.Locale("ar"))

    def run(text):
        bi.setText(text)
        n = 0
        for _ in bi:
            if bi.getRuleStatus() >= 100:
                n += 1
        return n
    return run


def pyarabic_peer():
    from pyarabic import araby
    return lambda text: len(araby.tokenize(araby.strip_tashkeel(text)))


def camel_peer():
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar, normalize_unicode)
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.tokenizers.word import simple_word_tokenize

    def run(text):
        t = normalize_unicode(text)
        t = dediac_ar(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(t))))
        return len(simple_word_tokenize(t))
    return run


PEERS = {
    "spacy_blank_ar": spacy_peer,
    "pyicu_breakiterator": pyicu_peer,
    "pyarabic_strip_tokenize": pyarabic_peer,
    "camel_tools_normalize_tokenize": camel_peer,
}


def main():
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    only = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else list(PEERS)
    docs, nbytes = load(sys.argv[1], float(sys.argv[4]) if len(sys.argv) > 4 else 0)
    for name in only:
        try:
            run = PEERS[name]()
        except Exception as e:  # not installed, or failed to load
            print(json.dumps({"peer": name, "error": f"{type(e).__name__}: {e}"}), flush=True)
            continue
        best = None
        tokens = 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            tokens = sum(run(d) for d in docs)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        print(json.dumps({"peer": name, "seconds": round(best, 3), "mb_per_s": round(nbytes / 1e6 / best, 2),
                          "tokens": tokens}), flush=True)


if __name__ == "__main__":
    main()
