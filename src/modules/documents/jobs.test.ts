import { describe, expect, it } from 'vitest';
import { decodePdfJob, encodePdfJob, type PdfJob } from './jobs';
import { RECEIPT_JOB } from '../../../tests/helpers/pdf-jobs';

const receipt = RECEIPT_JOB;

describe('14.6 a PDF job crosses to the PDF Worker as JSON', () => {
  it('comes back with its Dates as Dates, to the millisecond', () => {
    const back = decodePdfJob(encodePdfJob(receipt));
    expect(back).toEqual(receipt);
    expect(back?.kind === 'receipt' && back.facts.firstDue.at).toBeInstanceOf(Date);
  });

  it('a permit job keeps its dates, a revocation with none left null', () => {
    const job = { kind: 'permit', generatedAt: new Date('2026-11-30T00:00:00Z'), document: { issuedAt: new Date('2026-11-01T03:00:00Z'), revoked: null, validFrom: '2026-11-01' } } as unknown as PdfJob;
    expect(decodePdfJob(encodePdfJob(job))).toEqual(job);
  });

  it('anything else is not a job: unreadable JSON, no kind, a kind not drawn here, a date that is not one', () => {
    expect(decodePdfJob('{')).toBeNull();
    expect(decodePdfJob('{"facts":{}}')).toBeNull();
    expect(decodePdfJob('{"kind":"invoice"}')).toBeNull();
    expect(decodePdfJob('null')).toBeNull();
    expect(decodePdfJob('{"kind":"receipt","facts":{"submittedAt":{"$date":"kemarin"}}}')).toBeNull();
  });
});
