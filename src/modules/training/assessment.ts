// Training needs assessment: the yearly self-assessment defined by an admin, one response per
// ASN per year, the gaps it shows, and the officials' view per unit.
import { and, asc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { units } from '../../db/schema';
import { trainingAssessmentItems, trainingAssessmentResponses, trainingAssessments } from '../../db/schema-training';
import { competencyMeans, gapsFromAssessment, unitGapTable, validateAnswers } from '../../domain/training/assessment';
import { isCompetency } from '../../domain/training/competencies';
import { rangeProblem } from '../../domain/text/input-text';
import { ConflictError, ValidationError } from '../../platform/http/errors';
import type { AssessmentRow, ItemRow } from '../../domain/training/views';


export async function assessmentForYear(db: Db, year: number, opts: { publishedOnly: boolean }): Promise<{ assessment: AssessmentRow; items: ItemRow[] } | null> {
  const [a] = await db.select().from(trainingAssessments).where(eq(trainingAssessments.year, year));
  if (!a || (opts.publishedOnly && !a.published)) return null;
  const items = await db.select().from(trainingAssessmentItems).where(eq(trainingAssessmentItems.assessmentId, a.id)).orderBy(asc(trainingAssessmentItems.position));
  return { assessment: a, items };
}

export async function responseOf(db: Db, assessmentId: number, staffId: number) {
  const [r] = await db
    .select()
    .from(trainingAssessmentResponses)
    .where(and(eq(trainingAssessmentResponses.assessmentId, assessmentId), eq(trainingAssessmentResponses.staffId, staffId)));
  return r ? { ...r, parsed: JSON.parse(r.answers) as Record<string, number> } : null;
}

export async function submitAssessment(
  db: Db,
  now: Date,
  who: { id: number; unitId: number },
  a: { assessment: AssessmentRow; items: ItemRow[] },
  form: Record<string, string>,
): Promise<void> {
  const v = validateAnswers(a.items, form);
  if (!v.ok) throw new ValidationError(v.fields, { id: 'Beri nilai untuk setiap pernyataan.', en: 'Score every statement.' });
  const inserted = await db
    .insert(trainingAssessmentResponses)
    .values({ assessmentId: a.assessment.id, staffId: who.id, unitId: who.unitId, answers: JSON.stringify(v.answers), submittedAt: now })
    .onConflictDoNothing()
    .returning({ id: trainingAssessmentResponses.id });
  if (!inserted.length)
    throw new ConflictError(
      { id: `Anda sudah mengisi asesmen kebutuhan pelatihan tahun ${a.assessment.year}. Asesmen diisi sekali setahun.`, en: `You have already answered the ${a.assessment.year} training needs assessment. It is answered once a year.` },
      'already_answered',
    );
}

/** Gap competencies from this year's response, or null when the ASN has not answered. */
export async function assessmentGaps(db: Db, staffId: number, year: number): Promise<string[] | null> {
  const a = await assessmentForYear(db, year, { publishedOnly: true });
  if (!a) return null;
  const r = await responseOf(db, a.assessment.id, staffId);
  if (!r) return null;
  return gapsFromAssessment(competencyMeans(a.items, r.parsed));
}

export async function createAssessment(db: Db, adminId: number, year: number, title: string): Promise<void> {
  const t = title.trim();
  const titleError = rangeProblem(t, 5, 200, { id: 'Judul', en: 'The title' }, { id: 'Judul 5–200 karakter.', en: 'Title of 5–200 characters.' });
  if (titleError) throw new ValidationError({ judul: titleError });
  const inserted = await db.insert(trainingAssessments).values({ year, title: t, createdBy: adminId }).onConflictDoNothing().returning({ id: trainingAssessments.id });
  if (!inserted.length) throw new ConflictError({ id: `Asesmen tahun ${year} sudah ada.`, en: `The ${year} assessment already exists.` }, 'already_exists');
}

/** Statements can be added only before publication, so every answer means the same thing. */
export async function addItem(db: Db, a: AssessmentRow, competency: string, statement: string): Promise<void> {
  if (a.published)
    throw new ConflictError({ id: 'Asesmen yang sudah terbit tidak dapat diubah.', en: 'A published assessment cannot be changed.' }, 'published');
  const fields: Record<string, { id: string; en: string }> = {};
  if (!isCompetency(competency)) fields['kompetensi'] = { id: 'Pilih kompetensi.', en: 'Choose a competency.' };
  const s = statement.trim();
  const statementError = rangeProblem(s, 10, 300, { id: 'Pernyataan', en: 'The statement' }, { id: 'Pernyataan 10–300 karakter.', en: 'Statement of 10–300 characters.' });
  if (statementError) fields['pernyataan'] = statementError;
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const [m] = await db.select({ p: max(trainingAssessmentItems.position) }).from(trainingAssessmentItems).where(eq(trainingAssessmentItems.assessmentId, a.id));
  await db.insert(trainingAssessmentItems).values({ assessmentId: a.id, competency, statement: s, position: (m?.p ?? 0) + 1 });
}

export async function publishAssessment(db: Db, a: AssessmentRow, itemCount: number): Promise<void> {
  if (itemCount === 0)
    throw new ConflictError({ id: 'Tambahkan minimal satu pernyataan sebelum menerbitkan.', en: 'Add at least one statement before publishing.' }, 'not_ready');
  await db.update(trainingAssessments).set({ published: true }).where(eq(trainingAssessments.id, a.id));
}

/** Per unit: mean self-score per competency and respondents, for officials. */
export async function unitNeeds(db: Db, a: { assessment: AssessmentRow; items: ItemRow[] }) {
  const [responses, unitRows] = await Promise.all([
    db.select().from(trainingAssessmentResponses).where(eq(trainingAssessmentResponses.assessmentId, a.assessment.id)),
    db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units),
  ]);
  const table = unitGapTable(
    a.items,
    responses.map((r) => ({ unitId: r.unitId, answers: JSON.parse(r.answers) as Record<string, number> })),
  );
  const respondents = new Map<number, number>();
  for (const r of responses) respondents.set(r.unitId, (respondents.get(r.unitId) ?? 0) + 1);
  return [...table].map(([unitId, cells]) => {
    const u = unitRows.find((x) => x.id === unitId);
    return { unitId, name: u?.name ?? String(unitId), nameEn: u?.nameEn ?? String(unitId), respondents: respondents.get(unitId) ?? 0, cells };
  });
}
