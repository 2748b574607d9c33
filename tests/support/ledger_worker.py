"""One worker of a ledgered bulk send, run as its own process by the ledger's process tests:

    python -m tests.support.ledger_worker '{"vendor": ..., "base_url": ..., "settings": {...},
                                    "ledger": PATH-OR-DSN, "key": ..., "numbers": [...]}'

It prints one JSON line per recipient it reports ({"to", "id", "state", "error"}), or a
line {"stopped": <error>} with the error's accepted/unknown/not_attempted when a send stops.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from smsgate.errors import SmsgateError
from smsgate.gateway import connect


def main(config: dict[str, Any]) -> int:
    with connect(
        config["vendor"],
        base_url=config["base_url"],
        ledger=config["ledger"],
        chunk_size=config.get("chunk_size", 10),
        **config["settings"],
    ) as sms:
        try:
            sent = sms.send(config["numbers"], config.get("text", "Sale!"), key=config["key"])
        except SmsgateError as exc:
            stopped = {
                "stopped": str(exc),
                "accepted": [m.to for m in exc.accepted],
                "unknown": list(exc.unknown),
                "not_attempted": list(exc.not_attempted),
            }
            print(json.dumps(stopped), flush=True)
            return 1
    for message in sent:
        line = {"to": message.to, "id": message.id, "state": message.state.value}
        print(json.dumps({**line, "error": message.error}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(json.loads(sys.argv[1])))
