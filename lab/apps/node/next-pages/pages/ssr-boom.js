// getServerSideProps throws: Next renders its 500 error page.
export async function getServerSideProps() { throw new Error('database unavailable'); }
export default function Page() { return <p>never</p>; }
