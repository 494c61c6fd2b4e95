"""The estate from Python: inventory, audit, plan and apply with a progress callback, in process and against the
emulator binary, over the Rust estate suite's world (25 accounts in nested units, a root-deny SCP on Workloads/Prod)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterator, List

import pytest

import marketplane
from conftest import ROOT, _emulator_binary

ESTATE_WORLD = (ROOT / "crates/emulator/tests/fixtures/estate.toml").read_text()
MANAGEMENT = "123456789012"
PROD = "111111111111"  # Workloads/Prod, under the root-deny SCP
OTHER = "333333333333"  # outside it


@pytest.fixture(params=["local", "emulator"])
def estate_client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[marketplane.Client]:
    if request.param == "local":
        yield marketplane.Client.in_memory(world=ESTATE_WORLD).as_account(MANAGEMENT)
        return
    world = tmp_path / "estate.toml"
    world.write_text(ESTATE_WORLD)
    proc = subprocess.Popen(
        [str(_emulator_binary()), "--bind", "127.0.0.1:0", "--world", str(world)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        yield marketplane.Client.aws(
            endpoint_url=url, region_name="us-east-1", aws_access_key_id=MANAGEMENT, aws_secret_access_key="test"
        )
    finally:
        proc.kill()
        proc.wait()


SECURITY = marketplane.AlternateContact(
    alternate_contact_type="SECURITY", name="Security Team", title="Security",
    email_address="security@lists.example.com", phone_number="+1 206 555 0100",
)


def test_inventory_and_audit(estate_client: marketplane.Client) -> None:
    estate = estate_client.estate
    inventory = estate.inventory(paced=False)
    assert inventory.caller == MANAGEMENT
    assert len(inventory.accounts) == 25
    prod = next(a for a in inventory.accounts if a.account_id == PROD)
    assert "/".join(prod.ou_path) == "Workloads/Prod"
    assert prod.tags["customer"] == "A"

    report = estate.audit(
        marketplane.AuditPolicy(distribution_lists=["@lists.example.com"], marketplace=True, as_of="2026-03-16"),
        paced=False,
    )
    assert report.checklists[0].version == "7.1"
    scp = {f.account_id: f.status for f in report.findings if f.check == "CHK-SCP-DENY-ROOT"}
    assert scp[PROD] == "PASS" and scp[OTHER] == "FAIL"
    assert all(f.contact_type is not None for f in report.findings if f.check == "CHK-CONTACT-ALT-PRESENT")


def test_plan_apply_with_progress_converges(estate_client: marketplane.Client) -> None:
    estate = estate_client.estate
    desired = marketplane.DesiredState(contacts=[SECURITY])
    plan = estate.plan(desired, paced=False)
    assert len(plan.changes) == 25
    events: List[marketplane.ProgressEvent] = []
    report = estate.apply(plan, paced=False, concurrency=4, progress=events.append)
    assert [r.outcome for r in report.results].count("APPLIED") == 25
    assert len(events) == 25 and events[-1].total == 25 and {e.phase for e in events} == {"apply"}
    again = estate.plan(desired, paced=False)
    assert again.changes == [] and len(again.unchanged) == 25


def test_bad_arguments_are_refused_before_any_call() -> None:
    estate = marketplane.Client.in_memory(world=ESTATE_WORLD).as_account(MANAGEMENT).estate
    with pytest.raises(marketplane.ValidationError) as err:
        estate.inventory(concurrency=0)
    assert "concurrency" in str(err.value)
    with pytest.raises(TypeError, match="progress"):
        estate.apply(marketplane.Plan(), progress="not a callable")


def test_async_estate_with_a_progress_callback() -> None:
    import asyncio

    async def main() -> None:
        client = marketplane.AsyncClient.in_memory(world=ESTATE_WORLD).as_account(MANAGEMENT)
        seen: List[int] = []
        plan = await client.estate.plan(marketplane.DesiredState(contacts=[SECURITY]), paced=False)
        report = await client.estate.apply(plan, paced=False, progress=lambda e: seen.append(e.done))
        assert len(report.results) == 25 and sorted(seen) == list(range(1, 26))

    asyncio.run(main())
