// The app's own JSON error from an API route (res.status().json()).
export default function handler(req, res) { res.status(500).json({ error: 'database unavailable' }); }
