"""Reporters: RunReport -> str, one module per format."""
from __future__ import annotations

from ..errors import UserError


def render_machine(fmt: str, report, redact: bool = False) -> str:
    if fmt == "json":
        from . import json as json_report
        return json_report.render(report, redact)
    try:
        module = __import__(f"{__name__}.{fmt}", fromlist=["render"])
    except ImportError:
        raise UserError(f"--format {fmt} is not available in this version", hint="use --format text or json") from None
    return module.render(report, redact)
