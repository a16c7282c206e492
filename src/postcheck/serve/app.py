"""The Starlette application of `postcheck serve`.

One engine per worker process, built at start-up (`lifespan`) from the same config
and packs as the CLI would use; every request checks one draft in memory. Routes:

    GET  /              the form (Dutch)                 POST /            check or fix, result page
    POST /api/check     contract JSON for one draft      POST /api/fix     fixed text + report
    GET  /api/packs     packs and rules in use           GET  /healthz     liveness
    GET  /openapi.json  the API description              /playground       pack playground (local only)

Nothing logs a body; errors answer in Dutch without the draft; lexicon entries never
leave the service except as the matched text of the draft that was sent.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import __version__
from ..errors import UserError
from ..model import CAPACITIES, CHANNELS, FileReport, RunReport
from . import draftform, guard, pages

log = logging.getLogger("postcheck.serve")
ENV_OPTIONS = "POSTCHECK_SERVE_OPTIONS"
API_KEYS = {"text", "format", "channel", "capacity"}
API_FORMATS = ("text", "markdown", "html")


@dataclass(frozen=True)
class ServeOptions:
    config: str | None = None
    packs: tuple[str, ...] = ()
    cwd: str = "."
    tokens: tuple[str, ...] = field(default=(), repr=False)
    max_bytes: int = 256 * 1024
    timeout: float = 10.0
    rate_per_minute: int = 60
    trust_proxy: bool = False
    playground: str | None = None

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> "ServeOptions":
        raw = json.loads(os.environ.get(ENV_OPTIONS, "{}"))
        raw["packs"] = tuple(raw.get("packs", ()))
        raw["tokens"] = tuple(raw.get("tokens", ()))
        return cls(**raw)


class Service:
    """The engine and everything a request needs; one per worker process."""

    def __init__(self, options: ServeOptions) -> None:
        from ..api import build_engine
        from ..config import settings_for

        self.options = options
        self.settings = settings_for(options.config, Path(options.cwd), packs=options.packs)
        self.engine = build_engine(self.settings)
        self.engine.warm()
        self.lock = threading.Lock()   # one check at a time per worker: spaCy pipelines are not shared
        self.limiter = guard.RateLimiter(options.rate_per_minute)
        packs = self.engine.packs
        self.org = next((p.description.strip().splitlines()[0] for p in reversed(packs) if p.description), "")
        self.org_short = packs[-1].name.capitalize() if packs else "de organisatie"

    @staticmethod
    def _draft(text: str, fmt: str | None, answers: draftform.Answers):
        """The typed text with the form's answers as front matter, and that front matter's length."""
        from ..drafts.read import parse_draft

        source, offset = draftform.compose(text, answers)
        return parse_draft("-", source.encode("utf-8"), fmt), offset

    def check(self, text: str, fmt: str | None, answers: draftform.Answers) -> FileReport:
        from ..api import check_drafts

        draft, offset = self._draft(text, fmt, answers)
        with self.lock:
            fr = check_drafts(self.engine, [draft], channel=answers.channel, capacity=answers.capacity).files[0]
        return draftform.on_typed_text(fr, offset)

    def fix(self, text: str, fmt: str | None, answers: draftform.Answers):
        from ..fix import fix_draft

        draft, offset = self._draft(text, fmt, answers)
        with self.lock:
            result = fix_draft(self.engine, draft, answers.channel, answers.capacity)
        return result, offset

    def run_report(self, fr: FileReport) -> RunReport:
        return RunReport((fr,), self.settings.fail_on, {r.id: r for r in self.engine.rules})


def _error(status: int, message: str, hint: str = "", headers: dict | None = None) -> JSONResponse:
    body = {"error": message}
    if hint:
        body["hint"] = hint
    return JSONResponse(body, status_code=status, headers=headers)


async def _run(request: Request, fn, *args):
    """Run a check in a worker thread under the per-request time budget."""
    service: Service = request.app.state.service
    with anyio.fail_after(service.options.timeout):
        return await anyio.to_thread.run_sync(fn, *args, abandon_on_cancel=True)


def _limited(request: Request) -> Response | None:
    service: Service = request.app.state.service
    wait = service.limiter.retry_after(guard.client_key(request, service.options.trust_proxy))
    if wait:
        return _error(429, "Te veel controles achter elkaar. Probeer het zo opnieuw.",
                      headers={"Retry-After": str(wait)})
    return None


# -- JSON API -----------------------------------------------------------------------------

async def _api_body(request: Request) -> dict | Response:
    service: Service = request.app.state.service
    if not guard.token_ok(request, service.options.tokens):
        return _error(401, "Geen of een ongeldig toegangstoken.", "stuur 'Authorization: Bearer <token>'",
                      headers={"WWW-Authenticate": "Bearer"})
    limited = _limited(request)
    if limited:
        return limited
    try:
        raw = await guard.read_body(request, service.options.max_bytes)
    except guard.BodyTooLarge:
        return _error(413, f"Het bericht is te groot (maximaal {service.options.max_bytes // 1024} kB).")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _error(400, "De aanvraag is geen geldige JSON.", 'stuur {"text": "..."}')
    if not isinstance(body, dict):
        return _error(400, "De aanvraag moet een JSON-object zijn.", 'stuur {"text": "..."}')
    unknown = sorted(set(body) - API_KEYS)
    if unknown:
        return _error(422, f"Onbekend veld: {unknown[0][:40]}.", f"geldige velden: {', '.join(sorted(API_KEYS))}")
    checks = (("text", None, True), ("format", API_FORMATS, False), ("channel", CHANNELS, False),
              ("capacity", CAPACITIES, False))
    for key, choices, required in checks:
        value = body.get(key)
        if value is None:
            if required:
                return _error(422, f"Het veld '{key}' ontbreekt.", 'stuur {"text": "..."}')
            continue
        if not isinstance(value, str) or (choices and value not in choices):
            allowed = f"een van: {', '.join(choices)}" if choices else "tekst"
            return _error(422, f"Het veld '{key}' is ongeldig.", f"gebruik {allowed}")
    return body


def _answers(body: dict) -> draftform.Answers:
    return draftform.Answers(channel=body.get("channel"), capacity=body.get("capacity"))


async def _api_call(request: Request, method: str):
    """Read and check the JSON body, then run `Service.<method>` on it; an error becomes a Dutch JSON answer."""
    body = await _api_body(request)
    if isinstance(body, Response):
        return body
    fn = getattr(request.app.state.service, method)
    try:
        return await _run(request, fn, body["text"], body.get("format", "markdown"), _answers(body))
    except UserError as exc:
        return _error(422, f"Dit bericht kan niet worden gecontroleerd: {exc.message}", exc.hint or "")
    except TimeoutError:
        return _error(503, "De controle duurde te lang. Probeer een kortere tekst.")


async def api_check(request: Request) -> Response:
    fr = await _api_call(request, "check")
    if isinstance(fr, Response):
        return fr
    from ..report.json import file_json

    return JSONResponse({"version": 1, "verdict": fr.verdict.value, "files": [file_json(fr)]})


async def api_fix(request: Request) -> Response:
    called = await _api_call(request, "fix")
    if isinstance(called, Response):
        return called
    result, offset = called
    from ..report.json import file_json

    after = draftform.on_typed_text(result.after, offset)
    left = draftform.on_typed_text(replace(result.after, findings=result.unfixable), offset)
    return JSONResponse({
        "version": 1, "text": result.fixed[offset:], "changed": result.changed, "applied": len(result.applied),
        "verdict": after.verdict.value, "report": file_json(after), "unfixable": file_json(left)["findings"],
    })


async def api_packs(request: Request) -> Response:
    service: Service = request.app.state.service
    return JSONResponse({"packs": [
        {"name": p.name, "version": p.version, "description": p.description.strip(),
         "rules": [{"id": r.id, "category": r.category, "severity": r.severity.value} for r in p.rules]}
        for p in service.engine.packs]})


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


async def openapi(request: Request) -> Response:
    from .openapi import spec

    return JSONResponse(spec(__version__))


# -- pages ----------------------------------------------------------------------------------

def _page(request: Request, template: str, status: int = 200, **values) -> HTMLResponse:
    service: Service = request.app.state.service
    nonce = guard.new_nonce()
    html = pages.render(template, title="Controle voor publicatie", org=service.org, org_short=service.org_short,
                        nonce=nonce, channels=draftform.CHANNEL_LABELS, capacities=draftform.CAPACITY_LABELS,
                        images=draftform.IMAGE_CHOICES, max_chars=service.options.max_bytes,
                        max_bytes=service.options.max_bytes, **values)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": guard.csp(nonce)})


async def form_page(request: Request) -> Response:
    return _page(request, "form.html", text="", answers=draftform.Answers(), result=None, error="")


async def form_post(request: Request) -> Response:
    service: Service = request.app.state.service
    limited = _limited(request)
    if limited:
        return _page(request, "form.html", status=429, text="", answers=draftform.Answers(), result=None,
                     error="Te veel controles achter elkaar. Probeer het over een minuut opnieuw.")
    try:
        request._body = await guard.read_body(request, service.options.max_bytes)  # form() reads this copy
        form = await request.form(max_files=1, max_fields=20)
    except guard.BodyTooLarge:
        return _page(request, "form.html", status=413, text="", answers=draftform.Answers(), result=None,
                     error=f"Het bericht is te groot (maximaal {service.options.max_bytes // 1024} kB).")
    answers = draftform.Answers.from_form(form)
    text, fmt, error = await _form_text(form)
    if error or not text.strip():
        return _page(request, "form.html", status=422 if error else 200, text=text, answers=answers, result=None,
                     error=error or "Plak eerst de tekst van je bericht.")
    try:
        if form.get("action") == "fix":
            result = await _fix_result(request, text, fmt, answers)
        else:
            fr = _titled(await _run(request, service.check, text, fmt, answers), "Jouw bericht")
            from ..report.html import file_section
            result = pages.render("result.html", before=file_section(service.run_report(fr), fr), fixed=None)
    except UserError as exc:
        return _page(request, "form.html", status=422, text=text, answers=answers, result=None,
                     error=f"Dit bericht kan niet worden gecontroleerd: {exc.message}")
    except TimeoutError:
        return _page(request, "form.html", status=503, text=text, answers=answers, result=None,
                     error="De controle duurde te lang. Probeer een kortere tekst.")
    return _page(request, "form.html", text=text, answers=answers, result=result, error="")


async def _form_text(form) -> tuple[str, str | None, str]:
    from ..drafts.read import format_for

    upload = form.get("file")
    if upload is not None and getattr(upload, "filename", None):
        fmt = format_for(upload.filename)
        if fmt is None:
            return "", None, "Kies een .txt-, .md- of .html-bestand."
        data = await upload.read()
        try:
            return data.decode("utf-8-sig"), fmt, ""
        except UnicodeDecodeError:
            return "", None, "Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw."
    return str(form.get("text") or "").replace("\r\n", "\n"), None, ""


async def _fix_result(request: Request, text: str, fmt: str | None, answers: draftform.Answers) -> str:
    from ..report.html import file_section

    service: Service = request.app.state.service
    result, offset = await _run(request, service.fix, text, fmt, answers)
    before = _titled(draftform.on_typed_text(result.before, offset), "Jouw tekst")
    after = _titled(draftform.on_typed_text(result.after, offset), "Aangepaste tekst")
    hidden = {k: v for k, v in asdict(answers).items() if v not in (None, "", False)}
    return pages.render(
        "result.html", before=file_section(service.run_report(before), before, 1, 1),
        after=file_section(service.run_report(after), after, 2, len(before.findings) + 1),
        fixed=result.fixed[offset:], applied=len(result.applied), hidden=hidden,
        unfixable=[f for f in result.unfixable if f.severity.value == "block"])


def _titled(fr: FileReport, title: str) -> FileReport:
    """Pages name the draft in words; the API keeps the contract's '-' for a draft that is no file."""
    return replace(fr, path=title)


async def playground(request: Request) -> Response:
    from . import playground as pg

    service: Service = request.app.state.service
    path = Path(service.options.playground or "")
    saved = False
    if request.method == "POST":
        try:
            request._body = await guard.read_body(request, 2 * 1024 * 1024)
            form = await request.form(max_files=0, max_fields=2)
            pg.save(path, str(form.get("pack") or ""))
            saved = True
        except (guard.BodyTooLarge, OSError) as exc:
            return _page(request, "playground.html", status=400, path=path.name, text="", problems=[str(exc)[:200]],
                         outcomes=None, saved=False)
    outcome = await anyio.to_thread.run_sync(pg.evaluate, path)
    passed = sum(1 for o in outcome.outcomes or () if o.ok)
    return _page(request, "playground.html", path=path.name, text=path.read_text(encoding="utf-8"),
                 problems=list(outcome.problems), outcomes=outcome.outcomes, passed=passed,
                 failed=len(outcome.outcomes or ()) - passed, saved=saved)


# -- errors, headers, assembly -------------------------------------------------------------

async def _not_found(request: Request, exc) -> Response:
    if request.url.path.startswith("/api/"):
        return _error(404, "Deze pagina bestaat niet.", "zie /openapi.json")
    return RedirectResponse("/", status_code=303) if request.method == "GET" else _error(404, "Niet gevonden.")


async def _not_allowed(request: Request, exc) -> Response:
    return _error(405, "Deze methode kan hier niet.", "zie /openapi.json")


async def _internal(request: Request, exc: Exception) -> Response:
    log.error("internal error %s on %s", type(exc).__name__, request.url.path)  # never the message: it may hold text
    return _error(500, "Er ging iets mis bij de controle. Probeer het opnieuw of neem contact op met de beheerder.")


class SecurityHeaders:
    """Pure ASGI middleware adding `guard.SECURITY_HEADERS` to every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in guard.SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(options: ServeOptions, service: Service | None = None) -> Starlette:
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        app.state.service = service or Service(options)
        yield

    routes = [
        Route("/", form_page, methods=["GET"]), Route("/", form_post, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]), Route("/api/fix", api_fix, methods=["POST"]),
        Route("/api/packs", api_packs, methods=["GET"]), Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    if options.playground:
        routes.append(Route("/playground", playground, methods=["GET", "POST"]))
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={404: _not_found, 405: _not_allowed, Exception: _internal})
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> Starlette:
    """The factory uvicorn workers call (`--factory`): options come from POSTCHECK_SERVE_OPTIONS."""
    return create_app(ServeOptions.from_env())
