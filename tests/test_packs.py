"""The built-in rule packs: valid, their examples pass, every rule is documented and covered.

Also: `postcheck init` scaffolds a pack that validates, and the ready-to-try
drafts in examples/ get the verdict their README promises.
"""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, invoke
from postcheck.packs.load import load_pack, validate_pack_file

RULES = ROOT / "rules"
PACKS = sorted(p.stem for p in RULES.glob("*.yaml"))
# organisation packs build on a shared one (basis); the shared ones extend nothing
ORG_PACKS = [name for name in PACKS if load_pack(str(RULES / f"{name}.yaml")).extends]


def _pack(name: str):
    return load_pack(str(RULES / f"{name}.yaml"))


@pytest.mark.parametrize("name", PACKS)
def test_pack_validates(name):
    result = invoke(["packs", "validate", RULES / f"{name}.yaml"])
    assert "ok" in result.stdout


@pytest.mark.parametrize("name", PACKS)
def test_pack_examples_pass(name):
    result = invoke(["packs", "test", RULES / f"{name}.yaml"])
    assert " 0 failed" in result.stdout


@pytest.mark.parametrize("name", PACKS)
def test_every_rule_has_source_and_examples(name):
    pack = _pack(name)
    for rule in pack.rules:
        assert rule.source.strip(), f"{rule.id}: no source sentence"
        assert rule.examples.flag, f"{rule.id}: no flag example"
        assert rule.examples.pass_, f"{rule.id}: no pass example"
        assert rule.message.strip(), f"{rule.id}: no message"
        if rule.severity.value != "info":
            assert rule.suggestion.strip() or rule.escalation.strip(), f"{rule.id}: no suggestion or escalation"


@pytest.mark.parametrize("name", ORG_PACKS)
def test_org_pack_has_enough_examples(name):
    pack = _pack(name)
    passing = [c for c in pack.examples if not c.expect and not c.verdict]
    assert len(pack.examples) >= 30, f"{name}: {len(pack.examples)} examples"
    assert len(passing) >= 12, f"{name}: {len(passing)} passing examples"


@pytest.mark.parametrize("name", ORG_PACKS)
def test_org_pack_examples_cover_every_rule(name):
    pack = _pack(name)
    expected = {e for case in pack.examples for e in case.expect}
    # info rules never change a verdict, so pack examples cannot expect them
    acting = {r.id for r in pack.rules if r.severity.value != "info"}
    assert acting <= expected, f"not covered by a pack example: {sorted(acting - expected)}"


@pytest.mark.parametrize("name", ORG_PACKS)
def test_org_pack_extends_basis_and_names_contacts(name):
    pack = _pack(name)
    assert pack.extends == ("basis",)
    assert pack.contacts, "no escalation contact"
    assert pack.organisation, "no organisation names"
    assert all(pack.advice.get(v) for v in ("ok", "review", "block"))
    ids = {r.local_id for r in pack.rules}
    assert {"client-name", "home-address", "phone-number", "tone-abuse"} <= ids


def test_rules_only_where_the_policy_asks():
    # the personal-capacity statement: Domus and Sterk Huis only; the role: Heemstede; the register: Hartekamp
    ids = {n: {r.local_id for r in _pack(n).rules} for n in PACKS}
    assert {n for n in PACKS if "disclaimer-missing" in ids[n]} == {"domus", "sterkhuis"}
    assert {n for n in PACKS if "role-missing" in ids[n]} == {"heemstede"}
    assert {n for n in PACKS if "unregistered-page" in ids[n]} == {"hartekamp"}
    assert {n for n in PACKS if "policy-status-missing" in ids[n]} == {"heemstede"}


def test_own_contact_details_are_allowed():
    assert "(0475) 33 73 23" in _pack("domus").allow_phones
    assert "023-5101411" in _pack("hartekamp").allow_phones
    assert "@hartekampgroep.nl" in _pack("hartekamp").allow_emails


def test_lexicons_hold_no_names():
    # shipped word lists are public vocabulary: no capitalised two-word entries that look like names
    for path in (ROOT / "lexicons" / "scheldwoorden.txt", ROOT / "lexicons" / "zorgdetails.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            words = entry.split()
            assert not (len(words) == 2 and all(w[:1].isupper() for w in words)), f"{path.name}: {entry!r}"


@pytest.mark.parametrize("draft,pack,verdict", [
    ("domus-steiger.md", "domus", "review"),
    ("sterkhuis-whatsapp.md", "sterkhuis", "block"),
    ("hartekamp-besloten-pagina.md", "hartekamp", "block"),
    ("heemstede-webcare.md", "heemstede", "review"),
])
def test_example_drafts(draft, pack, verdict):
    result = invoke(["check", "--pack", pack, "--format", "json", "--fail-on", "never",
                     ROOT / "examples" / draft])
    report = json.loads(result.stdout)
    assert report["files"][0]["verdict"] == verdict


def test_default_pack_example_is_review(tmp_path):
    # the README's first command: the default pack (domus), no config
    result = invoke(["check", "--format", "json", ROOT / "examples" / "domus-steiger.md"], exit_code=1, cwd=tmp_path)
    file = json.loads(result.stdout)["files"][0]
    assert file["verdict"] == "review"
    assert {f["rule"] for f in file["findings"]} <= {"domus.unapproved-mention", "domus.property-image"}
    assert "Susanne van der Poel" in json.dumps(file["contacts"])


def test_init_scaffolds_a_valid_pack(tmp_path):
    result = invoke(["init", "--org", "Test Org"], cwd=tmp_path)
    pack_file = tmp_path / "postcheck" / "test-org.yaml"
    assert pack_file.is_file()
    assert (tmp_path / ".postcheck.yaml").is_file()
    assert (tmp_path / "postcheck" / "clients.txt").is_file()
    assert "created" in result.stdout
    pack, problems = validate_pack_file(pack_file)
    assert not problems, [str(p) for p in problems]
    assert pack.extends == ("basis",)
    assert "client-name" in {r.local_id for r in pack.rules}
    invoke(["packs", "validate", pack_file])
    invoke(["packs", "test", pack_file])
    text = pack_file.read_text(encoding="utf-8")
    assert "Beter voorkomen dan genezen" in text or "prevention is better than cure" in text
    config = (tmp_path / ".postcheck.yaml").read_text(encoding="utf-8")
    for key in ("# channel:", "# capacity:", "# lexicons:", "# disable:", "\nexclude:"):
        assert key in config


def test_init_uses_the_scaffolded_pack(tmp_path):
    invoke(["init", "--org", "Test Org"], cwd=tmp_path)
    (tmp_path / "draft.txt").write_text("Bel de buurvrouw gerust op 06-12345678.\n", encoding="utf-8")
    result = invoke(["check", "--format", "json", "draft.txt"], exit_code=1, cwd=tmp_path)
    assert json.loads(result.stdout)["files"][0]["findings"][0]["rule"] == "test-org.phone-number"


def test_init_refuses_to_overwrite(tmp_path):
    invoke(["init", "--org", "Test Org"], cwd=tmp_path)
    result = invoke(["init", "--org", "Test Org"], exit_code=2, cwd=tmp_path)
    assert "--force" in result.stderr
    invoke(["init", "--org", "Test Org", "--force"], cwd=tmp_path)


def test_init_without_org(tmp_path):
    invoke(["init"], cwd=tmp_path)
    pack, problems = validate_pack_file(tmp_path / "postcheck" / "mijn-organisatie.yaml")
    assert not problems
