// How much one client address may do without an account, per hour (issue 8.7: before these,
// one address sent 30 complaints in 0.8 s, each queuing an e-mail to any address it chose).
// The numbers come from the configuration (README, "Configuration"); the HTML routes and the
// JSON API share each budget.
import type { RateLimitOptions } from '../../platform/http/rate-limit';

/** Complaints submitted: the form (POST /pengaduan/baru) and POST /api/v1/complaints. */
export const COMPLAINT_SUBMIT_LIMIT = {
  bucket: 'complaint_submit',
  limit: (config) => config.complaintsPerAddressPerHour,
  windowSeconds: 3600,
  what: { id: 'pengaduan', en: 'complaints' },
} as const satisfies RateLimitOptions;

/** Tracking-key checks (the /lacak key form) and citizen actions on a case, form and API. */
export const TRACKING_LIMIT = {
  bucket: 'tracking',
  limit: (config) => config.trackingPerAddressPerHour,
  windowSeconds: 3600,
  what: { id: 'permintaan pelacakan', en: 'tracking requests' },
} as const satisfies RateLimitOptions;

/**
 * Permit applications submitted: the form (POST /izin/baru/{service}) and POST /api/v1/permits.
 * Their own budget, of the same size as complaints' (LIMIT_COMPLAINTS_PER_HOUR): an applicant who
 * also complains is not held up by either.
 */
export const PERMIT_SUBMIT_LIMIT = {
  bucket: 'permit_submit',
  limit: (config) => config.complaintsPerAddressPerHour,
  windowSeconds: 3600,
  what: { id: 'permohonan izin', en: 'permit applications' },
} as const satisfies RateLimitOptions;
