// A Nitro API handler that throws createError(403).
export default defineEventHandler(() => {
  throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'not allowed here' });
});
