// A service in the catalogue: a complaint category or a permit type. Its form fields and
// requirements are data, edited by admins, so adding a permit type needs no code.
import * as z from 'zod';
import type { Msg } from '../../platform/i18n/lang';
import type { FeeTerms } from './fee';

export type Bilingual = Msg;
export type ServiceKind = 'complaint' | 'permit';
export const SERVICE_KINDS: readonly ServiceKind[] = ['complaint', 'permit'];

/** `select` is a single choice, `multiselect` several; a `file` field is answered by attachments. */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select', 'multiselect', 'email', 'tel', 'file'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export interface FormField {
  /** snake_case key the answers are stored under */
  name: string;
  label: Bilingual;
  type: FormFieldType;
  required: boolean;
  options?: { value: string; label: Bilingual }[];
  maxLength?: number;
  min?: number;
  max?: number;
  help?: Bilingual;
}

/** A service of the catalogue as the public pages show it: names resolved, JSON parsed. */
export interface ServiceView {
  id: number;
  kind: ServiceKind;
  code: string;
  name: Bilingual;
  description: Bilingual;
  unit: { id: number; code: string; name: string; nameEn: string };
  slaDays: number;
  firstResponseDays: number;
  fee: number;
  /** the fee as the pages say it: kind, legal basis, other charges */
  feeTerms: FeeTerms;
  legalBasis: string | null;
  validityMonths: number | null;
  requirements: Bilingual[];
  formFields: FormField[];
}

const bilingual = z.object({ id: z.string().min(1).max(500), en: z.string().min(1).max(500) });

export const formFieldSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: bilingual,
  type: z.enum(FORM_FIELD_TYPES),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string().min(1).max(60), label: bilingual })).optional(),
  maxLength: z.number().int().positive().max(10000).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  help: bilingual.optional(),
});

export const requirementsSchema = z.array(bilingual).max(40);
export const formFieldsSchema = z
  .array(formFieldSchema)
  .max(30)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate field ${f.name}` });
      seen.add(f.name);
      if ((f.type === 'select' || f.type === 'multiselect') && !f.options?.length)
        ctx.addIssue({ code: 'custom', path: [i, 'options'], message: `${f.type} needs options` });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max)
        ctx.addIssue({ code: 'custom', path: [i, 'min'], message: 'min is above max' });
    });
  });

/** Parses JSON stored in the services table; bad stored data degrades to empty, never a 500. */
export function parseStoredJson<T>(text: string | null | undefined, schema: z.ZodType<T>, fallback: T): T {
  if (!text) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
