# obbligato: `make demo` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
DEMO_DIR ?= demo
# A local torch wheel (CPU build) is used when the machine has one; otherwise PyPI serves the pin.
FIND_LINKS := $(if $(wildcard /opt/wheels),--find-links /opt/wheels,)
APT_PACKAGES := fluidsynth fluid-soundfont-gm puredata-core jackd2 libportaudio2 libsndfile1 sonic-pi-samples
export PYTHONUNBUFFERED := 1

.PHONY: setup system demo sweep sweep-madrigals sweep-seguente sweep-trecento test bench lint patches clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(FIND_LINKS) -e '.[dev]'
	@touch $@

system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian packages:$$missing"; \
		export DEBIAN_FRONTEND=noninteractive; \
		echo "jackd2 jackd/tweak_rt_limits boolean false" | debconf-set-selections; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "missing Debian packages:$$missing"; \
		echo "install them with: sudo apt-get install$$missing   (tests needing them are skipped)"; \
	fi

setup: system $(VENV)/.installed

demo: setup
	$(VENV)/bin/obbligato demo $(DEMO_DIR)

# The grid of issue 11: K = 16, 64, 256 at 0.25 s and 0.5 s (`obbligato sweep --help` for more).
# SWEEP_SEEDS=0,1,2 replicates each cell with other seeds (vocabularies, training, sampling).
SWEEP_SEEDS ?= 0
SWEEP_GRID := --durations 0.25,0.5 --ks 16,64,256 --seeds $(SWEEP_SEEDS)

sweep: demo
	$(VENV)/bin/obbligato sweep $(DEMO_DIR)/stems --out $(DEMO_DIR)/sweep $(SWEEP_GRID)

# The second held-out corpus, another style: Monteverdi's madrigals, top voice -> lowest voice.
sweep-madrigals: setup
	$(VENV)/bin/obbligato corpus demo $(DEMO_DIR)/madrigals --collection monteverdi --limit 49 \
		--transpositions 0 --voices soprano,bass
	$(VENV)/bin/obbligato sweep $(DEMO_DIR)/madrigals --out $(DEMO_DIR)/sweep-madrigals $(SWEEP_GRID)

# The same madrigals, top voice -> basso seguente (the lowest note sounding in any voice); the
# training madrigals also in two other keys (augmentation), the test madrigals as written.
sweep-seguente: setup
	$(VENV)/bin/obbligato corpus demo $(DEMO_DIR)/madrigals-seguente --collection monteverdi \
		--limit 49 --transpositions 0 --augment=-3,2 --voices soprano,seguente
	$(VENV)/bin/obbligato sweep $(DEMO_DIR)/madrigals-seguente --target seguente \
		--out $(DEMO_DIR)/sweep-seguente $(SWEEP_GRID)

# A third style, never tuned on: 60 of the trecento's songs, top voice -> lowest voice; the
# training songs also in two other keys, the test songs as written (about an hour; 52 GB of disk).
sweep-trecento: setup
	$(VENV)/bin/obbligato corpus demo $(DEMO_DIR)/trecento --collection trecento --limit 60 \
		--transpositions 0 --augment=-3,2 --voices soprano,bass
	$(VENV)/bin/obbligato sweep $(DEMO_DIR)/trecento --out $(DEMO_DIR)/sweep-trecento $(SWEEP_GRID)

# Two workers (the CI machine has two cores), then the tests with a JACK server, one at a time.
TEST_WORKERS ?= 2

test: setup
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not jack" --durations=10 tests
	$(PY) -m pytest -q -m jack --durations=5 tests

bench: setup
	$(PY) -m agent.tools.bench

lint: setup
	$(VENV)/bin/ruff check agent corpus tests
	$(VENV)/bin/mypy

patches: setup
	$(PY) -m agent.tools.patchgen

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache
