import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { readOutboxMessage } from '../../cases/mail';
import { attachments, caseEvents, cases, outbox, services } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, openPrivate, PDF_BYTES, PNG_BYTES, submitComplaint, validFields } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`new complaint on ${RUNTIME}`, () => {
  it('the form lists active complaint categories, kelurahan by kecamatan, anonim preselected and a form token', async () => {
    const res = await h.request('/pengaduan/baru?kategori=sampah');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/<option value="sampah" selected/);
    expect(html).not.toContain('value="pbg"'); // permits are not complaint categories
    expect(html).toMatch(/<optgroup label="Kecamatan Laweyan">/);
    expect(html).toMatch(/<input type="radio" id="f-privacy-0" name="privacy" value="anonim" checked/);
    expect(html).toMatch(/name="form_token" value="[A-Za-z0-9_-]{20,}"/);
    expect(html).toContain('Gunakan lokasi saya');
    expect(html).toMatch(/<script src="\/assets\/v\/complaint-form\.[0-9a-f]{8}\.js" defer="" nonce=/);
    expect(html).toContain('href="/lacak"');
  });

  it('submits with a PNG and a PDF: routed, SLA set, files stored, event and confirmation mail written', async () => {
    const res = await submitComplaint(h, validFields({ latitude: '-7.5666', longitude: '110.8167' }), [
      { name: 'lubang.png', bytes: PNG_BYTES, type: 'image/png' },
      { name: 'surat.pdf', bytes: PDF_BYTES, type: 'application/pdf' },
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(html).toContain('Pengaduan terkirim');
    expect(html).toContain('hanya ditampilkan di halaman ini');
    const { code, key } = confirmation(html);
    expect(code).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(key.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
    expect(html).toContain(`/lacak/${code}#kunci=${key}`);

    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row).toBeDefined();
    const [svc] = await h.deps.db.select().from(services).where(eq(services.code, 'jalan-rusak'));
    expect(row!.unitId).toBe(svc!.unitId);
    expect(row!.status).toBe('submitted');
    expect(row!.privacy).toBe('anonim');
    expect(row!.contactPhone).toBe('+6281234567890');
    expect(row!.latitude).toBeCloseTo(-7.5666);
    expect(row!.accessKeyHash).not.toContain(key);
    // Monday 09:00 WIB + 1 working day → Tuesday 09:00 WIB; + 5 → next Monday 09:00 WIB
    expect(row!.firstResponseDueAt.toISOString()).toBe('2026-03-03T02:00:00.000Z');
    expect(row!.resolutionDueAt.toISOString()).toBe('2026-03-09T02:00:00.000Z');

    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, row!.id));
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'submitted', visibility: 'public', actorKind: 'citizen', toStatus: 'submitted' });

    const files = await h.deps.db.select().from(attachments).where(eq(attachments.caseId, row!.id));
    expect(files.map((f) => f.contentType).sort()).toEqual(['application/pdf', 'image/png']);
    for (const f of files) {
      expect(f.storageKey).toBe(`cases/${row!.id}/${f.id}`);
      const stored = await h.deps.files.get(f.storageKey);
      expect(stored).not.toBeNull();
      expect(stored!.size).toBe(f.size);
    }

    const mails = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, row!.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('budi@contoh.id');
    expect((await readOutboxMessage(h.deps.config.secret, mails[0]!)).body).toContain(`/lacak/${code}#kunci=${key}`);
  });

  it('a fully anonymous report needs no contact and writes no mail', async () => {
    const res = await submitComplaint(
      h,
      validFields({ contact_name: '', contact_email: '', contact_phone: '', fully_anonymous: '1', privacy: 'anonim' }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    const { code } = confirmation(html);
    expect(html).toContain('Anda tidak memberikan e-mail');
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row!.contactEmail).toBeNull();
    expect(row!.contactName).toBeNull();
    const mails = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, row!.id));
    expect(mails).toHaveLength(0);
  });

  it('the key from the confirmation opens the private view', async () => {
    const { code, key } = confirmation(await (await submitComplaint(h, validFields())).text());
    const { res } = await openPrivate(h, code, key);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(html).toContain('budi@contoh.id');
    expect(html).toContain('Tambah berkas');
  });

});
