// An endpoint that throws.
export function GET() { throw new Error('database unavailable'); }
