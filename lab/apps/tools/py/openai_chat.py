import sys

import openai

client = openai.OpenAI(base_url=sys.argv[1], api_key="sk-lab-not-a-real-key", max_retries=0)
reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
print(reply.choices[0].message.content)
