"""Where the built-in packs (`rules/`) and word lists (`lexicons/`) are, in a checkout or an install."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path


def _shipped(package: str, checkout_dir: str, env: str) -> Path:
    """Where built-in files are: $env, the checkout's top-level folder, or the installed package data."""
    if os.environ.get(env):
        return Path(os.environ[env])
    checkout = Path(__file__).resolve().parents[2] / checkout_dir
    if checkout.is_dir():
        return checkout
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return checkout


BUILTIN_RULES = _shipped("postcheck.builtin_rules", "rules", "POSTCHECK_RULES_DIR")
BUILTIN_LEXICONS = _shipped("postcheck.builtin_lexicons", "lexicons", "POSTCHECK_LEXICONS_DIR")
