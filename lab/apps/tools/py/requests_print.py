import sys

import requests

r = requests.get(sys.argv[1])
print(r.status_code, r.reason)
print(r.headers)
print(r.text)
