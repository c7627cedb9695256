# A thin wrapper over tools/setup.sh, the CMake presets and the test runners.
#   make run    set up, build, and serve the app with a demo database on 127.0.0.1:8080
#   make test   set up, build, and run every test (native, server, browser)
#   make bench  benchmarks, printing figures
#   make fuzz   the libFuzzer targets for FUZZ_SECONDS (default 600); `make test` runs them 20 s
JOBS ?= 2
PORT ?= 8080
FUZZ_SECONDS ?= 600
DATA ?= build/data
export NODE_PATH := /usr/share/nodejs

.PHONY: all setup native native-bins web build run test test-native test-e2e test-fuzz bench fuzz clean
all: build

setup:
	@bash tools/setup.sh

native: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native -j $(JOBS)

web: setup
	@cmake --preset web >/dev/null
	@cmake --build --preset web -j $(JOBS)

build: native web

# What `make run` needs: the server and the tool, not the tests.
native-bins: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native -j $(JOBS) --target huicai huicai-serve

run: native-bins web
	build/bin/huicai-serve --root build/web/www --data $(DATA) --port $(PORT)

test-native: native
	@ctest --preset native -j $(JOBS)

# Three test files at a time (each has its own server and browser; the app idles while a
# test waits on it, so one file alone leaves a core mostly idle), the largest first so
# that the longest ones do not run alone at the end.
test-e2e: build
	@node --test --test-concurrency=3 $$(ls -S tests/e2e/*.test.mjs)

test-fuzz: setup
	@JOBS=$(JOBS) tests/fuzz/run.sh 20

test: test-native test-e2e test-fuzz

fuzz: setup
	@JOBS=$(JOBS) tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: build
	@build/bin/bench_sync_apply
	@build/bin/bench_offers
	@build/bin/bench_commit
	@node bench/web_size_and_load.mjs
	@cmake --build --preset web -j $(JOBS) --target huicai_web_store_bench
	@node bench/web_store.mjs
	@node bench/frame_time.mjs
	@node bench/map_frame.mjs

clean:
	rm -rf build
