"""Fixtures of the boto3 suite: the emulator binary over the estate world, and plain boto3 clients against it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Callable, Iterator

import boto3
import pytest

ROOT = Path(__file__).resolve().parents[4]
WORLD = ROOT / "crates/emulator/tests/fixtures/estate.toml"


def _emulator_binary() -> Path:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = Path(os.environ.get("MARKETPLANE_EMULATOR", target / "debug" / "marketplane-emulator"))
    if not binary.exists():
        pytest.fail(f"emulator binary not found at {binary}: run `cargo build -p marketplane-emulator` first")
    return binary


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """A fresh emulator for the module, on a port of its own; stopped at the end."""
    proc = subprocess.Popen(
        [str(_emulator_binary()), "--bind", "127.0.0.1:0", "--world", str(WORLD)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def client(endpoint: str) -> Callable[..., Any]:
    """``client(service, account)``: a boto3 client whose 12-digit access key id makes it act as ``account``, or
    ``client(service, credentials=...)`` with the ``Credentials`` of an assumed role."""

    def make(service: str, account: str = "", credentials: dict[str, Any] | None = None) -> Any:
        if credentials is not None:
            keys = {
                "aws_access_key_id": credentials["AccessKeyId"],
                "aws_secret_access_key": credentials["SecretAccessKey"],
                "aws_session_token": credentials["SessionToken"],
            }
        else:
            keys = {"aws_access_key_id": account, "aws_secret_access_key": "test"}
        return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1", **keys)

    return make
