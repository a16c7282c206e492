"""Moved to `postcheck.yamlio` (config and front matter use it too); kept so older imports work."""
from ..yamlio import Loc, YList, YMap, compose_yaml, load_yaml, to_python  # noqa: F401
