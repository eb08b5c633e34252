// Reading a permit form (the application, and the applicant's revision) from a multipart body:
// the answers by the form definition's fields, and each document field's files checked by the
// attachment rules (src/domain/cases/files.ts) one by one, so a refused file does not drop the
// good ones (issue 13.3), at most PERMIT_DOCUMENTS_MAX in all, counting the documents an earlier
// try of the form kept (src/modules/cases/pending-uploads.ts).
import type { FormField } from '../../domain/catalogue/service';
import type { CheckedFile } from '../../domain/cases/files';
import { answerName, documentName, PERMIT_DOCUMENTS_MAX } from '../../domain/permits/answers';
import type { Msg } from '../../platform/i18n/lang';
import type { FormInput } from '../../platform/http/form';
import { readFiles } from '../cases/attachments';
import { checkEach } from '../cases/pending-uploads';

/** The answers as the form sent them: one value per field, all the ticked ones of a multiple choice. */
export function answersFrom(form: FormInput, fields: readonly FormField[]): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const f of fields) {
    if (f.type === 'file') continue;
    answers[f.name] = f.type === 'multiselect' ? form.all(answerName(f.name)) : form.text(answerName(f.name));
  }
  return answers;
}

export interface Documents {
  files: CheckedFile[];
  byField: Record<string, number>;
  errors: Record<string, Msg>;
  /** how many files were chosen, accepted or not (the form says to choose them again) */
  chosen: number;
}

export async function documentsFrom(form: FormInput, fields: readonly FormField[], kept: readonly { field: string | null }[] = []): Promise<Documents> {
  const out: Documents = { files: [], byField: {}, errors: {}, chosen: 0 };
  for (const k of kept) if (k.field) out.byField[k.field] = (out.byField[k.field] ?? 0) + 1;
  for (const f of fields.filter((x) => x.type === 'file')) {
    const incoming = await readFiles(form.files(documentName(f.name)));
    out.chosen += incoming.length;
    const checked = checkEach(incoming);
    if (checked.error) out.errors[answerName(f.name)] = checked.error;
    if (checked.accepted.length) {
      out.files.push(...checked.accepted.map((x) => ({ ...x, field: f.name })));
      out.byField[f.name] = (out.byField[f.name] ?? 0) + checked.accepted.length;
    }
  }
  const total = kept.length + out.files.length;
  if (total > PERMIT_DOCUMENTS_MAX)
    out.errors.files = {
      id: `Paling banyak ${PERMIT_DOCUMENTS_MAX} dokumen per permohonan; Anda memilih ${total}.`,
      en: `At most ${PERMIT_DOCUMENTS_MAX} documents per application; you chose ${total}.`,
    };
  return out;
}
