import sys

import requests

r = requests.get(sys.argv[1])
r.raise_for_status()
print(r.json())
