// Issue 13.9: the demo catalogue said "Gratis" while its text said a retribusi was charged. Fees
// are data now (fee, feeKind, feeBasis, feeOther), and no service's text may contradict them.
import { describe, expect, it } from 'vitest';
import { feeSummary, feeTermsOf, isFree } from '../domain/catalogue/fee';
import { DEMO_SERVICES } from './demo-data';

const termsOf = (s: (typeof DEMO_SERVICES)[number]) =>
  feeTermsOf({ fee: s.fee, feeKind: s.feeKind ?? 'fixed', feeBasis: s.feeBasis ?? null, feeOtherId: s.feeOther?.id ?? '', feeOtherEn: s.feeOther?.en ?? '' });

// words for money in either language; "Makan Bergizi Gratis" is a programme's name, not a price
const MONEY = /retribusi|biaya|pajak|tarif|dipungut|sewa|levy|\bfees?\b|charge|\btax\b|free of|rent\b/i;

describe('13.9 every seeded service states its fee as data, never against its text', () => {
  const permits = DEMO_SERVICES.filter((s) => s.kind === 'permit').map((s) => [s.code, s] as const);

  // a complaint's text may name illegal charges as its subject; what it costs is nothing
  it.each(permits)('13.9 %s: the permit\'s description says nothing of money (the fee fields do)', (_code, s) => {
    expect(s.description.id).not.toMatch(MONEY);
    expect(s.description.en).not.toMatch(MONEY);
  });

  it('13.9 every complaint category is free, with no other charge', () => {
    for (const s of DEMO_SERVICES.filter((x) => x.kind === 'complaint')) {
      expect(isFree(termsOf(s)), s.code).toBe(true);
      expect(s.feeOther, s.code).toBeUndefined();
    }
  });

  it.each(permits)('13.9 %s: a permit names the legal basis of its fee', (_code, s) => {
    expect(s.feeBasis).toMatch(/UU 1\/2022/);
  });

  it.each(DEMO_SERVICES.map((s) => [s.code, s] as const))('13.9 %s: "Gratis" only where no retribusi is charged for it', (_code, s) => {
    const f = termsOf(s);
    if (isFree(f)) {
      // a free service's basis says why there is no levy, and other charges are not a retribusi of its own
      if (f.basis) expect(f.basis).toMatch(/bukan objek retribusi/);
      expect(f.other?.id ?? '').not.toMatch(/retribusi/i);
    } else {
      expect(f.basis).toMatch(/retribusi/);
      expect(feeSummary(f).id).not.toMatch(/Gratis/);
    }
  });

  it('13.9 the building approval and the road reserve are assessed per case; advertising and hygiene tell of the charge paid elsewhere', () => {
    const by = new Map(DEMO_SERVICES.map((s) => [s.code, termsOf(s)]));
    expect(by.get('pbg')!.kind).toBe('assessed');
    expect(by.get('rumija')!.kind).toBe('assessed');
    expect(by.get('reklame')!.other?.id).toMatch(/Pajak reklame/);
    expect(by.get('slhs')!.other?.id).toMatch(/laboratorium/);
    expect(feeSummary(by.get('reklame')!)).toEqual({ id: 'Layanan gratis; ada biaya lain', en: 'Service free; other charges apply' });
    expect(feeSummary(by.get('sip-nakes')!)).toEqual({ id: 'Gratis', en: 'Free' });
  });
});
