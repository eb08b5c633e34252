import { describe, expect, it } from 'vitest';
import { FormInput } from '../../platform/http/form';
import {
  applyOp,
  checkFieldDrafts,
  checkRequirementDrafts,
  draftsToValues,
  editorValues,
  fieldToDraft,
  parseOp,
  parseOptions,
  previewOf,
  readFieldDrafts,
  type FieldDraft,
} from './service-editor';
import { rowLabel } from '../../domain/catalogue/editor-rows';

const form = (fields: Record<string, string | string[]>) => new FormInput(fields);

const draft = (over: Partial<FieldDraft> = {}): FieldDraft => ({
  name: 'luas',
  type: 'number',
  required: true,
  labelId: 'Luas',
  labelEn: 'Area',
  helpId: '',
  helpEn: '',
  options: '',
  maxLength: '',
  min: '',
  max: '',
  ...over,
});

describe('service form editor', () => {
  it('reads only well-formed operations', () => {
    expect(parseOp('fields.add')).toEqual({ list: 'fields', action: 'add', index: -1 });
    expect(parseOp('reqs.remove.2')).toEqual({ list: 'reqs', action: 'remove', index: 2 });
    expect(parseOp('fields.up')).toBeNull();
    expect(parseOp('units.add')).toBeNull();
    expect(parseOp('')).toBeNull();
  });

  it('adds, removes and moves rows; out-of-range operations change nothing', () => {
    const rows = ['a', 'b', 'c'];
    const blank = () => '';
    expect(applyOp(rows, parseOp('fields.add')!, blank)).toEqual(['a', 'b', 'c', '']);
    expect(applyOp(rows, parseOp('fields.remove.1')!, blank)).toEqual(['a', 'c']);
    expect(applyOp(rows, parseOp('fields.up.2')!, blank)).toEqual(['a', 'c', 'b']);
    expect(applyOp(rows, parseOp('fields.down.0')!, blank)).toEqual(['b', 'a', 'c']);
    expect(applyOp(rows, parseOp('fields.up.0')!, blank)).toEqual(rows);
    expect(applyOp(rows, parseOp('fields.down.2')!, blank)).toEqual(rows);
    expect(applyOp(rows, parseOp('fields.remove.9')!, blank)).toEqual(rows);
    expect(applyOp(Array.from({ length: 40 }, () => 'r'), parseOp('reqs.add')!, blank)).toHaveLength(40);
  });

  it('reads rows in the order of their numbers, renumbers them 0… and keeps the other values', () => {
    const f = form({
      nameId: 'Izin',
      _op: 'fields.down.0',
      'fields.7.name': 'kedua',
      'fields.7.type': 'text',
      'fields.3.name': 'pertama',
      'fields.3.type': 'number',
      'fields.3.required': '1',
    });
    expect(readFieldDrafts(f).map((d) => d.name)).toEqual(['pertama', 'kedua']);
    const v = editorValues(f, parseOp('fields.down.0'));
    expect(v['nameId']).toBe('Izin');
    expect(v['_op']).toBeUndefined();
    expect(v['fields.0.name']).toBe('kedua');
    expect(v['fields.1.name']).toBe('pertama');
    expect(v['fields.1.required']).toBe('1');
    expect(v['fields.0.required']).toBeUndefined();
  });

  it('turns a stored field into a row and back unchanged', () => {
    const field = {
      name: 'fungsi',
      type: 'select' as const,
      required: true,
      label: { id: 'Fungsi', en: 'Use' },
      options: [{ value: 'hunian', label: { id: 'Hunian', en: 'Residential' } }],
      help: { id: 'Pilih satu', en: 'Choose one' },
    };
    const file = { name: 'gambar', type: 'file' as const, required: false, label: { id: 'Gambar', en: 'Drawing' }, max: 3 };
    const values = draftsToValues([fieldToDraft(field), fieldToDraft(file)], []);
    expect(checkFieldDrafts(readFieldDrafts(form(values)))).toEqual({ value: [field, file], errors: {} });
  });

  it('names the row and the input that is wrong', () => {
    const r = checkFieldDrafts([
      draft(),
      draft({ name: 'Luas Tanah', labelEn: '' }),
      draft({ name: 'luas' }),
      draft({ name: 'jenis', type: 'select', options: '' }),
      draft({ name: 'teks', type: 'text', options: 'a | A | A' }),
      draft({ name: 'angka', min: '10', max: '2' }),
      draft({ name: 'info', helpId: 'Petunjuk' }),
    ]);
    expect(r.errors['fields.1.name']?.en).toContain('Lower-case letters');
    expect(r.errors['fields.1.labelEn']?.en).toBe('Required.');
    expect(r.errors['fields.2.name']?.en).toBe('This name is already used by field 1.');
    expect(r.errors['fields.3.options']?.en).toBe('A choice field needs at least one choice.');
    expect(r.errors['fields.4.options']?.en).toContain('only for the select and multiselect types');
    expect(r.errors['fields.5.min']?.en).toBe('The minimum is above the maximum.');
    expect(r.errors['fields.6.helpEn']?.en).toContain('both languages');
    expect(rowLabel('fields.5.min')).toEqual({ id: 'Kolom 6 · Nilai terkecil', en: 'Field 6 · Minimum' });
    expect(rowLabel('reqs.0.en')?.en).toBe('Requirement 1 · English text');
  });

  it('reads choices one per line and names the bad line', () => {
    expect(parseOptions('hunian | Hunian | Residential\r\n\n usaha|Usaha|Business ').value).toEqual([
      { value: 'hunian', label: { id: 'Hunian', en: 'Residential' } },
      { value: 'usaha', label: { id: 'Usaha', en: 'Business' } },
    ]);
    expect(parseOptions('a | A | A\nb | B').error?.en).toContain('Choice line 2');
    expect(parseOptions('A B | A | A').error?.en).toContain('the value "A B"');
    expect(parseOptions('a | A | A\na | B | B').error?.en).toContain('used twice');
  });

  it('leaves blank rows out, and needs both languages of a requirement', () => {
    expect(checkFieldDrafts([draft({ name: '', labelId: '', labelEn: '', type: 'text', required: false })])).toEqual({ value: [], errors: {} });
    const r = checkRequirementDrafts([{ id: 'KTP', en: 'ID card' }, { id: '', en: '' }, { id: 'NPWP', en: '' }]);
    expect(r.value).toEqual([{ id: 'KTP', en: 'ID card' }]);
    expect(Object.keys(r.errors)).toEqual(['reqs.2.en']);
  });

  it('previews the rows that are valid so far', () => {
    const p = previewOf([draft(), draft({ name: 'Salah' }), draft({ name: 'luas' })], [{ id: 'KTP', en: 'ID card' }, { id: 'NPWP', en: '' }]);
    expect(p.fields.map((f) => f.name)).toEqual(['luas']);
    expect(p.requirements).toEqual([{ id: 'KTP', en: 'ID card' }]);
  });
});
