import sys

import httpx

r = httpx.get(sys.argv[1], follow_redirects=True)
r.raise_for_status()
print(r.json())
