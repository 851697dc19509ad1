"""A TCP proxy on loopback that adds a fixed delay to everything it forwards, each way: a database
server "far away" without touching the machine's network settings.

    python bench/latency_proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS

Each direction waits DELAY_MS / 2 before passing a chunk on, so a round trip costs DELAY_MS more.
Chunks keep their order (one queue per direction). It serves until it is killed.
"""

from __future__ import annotations

import asyncio
import sys


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(send())
    try:
        while True:
            data = await reader.read(65536)
            await queue.put((loop.time() + delay, data))
            if not data:
                break
        await sender
    except (ConnectionError, asyncio.CancelledError):
        sender.cancel()
        writer.close()


async def main(listen: int, host: str, port: int, delay_ms: float) -> None:
    one_way = delay_ms / 2000

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection(host, port)
        await asyncio.gather(_pipe(client_reader, server_writer, one_way),
                             _pipe(server_reader, client_writer, one_way), return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    print("READY", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
