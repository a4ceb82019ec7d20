import axios from 'axios';

try {
  const res = await axios.get(process.argv[2]);
  console.log(res.data);
} catch (err) {
  console.error(err.stack);
}
