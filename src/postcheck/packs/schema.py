"""Moved to `postcheck.schema` (config uses it too, and no lower layer should import packs); kept for the rule kinds."""
from ..schema import (  # noqa: F401
    ANY, BOOL, INT, LIST, MAP, NUMBER, TEXT, TEXTS, Field, read_fields, suggest,
)
