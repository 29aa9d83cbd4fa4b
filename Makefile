# Pausa: every target first installs what is missing (scripts/install-deps.sh), then builds.
# Quick start: `make run` and `make test`.

BUILD_DIR   ?= build
RELEASE_DIR ?= build/release
WERROR      := $(if $(filter true 1 yes,$(CI)),ON,OFF)
CMAKE_ARGS  ?=
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench screenshots clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPAUSA_WERROR=$(WERROR) $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@$(BUILD_DIR)/bin/pausa $(ARGS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: deps
	@cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAUSA_WERROR=$(WERROR) $(CMAKE_ARGS) >/dev/null
	@cmake --build $(RELEASE_DIR) -j $(JOBS)
	@bash scripts/run-bench.sh $(RELEASE_DIR) $(BUILD_DIR)/bench

screenshots: build
	@bash scripts/screenshots.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
