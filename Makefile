# Pausa: every target first installs what is missing (scripts/install-deps.sh), then builds.
# Quick start: `make run` and `make test`.

BUILD_DIR   ?= build
RELEASE_DIR ?= build/release
WERROR      := $(if $(filter true 1 yes,$(CI)),ON,OFF)
CMAKE_ARGS  ?=
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench screenshots package clean

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

# The Debian package from the Release tree that `make bench` also uses: build/pausa_<version>_<arch>.deb.
package: deps
	@cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAUSA_WERROR=$(WERROR) $(CMAKE_ARGS) >/dev/null
	@cmake --build $(RELEASE_DIR) -j $(JOBS)
	@cd $(RELEASE_DIR) && cpack --config CPackConfig.cmake -B $(abspath $(BUILD_DIR)) >/dev/null
	@rm -rf $(BUILD_DIR)/_CPack_Packages
	@ls $(BUILD_DIR)/pausa_*.deb

screenshots: build
	@bash scripts/screenshots.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
