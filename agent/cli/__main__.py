"""`python -m agent.cli ...` (and `torchrun -m agent.cli train ...`)."""
import sys

from agent.cli.main import main

sys.exit(main())
