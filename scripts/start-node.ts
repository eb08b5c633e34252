// `npm run start:node`: the self-hosted server on a local libSQL file. With nothing set it is the
// two-command demo for a newcomer (development, demo data). With APP_ENV=production, as the
// README's deployment steps say, nothing is switched on behind the operator's back: demo mode
// only if DEMO_MODE=true is given, and the server refuses to start without its secret and address.
if ((process.env['APP_ENV'] ??= 'development') !== 'production') process.env['DEMO_MODE'] ??= 'true';
const { exitOnStartFailure, startNodeServer } = await import('../src/node/server');
await startNodeServer({ port: Number(process.env['PORT'] || 8788), hostname: process.env['HOST'] || '127.0.0.1' }).catch(
  exitOnStartFailure,
);
export {};
