"""`python -m postcheck`: the same as the `postcheck` command."""
from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
