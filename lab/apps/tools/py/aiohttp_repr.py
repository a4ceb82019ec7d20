import asyncio
import sys

import aiohttp


async def main(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            print(resp)
            print(await resp.text())


asyncio.run(main(sys.argv[1]))
