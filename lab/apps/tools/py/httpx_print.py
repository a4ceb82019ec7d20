import sys

import httpx

r = httpx.get(sys.argv[1])
print(r)
print(r.headers)
print(r.text)
