# The two commands of README.md. Everything else (CMake, ctest) is reachable from these.
#   make demo   install missing packages, build Release, run the main job on examples/
#   make test   install missing packages, build Release and the sanitizer build, run every test
#               through ctest in both
# Both are idempotent: packages are checked before apt-get runs, and builds are incremental.
# Also: make fuzz runs every fuzz target for FUZZ_SECONDS (default 60) and fails on any finding.

BUILD_DIR ?= build/release
ASAN_DIR  ?= build/asan
DEMO_DIR  ?= build/demo
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60

.PHONY: all deps build asan demo test fuzz clean format

all: build

deps:
	@scripts/install-deps.sh

# Packages first, then configure once, then build incrementally: in this order even under make -j.
build: deps
	@test -f $(BUILD_DIR)/CMakeCache.txt || \
	  cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DENTENTE_WERROR=ON
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD_DIR)/entente $(DEMO_DIR)

# The sanitizer build: clang with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer
# coverage (cmake/Sanitizers.cmake), so that one build runs the tests under the sanitizers and
# holds the fuzzers.
asan: deps
	@test -f $(ASAN_DIR)/CMakeCache.txt || \
	  cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
	    -DENTENTE_SANITIZE=address,undefined -DENTENTE_FUZZ=ON
	cmake --build $(ASAN_DIR) --parallel $(JOBS)

test: build asan
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)
	ctest --test-dir $(ASAN_DIR) --output-on-failure --parallel $(JOBS)

# Each target's summary says how long it ran clean; findings stay in $(ASAN_DIR)/fuzz/work/.
fuzz: asan
	FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --test-dir $(ASAN_DIR) -L fuzz --output-on-failure \
	  --parallel $(JOBS) --timeout $$(( $(FUZZ_SECONDS) * 2 + 300 ))
	@cat $(ASAN_DIR)/fuzz/work/*/summary

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

clean:
	rm -rf build
