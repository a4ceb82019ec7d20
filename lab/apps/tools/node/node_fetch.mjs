import fetch from 'node-fetch';

const res = await fetch(process.argv[2]);
console.log(res);
console.log(await res.text());
