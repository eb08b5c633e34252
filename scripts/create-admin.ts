// `npm run admin:create -- --nip 198001012005011001 --email admin@surakarta.go.id --name "…"
//    --unit-code DISKOMINFOSP --unit-name "Dinas Komunikasi, Informatika, Statistik dan Persandian"`
//
// A production database starts empty; this makes its first administrator. It prompts for
// nothing: it generates a strong random password, prints it once, and the administrator must
// change it at first sign-in. Without --sql it writes to the libSQL database (DATABASE_URL, or
// data/pelita.db), applying migrations first. With --sql it only prints the INSERT statements,
// for Cloudflare D1: wrangler d1 execute pelita --remote --command "<statements>"
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AdminExistsError, adminInsertSql, checkNewAdmin, createAdmin, generatePassword, type NewAdmin } from '../src/modules/auth/create-admin';
import { hashPassword } from '../src/platform/auth/password';
import { applyMigrations } from '../src/db/migrate';
import { openLibsql } from '../src/db/libsql';
import { readMigrationsFromDisk } from '../src/node/migrations-from-disk';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Pemakaian / usage:
  npm run admin:create -- --nip <18 angka> --email <e-mail> --name "<nama>" \\
      --unit-code <KODE> --unit-name "<nama unit>" [--unit-name-en "<name>"] [--position "<jabatan>"] [--sql]

  --sql   cetak perintah SQL untuk D1 saja / only print SQL for D1
          (wrangler d1 execute pelita --remote --command "<SQL>")`;

async function main() {
  const { values } = parseArgs({
    options: {
      nip: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      'unit-code': { type: 'string' },
      'unit-name': { type: 'string' },
      'unit-name-en': { type: 'string' },
      position: { type: 'string' },
      sql: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const admin: NewAdmin = {
    nip: (values.nip ?? '').replace(/\s+/g, ''),
    email: (values.email ?? '').trim(),
    name: values.name ?? '',
    unitCode: (values['unit-code'] ?? '').trim().toUpperCase(),
    unitName: values['unit-name'] ?? '',
    unitNameEn: values['unit-name-en'],
    position: values.position,
  };
  const problems = checkNewAdmin(admin);
  if (problems.length) {
    console.error(problems.map((p) => `  ✗ ${p}`).join('\n') + '\n\n' + USAGE);
    process.exitCode = 2;
    return;
  }

  if (values.sql) {
    const password = generatePassword();
    const statements = adminInsertSql(admin, await hashPassword(password), new Date());
    // SQL alone on stdout (redirect it to a file); instructions and the password on stderr
    console.log(statements.join('\n'));
    console.error(`
SQL di atas untuk D1 / the SQL above is for D1. Simpan lalu jalankan / save it, then run:
    npm run -s admin:create -- --sql … > admin.sql
    npx wrangler d1 execute pelita --remote --command "$(cat admin.sql)"     (atau / or --file admin.sql)
Hapus admin.sql sesudahnya / delete admin.sql afterwards.`);
    printPassword(admin.email.toLowerCase(), password, true);
    return;
  }

  const url = process.env['DATABASE_URL'] || `file:${resolve(ROOT, 'data/pelita.db')}`;
  if (url.startsWith('file:')) mkdirSync(dirname(url.slice(5)), { recursive: true });
  const { db, client } = openLibsql(url, process.env['DATABASE_AUTH_TOKEN']);
  try {
    const applied = await applyMigrations(client, readMigrationsFromDisk(resolve(ROOT, 'migrations')));
    if (applied.length) console.log(`Migrasi diterapkan / migrations applied: ${applied.join(', ')}`);
    const r = await createAdmin(db, admin, new Date());
    console.log(`Administrator dibuat / created: staff ${r.staffId} (${admin.email.toLowerCase()}) di / in ${url}`);
    if (r.unitCreated) console.log(`Unit baru / new unit: ${admin.unitCode} — ${admin.unitName}`);
    printPassword(admin.email.toLowerCase(), r.password);
  } catch (e) {
    if (e instanceof AdminExistsError) {
      console.error(`  ✗ ${e.message}`);
      process.exitCode = 1;
      return;
    }
    throw e;
  } finally {
    client.close();
  }
}

function printPassword(email: string, password: string, toStderr = false) {
  (toStderr ? console.error : console.log)(`
Kata sandi sementara / temporary password for ${email}:

    ${password}

Ditampilkan sekali ini saja; tidak disimpan di mana pun. Wajib diganti saat pertama masuk (/masuk).
Shown only this once and stored nowhere. It must be changed at the first sign-in (/masuk).`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
