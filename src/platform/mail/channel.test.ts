import { describe, expect, it } from 'vitest';
import { addressKind, errorText, parseFrom } from './channel';

describe('13.1 mail addresses and senders', () => {
  it('13.1 an e-mail address is the email kind; anything else no channel takes', () => {
    expect(addressKind('warga@contoh.id')).toBe('email');
    expect(addressKind('+62 812 3456 7890')).toBeNull();
    expect(addressKind('bukan alamat@contoh.id')).toBeNull();
  });

  it('13.1 MAIL_FROM is a bare address or "Name <address>"; anything else is refused', () => {
    expect(parseFrom('noreply@kota.go.id')).toEqual({ email: 'noreply@kota.go.id' });
    expect(parseFrom('Pelita Kota Surakarta <noreply@kota.go.id>')).toEqual({ email: 'noreply@kota.go.id', name: 'Pelita Kota Surakarta' });
    expect(parseFrom('"Pelita" <noreply@kota.go.id>')).toEqual({ email: 'noreply@kota.go.id', name: 'Pelita' });
    expect(parseFrom('')).toBeNull();
    expect(parseFrom(undefined)).toBeNull();
    expect(parseFrom('Pelita')).toBeNull();
  });

  it('13.1 a stored error is one line of at most 500 characters', () => {
    expect(errorText(new Error('421 4.7.0\r\n  try later'))).toBe('421 4.7.0 try later');
    expect(errorText('x'.repeat(600))).toHaveLength(500);
  });
});
