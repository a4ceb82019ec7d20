// The app's own JSON error from a route handler.
export const dynamic = 'force-dynamic';
export async function GET() { return Response.json({ error: 'database unavailable' }, { status: 500 }); }
