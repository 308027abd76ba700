# The two commands of the README: `make demo` and `make test`. Both install what they need.
SWIFT ?= swift
CHAIN ?= normalize,tokenize,sentences
BIN_RELEASE = .build/release/toolkit-cli

EXAMPLES = .build-examples
CC ?= cc

.PHONY: deps build release demo test bench bench-engine bench-chains tsan spark-example examples clean

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

# The three ways to add an extractor (docs/custom-extractors.md): the C and Swift run-time
# plugins, the compiled-in package and the embedding demo, built into .build-examples/; then
# toolkit-cli lists what the libraries and the example rule file add.
examples: deps
	$(SWIFT) build --product toolkit-cli
	mkdir -p $(EXAMPLES)/c
	$(CC) -shared -fPIC -O2 -Wall -I Sources/CToolkitPluginABI/include \
		Examples/DynamicPlugin/c/casualty_keywords.c -o $(EXAMPLES)/c/libcasualty_keywords.so
	$(CC) -shared -fPIC -O2 -Wall -I Sources/CToolkitPluginABI/include \
		Examples/DynamicPlugin/c/noop.c -o $(EXAMPLES)/c/libnoop.so
	$(SWIFT) build --package-path Examples/DynamicPlugin/swift --scratch-path $(EXAMPLES)/packages
	$(SWIFT) build --package-path Examples/CompiledPlugin --scratch-path $(EXAMPLES)/packages
	$(SWIFT) build --package-path Examples/Embedding --scratch-path $(EXAMPLES)/packages
	.build/debug/toolkit-cli plugins --rules Examples/rules/casualties.yaml \
		--plugin $(EXAMPLES)/c/libcasualty_keywords.so --plugin $(EXAMPLES)/packages/debug/libTokenStats.so | tail -n 12
	@echo "built: $(EXAMPLES)/c/libcasualty_keywords.so $(EXAMPLES)/c/libnoop.so $(EXAMPLES)/packages/debug/libTokenStats.so"
	@echo "       $(EXAMPLES)/packages/debug/my-toolkit $(EXAMPLES)/packages/debug/embedding-demo"

# Throughput against a bare ICU loop and Python peers (see Benchmarks/README.md).
bench: release
	Benchmarks/compare.sh

# The engine's throughput: bare ICU loop, one worker, two workers (see docs/engine.md).
bench-engine: release
	Benchmarks/engine.sh

# What each extractor costs: chains against normalize,tokenize, median of per-round ratios.
bench-chains: release
	Benchmarks/chains.sh

# The engine's tests under Thread Sanitizer, in a separate build directory (slow: minutes).
tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter Engine

# The chain as a PySpark mapper in local mode (needs Java and pyspark; see Examples/spark).
spark-example: build
	Examples/spark/run-example.sh

clean:
	rm -rf .build $(EXAMPLES)
