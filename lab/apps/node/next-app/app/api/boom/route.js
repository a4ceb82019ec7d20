// A route handler that throws.
export const dynamic = 'force-dynamic';
export async function GET() { throw new Error('database unavailable'); }
