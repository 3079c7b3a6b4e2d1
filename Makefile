# The two commands of the README. Both do all the set-up on a fresh machine.
.PHONY: run test test-fast

run:
	bash scripts/setup.sh
	.venv/bin/c360 run

test:
	bash scripts/setup.sh --test
	bash scripts/test.sh

# Your own fast loop: no trained model, no running stack.
test-fast:
	bash scripts/setup.sh
	.venv/bin/python -m pytest -m "not slow"
