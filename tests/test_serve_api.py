"""`postcheck serve`: the JSON API, limits, tokens, errors and logs (in-process and as a real server)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import jsonschema
import pytest
from starlette.testclient import TestClient

from conftest import invoke
from postcheck.serve.app import Service, ServeOptions, create_app
from postcheck.serve.guard import RateLimiter

TENANT = "Anouk van den Berg"
DRAFT = f"Vandaag de keuken van {TENANT} vernieuwd. Bel haar op 06-12345678 voor een afspraak.\n"


@pytest.fixture(scope="module")
def org(tmp_path_factory):
    folder = tmp_path_factory.mktemp("org")
    (folder / "clients.txt").write_text(f"{TENANT}\n", encoding="utf-8")
    (folder / ".postcheck.yaml").write_text("packs: [domus]\nlexicons:\n  clients: [clients.txt]\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def service(org):
    return Service(ServeOptions(config=str(org / ".postcheck.yaml"), rate_per_minute=0))


@pytest.fixture()
def client(service):
    with TestClient(create_app(service.options, service)) as c:
        yield c


def test_api_check_answers_what_the_cli_answers(client, org):
    got = client.post("/api/check", json={"text": DRAFT, "format": "text", "channel": "facebook"})
    assert got.status_code == 200
    cli = invoke(["check", "--format", "json", "--fail-on", "never", "--channel", "facebook", "-"],
                 input=DRAFT, cwd=org)
    want = json.loads(cli.stdout)
    body = got.json()
    assert body["version"] == 1 and body["verdict"] == want["verdict"] == "block"
    assert body["files"][0]["findings"] == want["files"][0]["findings"]
    assert body["files"][0]["advice"] == want["files"][0]["advice"]
    assert body["files"][0]["contacts"] == want["files"][0]["contacts"]
    for f in body["files"][0]["findings"]:
        assert DRAFT[f["start"]:f["end"]] == f["text"]


def test_api_check_matches_the_openapi_description(client):
    spec = client.get("/openapi.json").json()
    body = client.post("/api/check", json={"text": DRAFT}).json()
    schema = {**spec["components"]["schemas"]["Report"], "components": spec["components"]}
    jsonschema.validate(body, schema)   # $refs resolve against the components placed at the root


def test_front_matter_in_the_text_works_as_in_a_file(client):
    text = "---\nimages:\n  - file: a.jpg\n    shows: [property]\n---\nMooie woning opgeleverd!\n"
    body = client.post("/api/check", json={"text": text}).json()
    rules = {f["rule"] for f in body["files"][0]["findings"]}
    assert "domus.property-image" in rules


def test_api_fix_returns_the_fixed_text_and_its_report(client):
    body = client.post("/api/fix", json={"text": DRAFT, "format": "text"}).json()
    assert TENANT not in body["text"] and "06-12345678" not in body["text"]
    assert body["changed"] and body["applied"] == 2 and body["verdict"] == "ok"
    assert body["report"]["findings"] == []


@pytest.mark.parametrize("payload, status, words", [
    (b"{not json", 400, "geen geldige JSON"),
    (b"[1, 2]", 400, "JSON-object"),
    (b'{"txt": "x"}', 422, "Onbekend veld"),
    (b'{"format": "markdown"}', 422, "ontbreekt"),
    (b'{"text": 12}', 422, "ongeldig"),
    (b'{"text": "x", "channel": "myspace"}', 422, "ongeldig"),
    (b'\xff\xfe', 400, "geen geldige JSON"),
])
def test_malformed_bodies_get_a_dutch_4xx_without_traceback(client, payload, status, words):
    r = client.post("/api/check", content=payload, headers={"content-type": "application/json"})
    assert r.status_code == status
    assert words in r.json()["error"]
    assert "Traceback" not in r.text and "File \"" not in r.text


def test_oversized_bodies_are_refused_with_or_without_content_length(client, service):
    big = json.dumps({"text": "a" * (service.options.max_bytes + 10)}).encode()
    r = client.post("/api/check", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "te groot" in r.json()["error"]

    def chunks():
        for _ in range(service.options.max_bytes // 1000 + 2):
            yield b"a" * 1000
    r = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_unknown_paths_and_methods(client):
    assert client.get("/api/nothing").status_code == 404
    assert "bestaat niet" in client.get("/api/nothing").json()["error"]
    assert client.get("/api/check").status_code == 405


def test_bearer_tokens(service):
    options = ServeOptions(tokens=("s3cret-token-for-tests-only",), rate_per_minute=0)
    with TestClient(create_app(options, _with_options(service, options))) as c:
        assert c.post("/api/check", json={"text": "hoi"}).status_code == 401
        wrong = {"Authorization": "Bearer nope-nope-nope-nope"}
        assert c.post("/api/check", json={"text": "hoi"}, headers=wrong).status_code == 401
        ok = {"Authorization": "Bearer s3cret-token-for-tests-only"}
        assert c.post("/api/check", json={"text": "hoi"}, headers=ok).status_code == 200


def test_rate_limit_per_client(service):
    options = ServeOptions(rate_per_minute=3)
    with TestClient(create_app(options, _with_options(service, options))) as c:
        codes = [c.post("/api/check", json={"text": "hoi"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.post("/api/check", json={"text": "hoi"})
        assert int(r.headers["retry-after"]) >= 1 and "Te veel" in r.json()["error"]


def test_rate_limiter_window_slides():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.retry_after("a") for _ in range(3)][:2] == [0, 0]
    assert limiter.retry_after("b") == 0
    now[0] = 61.0
    assert limiter.retry_after("a") == 0


def test_time_budget_gives_503(service):
    class Slow(Service):
        def __init__(self, base):
            self.__dict__.update(base.__dict__)

        def check(self, *args):
            time.sleep(2)
            return super().check(*args)

    options = ServeOptions(timeout=0.3, rate_per_minute=0)
    slow = Slow(_with_options(service, options))
    with TestClient(create_app(options, slow)) as c:
        r = c.post("/api/check", json={"text": "hoi"})
        assert r.status_code == 503 and "te lang" in r.json()["error"]


def test_pages_are_dutch_self_contained_and_carry_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "Je bericht" in r.text and "Staat er een foto of video bij?" in r.text
    assert "src=\"http" not in r.text and "href=\"http" not in r.text and "@import" not in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'nonce-" in csp
    assert r.headers["cache-control"] == "no-store" and r.headers["x-frame-options"] == "DENY"


def test_form_post_shows_verdict_highlight_and_fix(client):
    r = client.post("/", data={"text": DRAFT, "channel": "facebook", "action": "check"})
    assert "Niet publiceren" in r.text and "<mark" in r.text
    r = client.post("/", data={"text": DRAFT, "channel": "facebook", "action": "fix"})
    assert "Aangepaste tekst" in r.text and "een bewoner vernieuwd" in r.text


def test_form_answers_become_front_matter(client):
    base = {"text": "Mooie woning opgeleverd!", "channel": "facebook", "image": "property", "action": "check"}
    r = client.post("/", data=base)
    assert 'class="label">Eerst overleggen' in r.text
    r = client.post("/", data={**base, "approval_by": "communicatie Domus", "approval_ref": "DOM-1",
                               "approval_date": "2026-11-30"})
    assert 'class="label">Akkoord' in r.text
    assert "---" not in r.text.split('<pre class="draft">')[1].split("</pre>")[0]   # the typed text only


def _with_options(service: Service, options: ServeOptions) -> Service:
    clone = Service.__new__(Service)
    clone.__dict__.update(service.__dict__)
    clone.options = options
    clone.limiter = RateLimiter(options.rate_per_minute)
    return clone


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, payload: dict) -> dict:
    req = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def test_real_server_never_logs_the_draft(org):
    port = _free_port()
    marker = "Zyxwvut Qlorbinsky"
    (org / "clients.txt").write_text(f"{TENANT}\n{marker}\n", encoding="utf-8")
    env = {**os.environ, "POSTCHECK_SERVE_TOKENS": ""}
    proc = subprocess.Popen([sys.executable, "-c", "from postcheck.cli import main; main()", "serve",
                             "--port", str(port), "--rate", "0"],
                            cwd=org, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        body = _post(base + "/api/check", {"text": f"Gisteren bij {marker} de kraan vervangen."})
        assert body["verdict"] == "block"
        assert body["files"][0]["findings"][0]["text"] == marker
        with pytest.raises(urllib.error.HTTPError):
            _post(base + "/api/check", {"text": f"{marker}", "bogus": marker})
        urllib.request.urlopen(f"{base}/?text={marker.replace(' ', '+')}", timeout=10).read()
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    logs = out + err
    assert "POST /api/check" in logs                      # the access log is there ...
    assert "Zyxwvut" not in logs and "Qlorbinsky" not in logs   # ... without the draft
    assert "Anouk" not in logs


def test_serve_refuses_playground_on_a_public_address(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nextends: [basis]\n", encoding="utf-8")
    result = invoke(["serve", "--host", "0.0.0.0", "--playground", pack], exit_code=2)
    assert "this computer only" in result.stderr


def test_short_tokens_are_refused(tmp_path):
    tokens = tmp_path / "tokens"
    tokens.write_text("kort\n", encoding="utf-8")
    result = invoke(["serve", "--token-file", tokens], exit_code=2)
    assert "shorter than 16" in result.stderr


def test_serve_openapi_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/fix", "/api/packs", "/healthz"} <= set(spec["paths"])
