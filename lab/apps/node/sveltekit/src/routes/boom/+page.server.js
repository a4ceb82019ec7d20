// A page whose server load throws: SvelteKit's error page (message hidden in production).
export function load() { throw new Error('database unavailable'); }
