import { ROLE_EXPLANATIONS, ROLE_LABELS, ROLES } from '../../../src/domain/auth/roles';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage } from '../../_partials/admin-ui';

export function RolesPage(p: {
  lang: Lang;
  holders: Map<string, { id: number; name: string; unitCode: string; active: boolean }[]>;
}) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/peran"
      title={t('Peran', 'Roles')}
      lead={t(
        'Peran diberikan pada formulir pegawai. Satu akun boleh memiliki beberapa peran.',
        'Roles are given on the staff form. One account may hold several roles.',
      )}
    >
      {ROLES.map((r) => {
        const list = p.holders.get(r) ?? [];
        return (
          <section aria-labelledby={`h-${r}`} class="card">
            <h2 id={`h-${r}`}>
              {pick(ROLE_LABELS[r], p.lang)} <code>{r}</code>
            </h2>
            <p>{pick(ROLE_EXPLANATIONS[r], p.lang)}</p>
            <h3>{t(`Pemegang peran (${list.length})`, `Holders (${list.length})`)}</h3>
            {list.length ? (
              <ul>
                {list.map((s) => (
                  <li>
                    <a href={`/admin/pegawai/${s.id}`}>{s.name}</a> — {s.unitCode}
                    {s.active ? null : <span class="badge warn">{t(' nonaktif', ' inactive')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('Belum ada.', 'Nobody yet.')}</p>
            )}
          </section>
        );
      })}
    </AdminPage>
  );
}
