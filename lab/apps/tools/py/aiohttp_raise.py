import asyncio
import sys

import aiohttp


async def main(url):
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        async with session.get(url) as resp:
            return await resp.json()


print(asyncio.run(main(sys.argv[1])))
