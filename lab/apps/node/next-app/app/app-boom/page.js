// A server component that throws while rendering (dynamic, so at request time).
export const dynamic = 'force-dynamic';
export default async function Page() { throw new Error('database unavailable'); }
