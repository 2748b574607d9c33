// Drives `smsgate stub`'s admin API as a Node app's tests would (stripe-mock style):
// node drive.mjs http://127.0.0.1:PORT  — prints one JSON line of what it saw; asserts fail.
import assert from "node:assert/strict";

const root = process.argv[2];
const json = async (path, init) => (await fetch(root + path, init)).json();
const post = (path, body) =>
  json(path, { method: "POST", body: JSON.stringify(body ?? {}), headers: { "content-type": "application/json" } });

const index = await json("/__smsgate/");
const ubill = root + index.vendors.ubill.base_path;
const key = index.vendors.ubill.settings.key;
const balance = () => fetch(`${ubill}/sms/balance?key=${key}`);

const send = await (await fetch(`${ubill}/sms/send?key=${key}&brandID=1&numbers=995511194241&text=Hi+from+node`)).json();
assert.equal(send.statusID, 0);
let state = await json("/__smsgate/ubill");
assert.deepEqual(state.sent.map((m) => [m.to, m.text, m.status]), [["+995511194241", "Hi from node", "3"]]);

await post("/__smsgate/ubill/faults", { fault: "429", retry_after: 7, path: "/sms/balance" });
const limited = await balance();
const afterLimit = await balance();

await post("/__smsgate/ubill/faults", { fault: "timeout" });
let timedOut = false;
try {
  await fetch(`${ubill}/sms/balance?key=${key}`, { signal: AbortSignal.timeout(500) });
} catch (error) {
  timedOut = error.name === "TimeoutError";
}

await post("/__smsgate/ubill/faults", { fault: "reset" });
let reset = false;
try {
  await (await balance()).text();
} catch (error) {
  reset = true;
}

state = await post("/__smsgate/ubill/advance", { seconds: 10 });
const delivered = state.sent[0].status;
await post("/__smsgate/reset");
const afterReset = (await json("/__smsgate/ubill")).sent.length;

console.log(JSON.stringify({
  limited: [limited.status, limited.headers.get("retry-after")],
  afterLimit: afterLimit.status,
  timedOut,
  reset,
  delivered,
  afterReset,
  clock: state.now,
}));
