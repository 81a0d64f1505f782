# The two commands of README.md. Everything else (CMake, ctest) is reachable from these.
#   make demo   install missing packages, build Release, run the main job on examples/
#   make test   install missing packages, build Release, run every test through ctest
# Both are idempotent: packages are checked before apt-get runs, and builds are incremental.

BUILD_DIR ?= build/release
DEMO_DIR  ?= build/demo
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build demo test clean format

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

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

clean:
	rm -rf build
