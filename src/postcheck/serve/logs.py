"""Logging for `postcheck serve`: access lines without query strings or bodies.

uvicorn's access log shows method, path and status; a query string could carry text a
client put there (`/?text=...`), so it is cut off. Nothing in postcheck logs a body.
"""
from __future__ import annotations

import logging


class NoQueryString(logging.Filter):
    """Drops the query string from uvicorn's access-log arguments (client, method, path, version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_query": {"()": "postcheck.serve.logs.NoQueryString"}},
    "formatters": {
        "default": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "access": {"format": "%(asctime)s access %(message)s"},
    },
    "handlers": {
        "default": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stderr"},
        "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stderr",
                   "filters": ["no_query"]},
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        "postcheck": {"handlers": ["default"], "level": "INFO", "propagate": False},
    },
}
