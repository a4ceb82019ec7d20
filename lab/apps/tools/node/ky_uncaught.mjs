import ky from 'ky';

console.log(await ky.get(process.argv[2]).text());
