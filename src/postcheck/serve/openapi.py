"""The OpenAPI 3.1 description of the JSON API (served at /openapi.json)."""
from __future__ import annotations

from ..model import CAPACITIES, CATEGORIES, CHANNELS

_ERROR = {"type": "object", "required": ["error"],
          "properties": {"error": {"type": "string", "description": "what is wrong, in Dutch"},
                         "hint": {"type": "string", "description": "how to fix it"}}}
_DRAFT = {
    "type": "object", "required": ["text"], "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "description": "the draft; YAML front matter at the start works as in a file"},
        "format": {"type": "string", "enum": ["text", "markdown", "html"], "default": "markdown"},
        "channel": {"type": "string", "enum": list(CHANNELS)},
        "capacity": {"type": "string", "enum": list(CAPACITIES)},
    },
}
_FINDING = {
    "type": "object",
    "required": ["rule", "pack", "category", "severity", "message", "text", "start", "end", "line", "column"],
    "properties": {
        "rule": {"type": "string"}, "pack": {"type": "string"},
        "category": {"type": "string", "description": f"one of {', '.join(CATEGORIES)} or x-..."},
        "severity": {"type": "string", "enum": ["info", "review", "block"]},
        "message": {"type": "string"}, "text": {"type": "string"},
        "start": {"type": "integer"}, "end": {"type": "integer"},
        "line": {"type": "integer"}, "column": {"type": "integer"}, "suggestion": {"type": "string"},
        "also_categories": {"type": "array", "items": {"type": "string"},
                            "description": "further categories of this finding; each follows as an entry of its own"},
        "also_of": {"type": "string", "description": "this entry repeats the finding before it under a further "
                                                     "category; the finding's own category is this value"},
    },
}
_FILE = {
    "type": "object", "required": ["path", "verdict", "findings", "advice", "contacts"],
    "properties": {
        "path": {"type": "string"}, "verdict": {"type": "string", "enum": ["ok", "review", "block"]},
        "label": {"type": "string"}, "channel": {"type": "string"}, "capacity": {"type": "string"},
        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "advice": {"type": "string"}, "advice_steps": {"type": "array", "items": {"type": "string"}},
        "contacts": {"type": "array", "items": {"type": "object"}},
    },
}
_REPORT = {"type": "object", "required": ["version", "verdict", "files"],
           "properties": {"version": {"const": 1}, "verdict": {"type": "string", "enum": ["ok", "review", "block"]},
                          "files": {"type": "array", "items": {"$ref": "#/components/schemas/FileReport"},
                                    "minItems": 1, "maxItems": 1}}}
_FIXED = {"type": "object", "required": ["text", "changed", "applied", "verdict", "report", "unfixable"],
          "properties": {"text": {"type": "string"}, "changed": {"type": "boolean"},
                         "applied": {"type": "integer"}, "verdict": {"type": "string"},
                         "report": {"$ref": "#/components/schemas/FileReport"},
                         "unfixable": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}


def _errors(*codes: int) -> dict:
    text = {400: "malformed JSON", 401: "missing or wrong bearer token", 413: "body too large",
            422: "invalid field or a draft that cannot be read", 429: "rate limit (Retry-After)",
            503: "the check took longer than the time budget"}
    return {str(c): {"description": text[c],
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            for c in codes}


def _post(summary: str, schema: str) -> dict:
    return {"post": {
        "summary": summary, "security": [{"bearer": []}, {}],
        "requestBody": {"required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}},
            **_errors(400, 401, 413, 422, 429, 503)},
    }}


def spec(version: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "postcheck", "version": version,
                 "description": "Check a draft post against the organisation's social-media policy before "
                                "publishing. Drafts are processed in memory and never stored or logged."},
        "paths": {
            "/api/check": _post("Check one draft; the contract's JSON report for it", "Report"),
            "/api/fix": _post("Apply the packs' safe fixes and check the result", "Fixed"),
            "/api/packs": {"get": {"summary": "Packs and rules in use", "responses": {"200": {"description": "ok"}}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "ok"}}}},
        },
        "components": {
            "schemas": {"Draft": _DRAFT, "Finding": _FINDING, "FileReport": _FILE, "Report": _REPORT,
                        "Fixed": _FIXED, "Error": _ERROR},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
