# The two commands of the README: `make demo` and `make test`. Both install what they need.
SWIFT ?= swift
CHAIN ?= normalize,tokenize,sentences
BIN_RELEASE = .build/release/toolkit-cli

.PHONY: deps build release demo test bench bench-engine tsan spark-example clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product toolkit-cli

# Runs the main chain over the bundled sample and prints JSONL.
demo: release
	@$(BIN_RELEASE) run --chain $(CHAIN) --input Samples

test: deps
	$(SWIFT) test

# Throughput against a bare ICU loop and Python peers (see Benchmarks/README.md).
bench: release
	Benchmarks/compare.sh

# The engine's throughput: bare ICU loop, one worker, two workers (see docs/engine.md).
bench-engine: release
	Benchmarks/engine.sh

# The engine's tests under Thread Sanitizer, in a separate build directory (slow: minutes).
tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter Engine

# The chain as a PySpark mapper in local mode (needs Java and pyspark; see Examples/spark).
spark-example: build
	Examples/spark/run-example.sh

clean:
	rm -rf .build
