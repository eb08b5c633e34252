import { describe, expect, it } from 'vitest';
import { asnRecordHref, mayReadPerformanceOf } from './record-access';

const asn = { id: 7, unitId: 3 };
const viewer = (roles: string[], unitId = 3, id = 1) => ({ id, unitId, roles });

describe('13.8 an ASN\'s name links to their record only where the viewer may open it', () => {
  it.each([
    ['an officer of the same unit', viewer(['officer']), null],
    ['a supervisor of the unit', viewer(['supervisor']), '/kinerja/pegawai/7'],
    ['a supervisor of another unit', viewer(['supervisor'], 4), null],
    ['an official', viewer(['official'], 9), '/kinerja/pegawai/7'],
    ['an admin', viewer(['admin'], 9), '/kinerja/pegawai/7'],
    ['the city complaint coordinator', viewer(['complaint_coordinator'], 9), null],
    ['the ASN themselves', viewer(['officer'], 3, 7), '/kinerja'],
  ])('13.8 %s: %s', (_who, v, href) => {
    expect(asnRecordHref(v, asn)).toBe(href);
    expect(mayReadPerformanceOf(v, asn)).toBe(href !== null);
  });
});
