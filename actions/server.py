"""The action server: rasa_sdk's app on 127.0.0.1, plus the outbox flusher (at start-up, then every 10 s)."""
from __future__ import annotations

import asyncio
import logging
import os

from rasa_sdk.endpoint import create_app

from actions.outbox import default_outbox

logger = logging.getLogger(__name__)
FLUSH_EVERY_SECONDS = float(os.environ.get("C360_OUTBOX_FLUSH_SECONDS", "10"))


async def _flush_forever() -> None:
    outbox = default_outbox()
    while True:
        try:
            result = await asyncio.to_thread(outbox.flush)
            if result.delivered or result.failed:
                logger.info("outbox: %s delivered, %s waiting", result.delivered, result.failed)
        except Exception:  # keep flushing whatever happens
            logger.exception("outbox flush failed")
        await asyncio.sleep(FLUSH_EVERY_SECONDS)


def main() -> None:
    logging.basicConfig(level=os.environ.get("C360_LOG_LEVEL", "INFO"))
    app = create_app("actions.actions", cors_origins=None)

    @app.after_server_start
    async def start_flusher(app, _loop):
        app.ctx.flusher = asyncio.get_running_loop().create_task(_flush_forever())

    @app.before_server_stop
    async def stop_flusher(app, _loop):
        app.ctx.flusher.cancel()

    port = int(os.environ.get("C360_ACTION_PORT", "5055"))
    app.run("127.0.0.1", port, workers=1, access_log=False, motd=False)


if __name__ == "__main__":
    main()
