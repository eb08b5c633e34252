// `npm run start:node`: the self-hosted server on a local libSQL file. With nothing set it is the
// two-command demo for a newcomer (development, demo data). With APP_ENV=production, as the
// README's deployment steps say, nothing is switched on behind the operator's back: demo mode
// only if DEMO_MODE=true is given, and the server refuses to start without its secret and address.
if ((process.env['APP_ENV'] ??= 'development') !== 'production') process.env['DEMO_MODE'] ??= 'true';
const { exitOnStartFailure, startNodeServer } = await import('../src/node/server');
const started = startNodeServer({ port: Number(process.env['PORT'] || 8788), hostname: process.env['HOST'] || '127.0.0.1' }).catch(
  exitOnStartFailure,
);
// A restart by the service manager (SIGTERM) or Ctrl-C stops taking requests, lets the ones under
// way answer (a citizen's submission is not cut off between its commit and its tracking code),
// then closes the staff thread and the database (SQLite folds its log back into the file). The
// handlers are in place before the server starts: a signal during the start stops it once started,
// or after 10 s, whichever comes first (a migration cut short is rolled back by SQLite at the next start).
let stopping = false;
const stop = (signal: string) => {
  // a second signal (Ctrl-C again) does not wait
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`Pelita berhenti (${signal}) / stopping (${signal})`);
  // a connection a client keeps open without asking anything does not hold the stop up for long
  setTimeout(() => process.exit(0), 10_000).unref();
  started
    .then((server) => server.close())
    .then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
await started;
export {};
