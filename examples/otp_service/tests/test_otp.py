"""The OTP service's own tests: the SMS goes out through the uBill stub, the delivery
callbacks come back into the app, and the vendor's failures are the stub's to make."""

import httpx
from smsgate.testing import StubHandle

PHONE = "+995 511 19 42 41"


async def start(client: httpx.AsyncClient, phone: str = PHONE) -> httpx.Response:
    return await client.post("/otp", json={"phone": phone})


async def test_the_code_goes_out_by_sms_and_verifies(client: httpx.AsyncClient, sms: StubHandle):
    request_id = (await start(client)).json()["request_id"]
    (message,) = sms.sent
    assert message.to == "+995511194241" and message.parts == 1
    code = message.text.removeprefix("Your code is ")
    wrong = await client.post("/otp/verify", json={"request_id": request_id, "code": "000000"})
    right = await client.post("/otp/verify", json={"request_id": request_id, "code": code})
    assert (wrong.status_code, right.status_code) == (403, 200)


async def test_the_delivery_callback_marks_it_delivered(client: httpx.AsyncClient, sms: StubHandle):
    request_id = (await start(client)).json()["request_id"]
    assert (await client.get(f"/otp/{request_id}")).json() == {"delivery": "queued"}
    await sms.aadvance(60)  # the stub delivers, and calls the app back
    assert (await client.get(f"/otp/{request_id}")).json() == {"delivery": "delivered"}


async def test_a_failed_delivery_is_reported(client: httpx.AsyncClient, sms: StubHandle):
    request_id = (await start(client, "+995 511 194 000")).json()["request_id"]  # fails: *000
    await sms.aadvance(60)
    assert (await client.get(f"/otp/{request_id}")).json() == {"delivery": "failed"}


async def test_a_forged_callback_is_rejected(client: httpx.AsyncClient, sms: StubHandle):
    request_id = (await start(client)).json()["request_id"]
    (message,) = sms.sent
    sms_id, number = message.id.split(":")
    forged = {"key": "guessed", "smsID": sms_id, "number": number, "statusID": "1"}
    assert (await client.get("/sms-callbacks/ubill", params=forged)).status_code == 403
    assert (await client.get(f"/otp/{request_id}")).json() == {"delivery": "queued"}


async def test_a_send_that_timed_out_is_not_repeated(client: httpx.AsyncClient, sms: StubHandle):
    sms.fail_next("timeout", path="/sms/send")
    reply = await start(client)
    assert reply.status_code == 503
    assert len(sms.sent) == 1  # the vendor got it once; the app did not send a second code


async def test_the_vendors_rate_limit_reaches_the_caller(client: httpx.AsyncClient, sms):
    sms.fail_next("429", retry_after=120)  # longer than smsgate waits out
    reply = await start(client)
    assert (reply.status_code, reply.headers["Retry-After"]) == (429, "120")
    assert sms.sent == []
