// Pieces of API schemas every module uses.
import * as z from 'zod';
import { shared } from './document';

/** A text in both languages, Indonesian first. */
export const Bilingual = shared('Bilingual', z.object({ id: z.string(), en: z.string() }), 'A text in Indonesian (id) and English (en).');

/** An instant, sent as an ISO 8601 string in UTC. */
export const instant = () => z.string().meta({ format: 'date-time' });

/** A path segment that names a resource; what is not one of ours is the same 404 as an unknown one. */
export const pathId = (description: string) => z.string().meta({ description });

/**
 * A body field that a domain check validates, the same check (and bilingual messages) as the
 * HTML form's: the schema takes the value as sent, and `rule` documents what the check accepts.
 * Give the object `.meta({ required: [...] })` for the fields the check requires.
 */
export const checkedBy = (rule: Record<string, unknown> & { description: string }) => z.unknown().optional().meta(rule);
