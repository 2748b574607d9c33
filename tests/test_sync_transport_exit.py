"""An unclosed SyncASGITransport, or a facade holding one, never holds the interpreter open at
exit (it did: a user's test run hung until `timeout` killed it), and warns when collected."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import time
import warnings

import httpx
import pytest
from smsgate.stub import SyncASGITransport
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import UBill

UNCLOSED_FACADE = textwrap.dedent(
    """
    from smsgate.stub import SyncASGITransport
    from smsgate.stub.ubill import UBillStub
    from smsgate.ubill import UBill

    stub = UBillStub("key")
    client = UBill("key", base_url="http://stub/v1", transport=SyncASGITransport(stub.app))
    print(client.balance())
    bare = SyncASGITransport(stub.app)  # never used, never closed
    """
)


def test_an_unclosed_sync_facade_exits_promptly() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", UNCLOSED_FACADE], capture_output=True, text=True, timeout=20
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1000"
    assert time.monotonic() - started < 15


def test_a_collected_unclosed_transport_warns() -> None:
    stub = UBillStub("key")
    client = UBill("key", base_url="http://stub/v1", transport=SyncASGITransport(stub.app))
    assert client.balance() == 1000
    with pytest.warns(ResourceWarning, match="unclosed"):
        del client
        gc.collect()


def test_a_closed_transport_neither_warns_nor_serves() -> None:
    transport = SyncASGITransport(UBillStub("key").app)
    transport.close()
    transport.close()  # twice is harmless
    with pytest.raises(RuntimeError, match="closed"):
        transport.handle_request(httpx.Request("GET", "http://stub/openapi.json"))
    name = repr(transport)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del transport
        gc.collect()
    assert f"unclosed {name}" not in [str(w.message) for w in caught]
