// An API route that throws: Next's api-resolver answers for it.
export default function handler() { throw new Error('database unavailable'); }
