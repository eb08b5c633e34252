// `npm run start:node`: the self-hosted server on a local libSQL file, in demo mode unless the
// environment says otherwise.
process.env['DEMO_MODE'] ??= 'true';
process.env['APP_ENV'] ??= 'development';
const { startNodeServer } = await import('../src/node/server');
await startNodeServer({ port: Number(process.env['PORT'] || 8788), hostname: process.env['HOST'] || '127.0.0.1' });
export {};
