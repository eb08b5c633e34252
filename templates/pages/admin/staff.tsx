import type { StaffListRow } from '../../../src/domain/admin/views';
import { ROLE_HINTS, ROLE_LABELS, roleLabel, ROLES } from '../../../src/domain/auth/roles';
import { msg, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { ActionForm, AdminPage, CheckboxGroup, Notice, Pager, SelectField, TextField, YesNo } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';

export const STAFF_LABELS = {
  nip: msg('NIP', 'NIP (civil service number)'),
  name: msg('Nama lengkap dengan gelar', 'Full name with titles'),
  email: msg('E-mail dinas', 'Work e-mail'),
  unitId: msg('Unit kerja', 'Unit'),
  position: msg('Jabatan', 'Position'),
  roles: msg('Peran', 'Roles'),
  confirm: msg('Konfirmasi', 'Confirmation'),
  account: msg('Akun', 'Account'),
};


export function StaffListPage(p: {
  lang: Lang;
  rows: StaffListRow[];
  total: number;
  page: number;
  pages: number;
  q: string;
  unitId: number | null;
  units: { id: number; code: string }[];
  notice?: string | null;
}) {
  const t = translator(p.lang);
  const qs = (page: number) => {
    const s = new URLSearchParams();
    if (p.q) s.set('q', p.q);
    if (p.unitId) s.set('unit', String(p.unitId));
    if (page > 1) s.set('hal', String(page));
    const str = s.toString();
    return `/admin/pegawai${str ? `?${str}` : ''}`;
  };
  return (
    <AdminPage lang={p.lang} current="/admin/pegawai" title={t('Pegawai', 'Staff')}>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p class="actions">
        <a class="button primary" href="/admin/pegawai/baru">
          {t('Tambah pegawai', 'Add a staff member')}
        </a>
      </p>
      <form method="get" action="/admin/pegawai" class="stacked" role="search">
        <div class="field">
          <label for="f-q">{t('Cari nama, NIP atau e-mail', 'Search name, NIP or e-mail')}</label>
          <input type="search" id="f-q" name="q" value={p.q} maxlength={100} />
        </div>
        <div class="field">
          <label for="f-unit">{t('Unit', 'Unit')}</label>
          <select id="f-unit" name="unit">
            <option value="">{t('— semua unit —', '— all units —')}</option>
            {p.units.map((u) => (
              <option value={String(u.id)} selected={u.id === p.unitId}>
                {u.code}
              </option>
            ))}
          </select>
        </div>
        <p class="actions">
          <button type="submit" class="button">
            {t('Cari', 'Search')}
          </button>
        </p>
      </form>
      <p class="muted">{t(`${p.total} pegawai ditemukan.`, `${p.total} staff found.`)}</p>
      <div class="table-scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('Nama', 'Name')}</th>
              <th scope="col">NIP</th>
              <th scope="col">E-mail</th>
              <th scope="col">{t('Unit', 'Unit')}</th>
              <th scope="col">{t('Peran', 'Roles')}</th>
              <th scope="col">{t('Status', 'Status')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((s) => (
              <tr>
                <td data-label={t('Nama', 'Name')}>
                  <a href={`/admin/pegawai/${s.id}`}>{s.name}</a>
                  {s.position ? <div class="muted">{s.position}</div> : null}
                </td>
                <td data-label="NIP">
                  <code>{s.nip}</code>
                </td>
                <td data-label="E-mail">{s.email}</td>
                <td data-label={t('Unit', 'Unit')}>{s.unitCode}</td>
                <td data-label={t('Peran', 'Roles')}>{s.roles.map((r) => pick(roleLabel(r), p.lang)).join(', ') || '—'}</td>
                <td data-label={t('Status', 'Status')}>
                  <YesNo lang={p.lang} value={s.active} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager lang={p.lang} page={p.page} pages={p.pages} hrefFor={qs} />
    </AdminPage>
  );
}

export function StaffFormPage(p: {
  lang: Lang;
  csrf: string;
  /** null when creating */
  staff: {
    id: number;
    nip: string;
    name: string;
    active: boolean;
    mustChangePassword: boolean;
    isSelf: boolean;
    /** wrong passwords from unknown browsers in the last hour, and how long new devices are still refused */
    signIn: { failures: number; lockedForSeconds: number };
  } | null;
  values: FormValues;
  errors: Errors;
  units: { id: number; code: string; name: string }[];
  notice?: string | null;
}) {
  const t = translator(p.lang);
  const s = p.staff;
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/pegawai"
      title={s ? t(`Ubah pegawai: ${s.name}`, `Edit staff: ${s.name}`) : t('Tambah pegawai', 'Add a staff member')}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary lang={p.lang} errors={p.errors} labels={STAFF_LABELS} />
      {s ? (
        <dl class="facts">
          <div>
            <dt>NIP</dt>
            <dd>
              <code>{s.nip}</code>
            </dd>
          </div>
          <div>
            <dt>{t('Status', 'Status')}</dt>
            <dd>
              <YesNo lang={p.lang} value={s.active} />
            </dd>
          </div>
          <div>
            <dt>{t('Kata sandi', 'Password')}</dt>
            <dd>
              {s.mustChangePassword
                ? t('Sementara — wajib diganti saat masuk', 'Temporary — must be changed at sign-in')
                : t('Ditetapkan pegawai', 'Set by the staff member')}
            </dd>
          </div>
        </dl>
      ) : (
        <p class="muted">
          {t(
            'Akun baru mendapat kata sandi sementara yang ditampilkan satu kali setelah disimpan; pegawai wajib menggantinya saat pertama masuk.',
            'A new account gets a temporary password, shown once after saving; the staff member must change it at first sign-in.',
          )}
        </p>
      )}
      <form method="post" action={s ? `/admin/pegawai/${s.id}` : '/admin/pegawai/baru'} class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        {s ? null : (
          <TextField
            {...f}
            name="nip"
            label={STAFF_LABELS.nip}
            required
            maxlength={18}
            inputmode="numeric"
            hint={msg('18 angka, tanpa spasi.', '18 digits, no spaces.')}
          />
        )}
        <TextField {...f} name="name" label={STAFF_LABELS.name} required maxlength={120} />
        <TextField {...f} name="email" type="email" label={STAFF_LABELS.email} required maxlength={200} />
        <SelectField
          {...f}
          name="unitId"
          label={STAFF_LABELS.unitId}
          required
          blank={msg('— pilih unit —', '— choose a unit —')}
          options={p.units.map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
        />
        <TextField {...f} name="position" label={STAFF_LABELS.position} maxlength={200} />
        <CheckboxGroup
          {...f}
          name="roles"
          label={STAFF_LABELS.roles}
          hint={msg(
            'Petugas dan kepala bidang bertindak untuk unitnya sendiri. Penjelasan lengkap di halaman Peran.',
            'Officers and supervisors act for their own unit. Full explanation on the Roles page.',
          )}
          options={ROLES.map((r) => ({ value: r, label: pick(ROLE_LABELS[r], p.lang), hint: pick(ROLE_HINTS[r], p.lang) }))}
        />
        <p class="actions">
          <button type="submit" class="primary">
            {s ? t('Simpan perubahan', 'Save changes') : t('Buat akun', 'Create account')}
          </button>{' '}
          <a class="button" href="/admin/pegawai">
            {t('Batal', 'Cancel')}
          </a>
        </p>
      </form>
      {s ? <AccountActions lang={p.lang} csrf={p.csrf} staff={s} errors={p.errors} /> : null}
    </AdminPage>
  );
}

function AccountActions(p: {
  lang: Lang;
  csrf: string;
  staff: { id: number; active: boolean; isSelf: boolean; signIn: { failures: number; lockedForSeconds: number } };
  errors: Errors;
}) {
  const t = translator(p.lang);
  const s = p.staff;
  const confirmErr = p.errors['confirm'];
  return (
    <section aria-labelledby="h-akun" class="account-actions">
      <h2 id="h-akun">{t('Akun', 'Account')}</h2>
      {p.errors['account'] ? (
        <p class="field-error" role="alert" id="f-account">
          {pick(p.errors['account'], p.lang)}
        </p>
      ) : null}
      <h3>{t('Atur ulang kata sandi', 'Reset password')}</h3>
      {s.isSelf ? (
        <p class="muted">
          {t('Kata sandi Anda sendiri diganti di halaman ', 'Change your own password on the ')}
          <a href="/akun/kata-sandi">{t('Akun', 'Account page')}</a>.
        </p>
      ) : (
      <form method="post" action={`/admin/pegawai/${s.id}/reset-sandi`} class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        <p class="muted">
          {t(
            'Membuat kata sandi sementara baru (ditampilkan satu kali), mengakhiri semua sesi akun ini, mencabut token API-nya, membuka kunci masuk, dan mewajibkan penggantian saat masuk.',
            'Creates a new temporary password (shown once), ends every session of this account, revokes its API tokens, unlocks sign-in, and requires a change at sign-in.',
          )}
        </p>
        <div class={confirmErr ? 'field radio-row has-error' : 'field radio-row'}>
          <input type="checkbox" id="f-confirm" name="confirm" value="1" aria-describedby={confirmErr ? 'e-confirm' : undefined} />
          <label for="f-confirm">
            {t(
              'Saya sudah memastikan identitas pegawai yang meminta pengaturan ulang ini.',
              "I have verified the identity of the staff member who asked for this reset.",
            )}
          </label>
        </div>
        {confirmErr ? (
          <span class="field-error" id="e-confirm">
            {pick(confirmErr, p.lang)}
          </span>
        ) : null}
        <p class="actions">
          <button type="submit" class="button">
            {t('Buat kata sandi sementara', 'Create a temporary password')}
          </button>
        </p>
      </form>
      )}
      <h3>{t('Kunci masuk', 'Sign-in lock')}</h3>
      <p class="muted" id="kunci-masuk">
        {s.signIn.lockedForSeconds > 0
          ? t(
              `Masuk dari perangkat baru ditahan ${Math.ceil(s.signIn.lockedForSeconds / 60)} menit lagi: ${s.signIn.failures} kata sandi salah dalam satu jam terakhir. Perangkat yang biasa dipakai pegawai tetap dapat masuk.`,
              `Signing in from a new device is on hold for ${Math.ceil(s.signIn.lockedForSeconds / 60)} more minutes: ${s.signIn.failures} wrong passwords in the last hour. The staff member's usual devices can still sign in.`,
            )
          : t(
              `Tidak terkunci (${s.signIn.failures} kata sandi salah dari perangkat baru dalam satu jam terakhir).`,
              `Not locked (${s.signIn.failures} wrong passwords from new devices in the last hour).`,
            )}
      </p>
      {s.signIn.failures > 0 ? (
        <>
          <p class="muted">
            {t(
              'Buka kunci hanya setelah memastikan identitas pegawai yang memintanya: percobaan yang gagal dihapus, sehingga penebak juga mendapat kesempatan baru.',
              'Unlock only after verifying the identity of the staff member who asks: the failed attempts are cleared, so a guesser gets new tries too.',
            )}
          </p>
          <ActionForm action={`/admin/pegawai/${s.id}/buka-kunci`} csrf={p.csrf} label={t('Buka kunci masuk', 'Unlock sign-in')} />
        </>
      ) : null}
      <h3>{s.active ? t('Nonaktifkan akun', 'Deactivate account') : t('Aktifkan kembali', 'Reactivate')}</h3>
      {s.active ? (
        s.isSelf ? (
          <p class="muted">{t('Anda tidak dapat menonaktifkan akun Anda sendiri.', 'You cannot deactivate your own account.')}</p>
        ) : (
          <>
            <p class="muted">
              {t(
                'Pegawai langsung keluar dari semua perangkat dan token API-nya dicabut. Riwayat kasus dan pelatihannya tetap tersimpan.',
                'The staff member is signed out everywhere at once and their API tokens are revoked. Their case and training history stays.',
              )}
            </p>
            <ActionForm action={`/admin/pegawai/${s.id}/nonaktifkan`} csrf={p.csrf} label={t('Nonaktifkan akun', 'Deactivate account')} danger />
          </>
        )
      ) : (
        <ActionForm action={`/admin/pegawai/${s.id}/aktifkan`} csrf={p.csrf} label={t('Aktifkan kembali', 'Reactivate')} />
      )}
    </section>
  );
}

/** Shown once, right after creating an account or resetting its password. Never stored. */
export function TemporaryPasswordPage(p: {
  lang: Lang;
  staff: { id: number; name: string; email: string };
  password: string;
  created: boolean;
}) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/pegawai"
      title={p.created ? t('Akun dibuat', 'Account created') : t('Kata sandi diatur ulang', 'Password reset')}
    >
      <div class="success-box">
        <p>
          {p.created
            ? t(`Akun untuk ${p.staff.name} (${p.staff.email}) sudah dibuat.`, `The account for ${p.staff.name} (${p.staff.email}) was created.`)
            : t(
                `Kata sandi ${p.staff.name} diganti, semua sesinya diakhiri, dan token API-nya dicabut.`,
                `${p.staff.name}'s password was replaced, all their sessions ended and their API tokens were revoked.`,
              )}
        </p>
        <p>{t('Kata sandi sementara:', 'Temporary password:')}</p>
        <p>
          <code class="temp-password" data-testid="temp-password">
            {p.password}
          </code>
        </p>
        <p>
          <strong>
            {t(
              'Halaman ini satu-satunya tempat kata sandi ini terlihat. Sampaikan langsung kepada pegawai, bukan lewat grup obrolan. Pegawai wajib menggantinya saat masuk.',
              'This page is the only place this password is shown. Hand it to the staff member directly, not through a group chat. They must change it at sign-in.',
            )}
          </strong>
        </p>
      </div>
      <p class="actions">
        <a class="button" href={`/admin/pegawai/${p.staff.id}`}>
          {t('Ke data pegawai', 'Go to the staff record')}
        </a>{' '}
        <a class="button" href="/admin/pegawai">
          {t('Daftar pegawai', 'Staff list')}
        </a>
      </p>
    </AdminPage>
  );
}
