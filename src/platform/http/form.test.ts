import { describe, expect, it } from 'vitest';
import { FormInput } from './form';

describe('the one form reader', () => {
  const form = new FormInput({
    _csrf: 'token',
    name: '  Nadia  ',
    roles: ['officer', ' ', 'admin '],
    confirm: 'on',
    q_12: 'b',
    q_7: ['a', 'c'],
    quiet: 'x',
    berkas: [new File([], ''), new File(['%PDF'], 'bukti.pdf')],
  });

  it('reads a field as typed, trimmed, as a list, as a checkbox', () => {
    expect(form.text('name')).toBe('  Nadia  ');
    expect(form.trimmed('name')).toBe('Nadia');
    expect(form.all('roles')).toEqual(['officer', 'admin']);
    expect(form.checked('confirm')).toBe(true);
    expect(form.checked('missing')).toBe(false);
    expect(form.text('missing')).toBe('');
  });

  it('drops the empty part a browser sends for "no file chosen"', () => {
    expect(form.files('berkas').map((f) => f.name)).toEqual(['bukti.pdf']);
  });

  it('gives a family of fields by prefix, first value each, by full name', () => {
    expect(form.startingWith('q_')).toEqual({ q_12: 'b', q_7: 'a' });
    expect(form.startingWith('a_')).toEqual({});
  });

  it('shows the form back without the CSRF token or files', () => {
    const v = form.values();
    expect(v['_csrf']).toBeUndefined();
    expect(v['berkas']).toBeUndefined();
    expect(v['roles']).toEqual(['officer', ' ', 'admin ']);
    expect(v['name']).toBe('  Nadia  ');
  });
});
