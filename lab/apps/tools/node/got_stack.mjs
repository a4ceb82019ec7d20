import got from 'got';

try {
  console.log(await got(process.argv[2]).text());
} catch (err) {
  console.error(err.stack);
}
