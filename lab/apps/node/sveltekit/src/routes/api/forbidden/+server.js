// An endpoint that uses SvelteKit's error() helper.
import { error } from '@sveltejs/kit';
export function GET() { error(403, 'not allowed here'); }
