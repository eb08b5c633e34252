import { describe, expect, it } from 'vitest';
import { addressKey, addressWaitMs } from './throttle';

describe('8 sign-in budgets: pure rules', () => {
  it('counts IPv4 addresses one by one and IPv6 by their /64', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey(' 198.51.100.7 ')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    // every address of one /64 is one client, however it is written
    expect(addressKey('2001:db8:abcd:12::1')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:0DB8:ABCD:0012:ffff:ffff:ffff:ffff')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:db8:abcd:12:1:2:3:4%eth0')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    // something that is not an address is kept (bounded), never thrown on
    expect(addressKey('unknown')).toBe('unknown');
    expect(addressKey('1:2:3')).toBe('1:2:3');
    expect(addressKey('1::2::3')).toBe('1::2::3');
  });

  it('lets 20 failures an hour through, then waits 1 s, 2 s, 4 s … up to 5 minutes', () => {
    expect(addressWaitMs(0)).toBe(0);
    expect(addressWaitMs(19)).toBe(0);
    expect(addressWaitMs(20)).toBe(1_000);
    expect(addressWaitMs(21)).toBe(2_000);
    expect(addressWaitMs(24)).toBe(16_000);
    expect(addressWaitMs(28)).toBe(256_000);
    expect(addressWaitMs(29)).toBe(300_000);
    expect(addressWaitMs(10_000)).toBe(300_000);
  });
});
