"""Telegram polling mode for local trials (no public HTTPS address needed).

`c360 telegram-polling` calls run_polling(): it removes any webhook (Telegram refuses getUpdates while a webhook is
set), then reads updates with PTB's getUpdates and feeds them to the same handler as the webhook
(handoff.routers.telegram.process_update). The token comes only from C360_TELEGRAM_TOKEN. Ctrl-C stops it.
Run the public service beside it for the widget; both share the database of C360_DATABASE_URL.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

from telegram.error import InvalidToken, TelegramError

from handoff import db, gateway
from handoff.config import get_settings
from handoff.routers import telegram as bridge

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


async def poll(stop: Optional[asyncio.Event] = None, *, timeout: int = 25, drop_webhook: bool = True) -> None:
    """Poll until `stop` is set (or forever). Network errors are retried with a growing pause."""
    bot = bridge.make_bot()
    async with bot:
        if drop_webhook:
            await bot.delete_webhook(drop_pending_updates=False)
        offset: Optional[int] = None
        pause = 1.0
        while stop is None or not stop.is_set():
            try:
                updates = await bot.get_updates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES)
                pause = 1.0
            except InvalidToken:
                logger.error("telegram polling: the bot token was refused")
                raise
            except TelegramError as error:
                logger.warning("telegram polling: getUpdates failed (%s); retry in %.0f s", type(error).__name__,
                               pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 60.0)
                continue
            for update in updates:
                offset = update.update_id + 1
                await bridge.process_update(update, bot)
    await gateway.shutdown()


def run_polling() -> None:
    """Entry point of `c360 telegram-polling`."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    if not settings.telegram_token:
        raise SystemExit("C360_TELEGRAM_TOKEN n'est pas défini : créez un robot avec BotFather (docs/CHANNELS.md).")
    db.init_engine(settings.database_url)
    db.migrate(settings.database_url)
    print("Telegram : lecture des messages en cours (mode polling). Ctrl-C pour arrêter.", flush=True)
    try:
        asyncio.run(poll())
    except KeyboardInterrupt:
        print("Arrêt.", flush=True)


if __name__ == "__main__":  # pragma: no cover
    run_polling()
