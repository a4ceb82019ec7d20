// A Nitro API handler that throws.
export default defineEventHandler(() => { throw new Error('database unavailable'); });
