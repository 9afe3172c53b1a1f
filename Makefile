# The dev loop: lint, then tests (quality gates included; they skip without ../shared/data).
.PHONY: check lint test bench
check: lint test
lint:
	ruff check src tests benchmarks
test:
	python -m pytest
bench:
	python benchmarks/ingest_throughput.py
