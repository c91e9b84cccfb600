# Plancast — the two commands a user needs are `make run` and `make test`.
# Both first make sure the system packages are present (LAPACKE via pkg-config).

SWIFT ?= swift
SCENARIO ?= Scenarios/q3-plan.yaml
APT_PACKAGES = liblapacke-dev pkg-config
RELEASE_BIN = .build/release

.PHONY: run test deps build release bench bench-forecast screenshot clean

## deps: install LAPACK's C interface when pkg-config cannot find it (needs root).
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lapacke; then :; \
	elif [ "$$(id -u)" = "0" ]; then \
		echo "Installing system packages: $(APT_PACKAGES)"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(APT_PACKAGES); \
	else \
		echo "Plancast needs the system packages '$(APT_PACKAGES)' (LAPACK's C interface)." >&2; \
		echo "Run 'make' as root, or first: sudo apt-get update && sudo apt-get install -y $(APT_PACKAGES)" >&2; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product plancast

## run: simulate the example plan (writing report.html) and compare its strategies.
run: release
	$(RELEASE_BIN)/plancast simulate $(SCENARIO) --report report.html
	@echo
	$(RELEASE_BIN)/plancast compare $(SCENARIO)

## test: the whole test suite (tests needing ../shared/data skip with a message when it is absent).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/BrowserCheck/check-reports.sh

## bench: sampler draws/s beside NumPy, and the Monte Carlo benchmark plan (release build).
bench: deps
	$(SWIFT) build -c release --product plancast-bench
	$(RELEASE_BIN)/plancast-bench samplers
	$(RELEASE_BIN)/plancast-bench simulate

## bench-forecast: M3 accuracy and speed beside the original submissions (and statsforecast
## when PLANCAST_PYTHON, default python3, can import it), how well --fill restores
## removed values, and how often fit names unusual values. Needs ../shared/data/m3.
bench-forecast: deps
	$(SWIFT) build -c release --product plancast-bench
	$(RELEASE_BIN)/plancast-bench forecast --sums
	$(RELEASE_BIN)/plancast-bench fill
	$(RELEASE_BIN)/plancast-bench unusual

## screenshot: regenerate docs/images/report.png, the README's picture of a report (needs Chromium).
screenshot: release
	PLANCAST=$(RELEASE_BIN)/plancast Tests/BrowserCheck/readme-screenshot.sh

clean:
	rm -rf .build
