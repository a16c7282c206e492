"""What protects the service and the drafts sent to it.

- `read_body`: at most `limit` bytes, whether or not the client sent a Content-Length.
- `RateLimiter`: a sliding window per client. Each answer tells whether a submitted name is
  on the organisation's (private) client list, so unlimited requests would let someone test
  a phone book against it; the limit makes that slow. It is per worker process (in memory):
  with N workers a client gets at most N times the limit, which keeps the service stateless.
- `token_ok`: optional bearer tokens (constant-time comparison).
- `SECURITY_HEADERS`: no caching of drafts, no framing, no external resources.
- Errors are answered in Dutch without the draft; nothing here logs a body.
"""
from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque

from starlette.requests import Request

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def csp(nonce: str) -> str:
    """Only this page's own inline style and the one script carrying `nonce`; nothing from elsewhere."""
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            f"script-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise BodyTooLarge()
        except ValueError:
            raise BodyTooLarge() from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


class RateLimiter:
    """At most `per_minute` requests per client key in any 60-second window (0 = no limit)."""

    def __init__(self, per_minute: int, clock=time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int:
        """0 when the request may go ahead (and is counted); else the seconds to wait."""
        if self.per_minute <= 0:
            return 0
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(1, int(60 - (now - hits[0])) + 1)
            hits.append(now)
            if len(self._hits) > 10_000:   # forget idle clients so memory stays bounded
                for k in [k for k, v in self._hits.items() if not v or now - v[-1] >= 60]:
                    del self._hits[k]
            return 0


def client_key(request: Request, trust_proxy: bool) -> str:
    if trust_proxy:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "?"


def token_ok(request: Request, tokens: tuple[str, ...]) -> bool:
    if not tokens:
        return True
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return False
    return any(hmac.compare_digest(given.strip().encode(), t.encode()) for t in tokens)
