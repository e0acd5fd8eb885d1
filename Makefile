# Clipper: `make run` to try it, `make test` for the whole suite.
# Both install what a fresh Debian 12 machine lacks (they need root or sudo for apt-get).

SWIFT       ?= swift
PREFIX      ?= /usr/local
STATE_DIR   ?= var
BIN_DEBUG   := .build/debug
BIN_RELEASE := .build/release
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the build needs: libinotifytools (the inbox watch), libxml2
# (the HTML parser), SQLite (GRDB's engine) and pkg-config to find them.
BUILD_DEPS  := libinotifytools0-dev libxml2-dev libsqlite3-dev pkg-config
# Test tools: a throwaway PostgreSQL, the sqlite3 shell, curl, chromium (headless) for the web
# pages, and what LazyFS (the power-loss file system in ../shared/tools/lazyfs) builds and mounts with.
TEST_DEPS   := postgresql sqlite3 curl chromium cmake g++ libfuse3-dev fuse3
# The bench counts the daemon's fsync and fdatasync calls with perf (syscall tracepoints).
BENCH_DEPS  := linux-perf

.PHONY: all deps test-deps lazyfs build release run test bench eval fuzz crashtest powertest screenshots install uninstall lint clean

all: build

deps:
	@scripts/apt-install.sh $(BUILD_DEPS)

test-deps: deps
	@scripts/apt-install.sh $(TEST_DEPS)

## lazyfs: build LazyFS from ../shared/tools/lazyfs into .build/lazyfs (the power-loss tests mount it).
lazyfs: test-deps
	@scripts/lazyfs.sh >/dev/null

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build, then start clipperd on ./var with the sample articles dropped into its inbox.
run: build
	mkdir -p $(STATE_DIR)/inbox
	for f in seeds/*; do [ -e "$(STATE_DIR)/archive/$$(basename $$f)" ] || cp -n "$$f" $(STATE_DIR)/inbox/; done
	@echo "clipperd is starting on $(STATE_DIR)/; open http://127.0.0.1:7700/ or, in another terminal: $(BIN_DEBUG)/clipperctl --state-dir $(STATE_DIR) status"
	$(BIN_DEBUG)/clipperd --state-dir $(STATE_DIR)

## test: the whole suite, with a throwaway PostgreSQL server for the store tests.
test: test-deps lazyfs
	$(SWIFT) build --build-tests
	scripts/with-test-postgres.sh $(SWIFT) test --skip-build

## crashtest: the long crash test (10,000 files, 100 SIGKILLs); make test runs a short one.
crashtest: test-deps
	$(SWIFT) build --build-tests
	CLIPPER_CRASHTEST_FILES=10000 CLIPPER_CRASHTEST_KILLS=100 $(SWIFT) test --skip-build --filter CrashTests

## powertest: the long power-loss test (LazyFS; 20 power cuts of 50 files in each mode); make test runs a short one.
powertest: lazyfs
	$(SWIFT) build --build-tests
	CLIPPER_POWERTEST_ROUNDS=20 CLIPPER_POWERTEST_FILES=50 $(SWIFT) test --skip-build --filter PowerLossTests

## fuzz: libFuzzer over parse and extract for SECONDS (default 60).
SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(SECONDS)

## bench: release build, then the numbers (articles/s, MB/s, latency, peak RSS).
bench: release test-deps
	@scripts/apt-install.sh $(BENCH_DEPS)
	scripts/with-test-postgres.sh sh -c '$(BIN_RELEASE)/clipper-bench --seeds seeds --postgres "$$CLIPPER_TEST_POSTGRES_URL"'

## eval: release build, then every development set in ../shared/eval scored into one table (a few minutes);
## fails when a figure is below its floor (the FLOORS block of scripts/eval.sh).
eval: release
	scripts/eval.sh

## screenshots: the main web pages rendered to PNG by headless chromium, into docs/screenshots/.
screenshots: build test-deps
	scripts/screenshots.sh $(BIN_DEBUG) docs/screenshots

## install: release build, then binaries, config, unit file and the clipper user (needs root).
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)/etc/clipper $(DESTDIR)/etc/systemd/system
	install -m 0755 $(BIN_RELEASE)/clipperd $(BIN_RELEASE)/clipperctl $(DESTDIR)$(PREFIX)/bin/
	# SwiftPM's resource bundle (the extractor's word lists) is looked up beside the binary.
	rm -rf $(DESTDIR)$(PREFIX)/bin/clipper_ClipperExtract.resources $(DESTDIR)$(PREFIX)/bin/clipper_ClipperWeb.resources
	cp -r $(BIN_RELEASE)/clipper_ClipperExtract.resources $(BIN_RELEASE)/clipper_ClipperWeb.resources $(DESTDIR)$(PREFIX)/bin/
	[ -e $(DESTDIR)/etc/clipper/clipper.toml ] || install -m 0644 config/clipper.toml $(DESTDIR)/etc/clipper/clipper.toml
	install -m 0644 systemd/clipperd.service $(DESTDIR)/etc/systemd/system/clipperd.service
	install -d $(DESTDIR)$(PREFIX)/share/doc/clipper && install -m 0644 README.md $(DESTDIR)$(PREFIX)/share/doc/clipper/
	getent group clipper >/dev/null || groupadd --system clipper
	getent passwd clipper >/dev/null || useradd --system --gid clipper --home-dir /var/lib/clipper --shell /usr/sbin/nologin clipper
	-systemctl daemon-reload
	@echo "installed; start it with: systemctl enable --now clipperd"

## uninstall: stop the service and remove what install put in place (the config stays).
uninstall:
	-systemctl disable --now clipperd
	rm -rf $(DESTDIR)$(PREFIX)/bin/clipperd $(DESTDIR)$(PREFIX)/bin/clipperctl $(DESTDIR)$(PREFIX)/bin/clipper_ClipperExtract.resources $(DESTDIR)$(PREFIX)/bin/clipper_ClipperWeb.resources
	rm -f $(DESTDIR)/etc/systemd/system/clipperd.service

## lint: swift format lint over Sources, Tests and Package.swift (clean at the time of writing).
lint:
	$(SWIFT) format lint --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(STATE_DIR)
