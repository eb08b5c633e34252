import { asc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { StaffFormPage, StaffListPage, TemporaryPasswordPage } from '../../../templates/pages/admin/staff';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import { destroyAllSessions } from '../../platform/auth/sessions';
import { accountLockStatus, staffAccountKey, unlockAccount } from '../auth/throttle';
import { revokeAllTokens } from '../../platform/auth/tokens';
import { staff, staffRoles, units } from '../../db/schema';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { PRIVATE_NO_STORE } from '../../platform/http/private-responses';
import { renderPage } from '../../platform/http/render';
import { msg, translator } from '../../platform/i18n/lang';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { conflictErrors, isUniqueViolation, type FieldErrors } from './validation';
import { noticeFor } from './notices';
import {
  activeUnitIds,
  findStaff,
  generateTemporaryPassword,
  isTaken,
  listStaff,
  staffEmail,
  staffNip,
  staffToValues,
  validateStaff,
  type StaffRecord,
} from './staff-data';

async function unitOptions(c: AppContext, includeId?: number) {
  const rows = await c.var.deps.db
    .select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn, active: units.active })
    .from(units)
    .orderBy(asc(units.code));
  return rows
    .filter((u) => u.active || u.id === includeId)
    .map((u) => ({ id: u.id, code: u.code, name: c.var.lang === 'en' ? u.nameEn : u.name }));
}

async function renderForm(c: AppContext, s: StaffRecord | null, values: FormValues, errors: FieldErrors, notice?: string | null) {
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: s ? t('Ubah pegawai', 'Edit staff') : t('Tambah pegawai', 'Add a staff member'), status: Object.keys(errors).length ? 422 : 200 },
    <StaffFormPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      staff={
        s
          ? {
              id: s.id,
              nip: s.nip,
              name: s.name,
              active: s.active,
              mustChangePassword: s.mustChangePassword,
              isSelf: s.id === c.var.principal?.id,
              signIn: await accountLockStatus(c.var.deps.db, staffAccountKey(s.id), c.var.deps.clock.now()),
            }
          : null
      }
      values={values}
      errors={errors}
      units={await unitOptions(c, s?.unitId)}
      notice={notice ?? null}
    />,
  );
}

async function loadStaff(c: AppContext): Promise<StaffRecord> {
  const s = await findStaff(c.var.deps.db, pathId(c));
  if (!s) throw new NotFoundError();
  return s;
}

function showPassword(c: AppContext, s: { id: number; name: string; email: string }, password: string, created: boolean) {
  const t = translator(c.var.lang);
  // the only copy of the password: never cached, never stored
  c.header('Cache-Control', PRIVATE_NO_STORE);
  return renderPage(
    c,
    { title: created ? t('Akun dibuat', 'Account created') : t('Kata sandi diatur ulang', 'Password reset') },
    <TemporaryPasswordPage lang={c.var.lang} staff={s} password={password} created={created} />,
  );
}

export const staffRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const unitRaw = c.req.query('unit') ?? '';
    const unitId = /^\d{1,9}$/.test(unitRaw) ? Number(unitRaw) : null;
    const pageRaw = c.req.query('hal') ?? '';
    const page = /^\d{1,6}$/.test(pageRaw) ? Number(pageRaw) : 1;
    const result = await listStaff(c.var.deps.db, { q, unitId, page });
    const unitList = await c.var.deps.db.select({ id: units.id, code: units.code }).from(units).orderBy(asc(units.code));
    return renderPage(
      c,
      { title: t('Pegawai', 'Staff') },
      <StaffListPage lang={c.var.lang} {...result} q={q} unitId={unitId} units={unitList} notice={noticeFor(c.req.query('ok'), c.var.lang)} />,
    );
  })
  .get('/baru', (c) => renderForm(c, null, { roles: ['officer'] }, {}))
  .post('/baru', async (c) => {
    const db = c.var.deps.db;
    const form = await readForm(c);
    const nip = staffNip(form);
    const email = staffEmail(form);
    const { input, errors } = validateStaff(form, {
      nipTaken: await isTaken(db, 'nip', nip, null),
      emailTaken: await isTaken(db, 'email', email, null),
      unitIds: await activeUnitIds(db),
      editing: false,
    });
    if (!input) return renderForm(c, null, form.values(), errors);
    const password = generateTemporaryPassword();
    const hashed = await hashPassword(password);
    const now = c.var.deps.clock.now();
    const insertStaff = db.insert(staff).values({
      nip: input.nip,
      name: input.name,
      email: input.email,
      unitId: input.unitId,
      position: input.position,
      passwordHash: hashed.hash,
      passwordParams: JSON.stringify(hashed.params),
      mustChangePassword: true,
      active: true,
      updatedAt: now,
    });
    // account and roles in one atomic batch: the roles find the new row by its NIP
    const roleInserts = input.roles.map((role) =>
      db.insert(staffRoles).select(
        db
          .select({ staffId: staff.id, role: sql<string>`${role}`.as('role') })
          .from(staff)
          .where(eq(staff.nip, input.nip)),
      ),
    );
    try {
      await db.batch([insertStaff, ...roleInserts]);
    } catch (e) {
      // the same NIP or e-mail saved a moment ago by another admin (or a double submit)
      if (!isUniqueViolation(e)) throw e;
      const again = validateStaff(form, {
        nipTaken: await isTaken(db, 'nip', nip, null),
        emailTaken: await isTaken(db, 'email', email, null),
        unitIds: await activeUnitIds(db),
        editing: false,
      });
      return renderForm(c, null, form.values(), conflictErrors(again.errors, 'email'));
    }
    const [created] = await db.select({ id: staff.id }).from(staff).where(eq(staff.nip, input.nip)).limit(1);
    await auditFromContext(c, {
      event: 'staff.created',
      target: `staff:${created!.id}`,
      detail: { nip: input.nip, name: input.name, email: input.email, unitId: input.unitId, position: input.position, roles: input.roles },
    });
    return showPassword(c, { id: created!.id, name: input.name, email: input.email }, password, true);
  })
  .get('/:id', async (c) => {
    const s = await loadStaff(c);
    return renderForm(c, s, staffToValues(s), {}, noticeFor(c.req.query('ok'), c.var.lang));
  })
  .post('/:id', async (c) => {
    const db = c.var.deps.db;
    const s = await loadStaff(c);
    const form = await readForm(c);
    const email = staffEmail(form);
    const unitIds = await activeUnitIds(db);
    unitIds.add(s.unitId);
    const { input, errors } = validateStaff(form, {
      nipTaken: false,
      emailTaken: await isTaken(db, 'email', email, s.id),
      unitIds,
      editing: true,
    });
    const isSelf = s.id === c.var.principal?.id;
    if (input && isSelf && s.roles.includes('admin') && !input.roles.includes('admin'))
      errors['roles'] = msg(
        'Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri. Minta administrator lain melakukannya.',
        'You cannot remove the Administrator role from your own account. Ask another administrator to do it.',
      );
    if (!input || Object.keys(errors).length) return renderForm(c, s, form.values(), errors);

    const changes = auditChanges(
      { name: s.name, email: s.email, unitId: s.unitId, position: s.position },
      { name: input.name, email: input.email, unitId: input.unitId, position: input.position },
    );
    const added = input.roles.filter((r) => !s.roles.includes(r));
    const removed = s.roles.filter((r) => !(input.roles as string[]).includes(r));
    const now = c.var.deps.clock.now();
    if (Object.keys(changes).length || added.length || removed.length) {
      const update = db
        .update(staff)
        .set({ name: input.name, email: input.email, unitId: input.unitId, position: input.position, updatedAt: now })
        .where(eq(staff.id, s.id));
      const roleWrites = [
        db.delete(staffRoles).where(eq(staffRoles.staffId, s.id)),
        ...(input.roles.length ? [db.insert(staffRoles).values(input.roles.map((role) => ({ staffId: s.id, role })))] : []),
      ];
      try {
        await db.batch([update, ...roleWrites]);
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const again = validateStaff(form, { nipTaken: false, emailTaken: await isTaken(db, 'email', email, s.id), unitIds, editing: true });
        return renderForm(c, s, form.values(), conflictErrors(again.errors, 'email'));
      }
    }
    if (Object.keys(changes).length)
      await auditFromContext(c, { event: 'staff.updated', target: `staff:${s.id}`, detail: { nip: s.nip, changes } });
    if (added.length || removed.length)
      await auditFromContext(c, {
        event: 'staff.roles_changed',
        target: `staff:${s.id}`,
        detail: { nip: s.nip, added, removed, roles: input.roles },
      });
    return c.redirect(`/admin/pegawai/${s.id}?ok=pegawai-diubah`, 303);
  })
  .post('/:id/nonaktifkan', async (c) => {
    const db = c.var.deps.db;
    const s = await loadStaff(c);
    if (s.id === c.var.principal?.id)
      return renderForm(c, s, staffToValues(s), {
        account: msg(
          'Anda tidak dapat menonaktifkan akun Anda sendiri. Minta administrator lain melakukannya.',
          'You cannot deactivate your own account. Ask another administrator to do it.',
        ),
      });
    if (s.active) {
      const now = c.var.deps.clock.now();
      // inactive first: from this moment no request of this account is accepted
      await db.update(staff).set({ active: false, updatedAt: now }).where(eq(staff.id, s.id));
      await destroyAllSessions(db, s.id);
      const tokensRevoked = await revokeAllTokens(db, s.id, now);
      await auditFromContext(c, {
        event: 'staff.deactivated',
        target: `staff:${s.id}`,
        detail: { nip: s.nip, sessionsEnded: true, tokensRevoked },
      });
    }
    return c.redirect(`/admin/pegawai/${s.id}?ok=pegawai-nonaktif`, 303);
  })
  .post('/:id/aktifkan', async (c) => {
    const db = c.var.deps.db;
    const s = await loadStaff(c);
    if (!s.active) {
      await db.update(staff).set({ active: true, updatedAt: c.var.deps.clock.now() }).where(eq(staff.id, s.id));
      await auditFromContext(c, { event: 'staff.reactivated', target: `staff:${s.id}`, detail: { nip: s.nip } });
    }
    return c.redirect(`/admin/pegawai/${s.id}?ok=pegawai-aktif`, 303);
  })
  .post('/:id/reset-sandi', async (c) => {
    const db = c.var.deps.db;
    const s = await loadStaff(c);
    const form = await readForm(c);
    if (s.id === c.var.principal?.id)
      return renderForm(c, s, staffToValues(s), {
        account: msg(
          'Kata sandi Anda sendiri diganti di halaman Akun (/akun/kata-sandi), dengan kata sandi lama Anda.',
          'Change your own password on the Account page (/akun/kata-sandi), with your current password.',
        ),
      });
    if (!form.checked('confirm'))
      return renderForm(c, s, staffToValues(s), {
        confirm: msg(
          'Centang konfirmasi bahwa identitas pegawai sudah Anda pastikan.',
          "Tick the box to confirm you have verified the staff member's identity.",
        ),
      });
    const now = c.var.deps.clock.now();
    const password = generateTemporaryPassword();
    const hashed = await hashPassword(password);
    await db
      .update(staff)
      .set({
        passwordHash: hashed.hash,
        passwordParams: JSON.stringify(hashed.params),
        mustChangePassword: true,
        updatedAt: now,
      })
      .where(eq(staff.id, s.id));
    await destroyAllSessions(db, s.id);
    // a token made by whoever knew the old password must not outlive it
    const tokensRevoked = await revokeAllTokens(db, s.id, now);
    // the staff member signs in with the new password from wherever they are: a guesser who
    // spent the account's budget must not keep them out (their known devices ended with the
    // old password)
    await unlockAccount(db, staffAccountKey(s.id));
    await auditFromContext(c, {
      event: 'staff.password_reset',
      target: `staff:${s.id}`,
      detail: { nip: s.nip, sessionsEnded: true, tokensRevoked, signInUnlocked: true },
    });
    return showPassword(c, { id: s.id, name: s.name, email: s.email }, password, false);
  })
  .post('/:id/buka-kunci', async (c) => {
    const s = await loadStaff(c);
    const cleared = await unlockAccount(c.var.deps.db, staffAccountKey(s.id));
    await auditFromContext(c, { event: 'staff.sign_in_unlocked', target: `staff:${s.id}`, detail: { nip: s.nip, failuresCleared: cleared } });
    return c.redirect(`/admin/pegawai/${s.id}?ok=pegawai-dibuka`, 303);
  });
