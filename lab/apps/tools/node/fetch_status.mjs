const r = await fetch(process.argv[2]);
console.log(r.status, r.statusText);
console.log(await r.text());
