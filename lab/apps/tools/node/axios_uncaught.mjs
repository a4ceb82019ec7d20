import axios from 'axios';

const res = await axios.get(process.argv[2]);
console.log(res.data);
