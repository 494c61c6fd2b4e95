"""Fixtures: the same suite runs in process (local backend) and against the emulator binary (AWS backend)."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Callable, Iterator, List

import pytest

import marketplane

ROOT = Path(__file__).resolve().parents[3]

# The fixture world of the Rust conformance suite, with transitions short enough for real-time waiting.
WORLD = (ROOT / "crates/emulator/tests/fixtures/world.toml").read_text().replace(
    "region_transition_seconds = 300",
    "region_transition_seconds = 1.0\nchange_set_preparation_seconds = 0.1\nchange_set_application_seconds = 0.1",
)
assert "region_transition_seconds = 1.0" in WORLD


class Env:
    """How a test reaches the engine: ``client(account)`` and ``codes(recipient)``."""

    def __init__(self, mode: str, client: Callable[[str], marketplane.Client], codes: Callable[[str], List[str]]):
        self.mode = mode
        self.client = client
        self.codes = codes


def _emulator_binary() -> Path:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = Path(os.environ.get("MARKETPLANE_EMULATOR", target / "debug" / "marketplane-emulator"))
    if not binary.exists():
        pytest.fail(f"emulator binary not found at {binary}: run `cargo build -p marketplane-emulator` first")
    return binary


@pytest.fixture(params=["local", "emulator"])
def env(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Env]:
    if request.param == "local":
        base = marketplane.Client.in_memory(world=WORLD)
        yield Env("local", base.as_account, base.sent_codes)
        return
    world = tmp_path / "world.toml"
    world.write_text(WORLD)
    proc = subprocess.Popen(
        [str(_emulator_binary()), "--bind", "127.0.0.1:0", "--world", str(world)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:"), url

        def client(account: str) -> marketplane.Client:
            return marketplane.Client.aws(
                endpoint_url=url, region_name="us-east-1", aws_access_key_id=account, aws_secret_access_key="test"
            ).as_account(account)

        def codes(recipient: str) -> List[str]:
            query = urllib.parse.urlencode({"recipient": recipient})
            with urllib.request.urlopen(f"{url}/_marketplane/outbox?{query}") as response:
                return [m["code"] for m in json.load(response)]

        yield Env("emulator", client, codes)
    finally:
        proc.kill()
        proc.wait()
