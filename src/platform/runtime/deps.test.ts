import { describe, expect, it } from 'vitest';
import { clientFromForwardedFor, ConfigError, configFromVars, trustedProxyHops } from './deps';

const SECRET = 'k'.repeat(40);
const PROD = { APP_ENV: 'production', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://pelita.kota.go.id' };

function problemsOf(vars: Record<string, string | undefined>): string[] {
  try {
    configFromVars(vars, 'node');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.id} | ${p.en}`);
    throw e;
  }
  return [];
}

describe('8.1 demo mode never switches itself on', () => {
  it('8.1 production without DEMO_MODE runs without demo data', () => {
    expect(configFromVars(PROD, 'node').demoMode).toBe(false);
    expect(configFromVars({ ...PROD, DEMO_MODE: 'false' }, 'node').demoMode).toBe(false);
  });

  it('8.1 production runs demo mode only when DEMO_MODE=true is given', () => {
    expect(configFromVars({ ...PROD, DEMO_MODE: 'true' }, 'node')).toMatchObject({ env: 'production', demoMode: true, secret: SECRET });
  });

  it('8.1 without APP_ENV the configuration is production, not development', () => {
    expect(problemsOf({})).toHaveLength(2);
  });
});

describe('8.2 production never signs with the development secret', () => {
  for (const secret of [undefined, '', 'short-secret']) {
    it(`8.2 PELITA_SECRET ${JSON.stringify(secret)} stops production, demo mode or not`, () => {
      for (const demo of ['false', 'true']) {
        const problems = problemsOf({ ...PROD, PELITA_SECRET: secret, DEMO_MODE: demo });
        expect(problems).toEqual([
          'PELITA_SECRET wajib diisi dengan minimal 32 karakter acak di produksi (juga dalam mode demo). | PELITA_SECRET must be set to at least 32 random characters in production (demo mode too).',
        ]);
      }
    });
  }

  it('8.2 the message of the error names the problem in both languages, Indonesian first', () => {
    expect(() => configFromVars({ ...PROD, PELITA_SECRET: '' }, 'workers')).toThrow(/^PELITA_SECRET wajib diisi.* \/ PELITA_SECRET must be set/);
  });

  it('8.2 development and tests may run on the development secret', () => {
    expect(configFromVars({ APP_ENV: 'development' }, 'node').secret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('8.3 PUBLIC_BASE_URL', () => {
  it('8.3 is required in production', () => {
    expect(problemsOf({ ...PROD, PUBLIC_BASE_URL: '' })).toEqual([
      'PUBLIC_BASE_URL wajib diisi di produksi (alamat publik portal untuk tautan di surel dan kode QR), mis. https://pelita.kota.go.id. | PUBLIC_BASE_URL is required in production (the public address used in e-mail links and QR codes), e.g. https://pelita.kota.go.id.',
    ]);
  });

  it('8.3 must be a full http(s) address, in any environment', () => {
    for (const bad of ['pelita.kota.go.id', 'ftp://pelita.kota.go.id', 'https://pelita.kota.go.id/?a=1', 'javascript:alert(1)'])
      expect(problemsOf({ ...PROD, APP_ENV: 'development', PUBLIC_BASE_URL: bad })).toHaveLength(1);
  });

  it('8.3 loses its trailing slash; a path prefix is kept', () => {
    expect(configFromVars({ ...PROD, PUBLIC_BASE_URL: 'https://pelita.kota.go.id/' }, 'node').baseUrl).toBe('https://pelita.kota.go.id');
    expect(configFromVars({ ...PROD, PUBLIC_BASE_URL: 'https://kota.go.id/pelita/' }, 'node').baseUrl).toBe('https://kota.go.id/pelita');
  });

  it('8.3 outside production it is left for the runtime to fill with its listening address', () => {
    expect(configFromVars({ APP_ENV: 'development' }, 'node').baseUrl).toBe('');
  });

  it('8.3 every problem is reported at once', () => {
    expect(problemsOf({ APP_ENV: 'production' })).toHaveLength(2);
  });
});

describe('8.9 the client address behind trusted proxies', () => {
  it('8.9 with one proxy the client is the entry that proxy added (the last), not the first', () => {
    // the client sent "X-Forwarded-For: 6.6.6.6"; nginx appended the address it saw
    expect(clientFromForwardedFor('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientFromForwardedFor('203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('8.9 with two proxies the client is the second entry from the right', () => {
    // client → load balancer (appends the client) → nginx (appends the load balancer) → us
    expect(clientFromForwardedFor('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientFromForwardedFor(' 203.0.113.7 ,10.0.0.2', 2)).toBe('203.0.113.7');
  });

  it('8.9 fewer entries than proxies: the leftmost one there is', () => {
    expect(clientFromForwardedFor('203.0.113.7', 3)).toBe('203.0.113.7');
  });

  it('8.9 no header, an empty entry or no trusted proxy: no forwarded address', () => {
    expect(clientFromForwardedFor(undefined, 1)).toBeNull();
    expect(clientFromForwardedFor('', 1)).toBeNull();
    expect(clientFromForwardedFor('203.0.113.7, ', 1)).toBeNull();
    expect(clientFromForwardedFor('203.0.113.7', 0)).toBeNull();
  });

  it('8.9 TRUST_PROXY: false/0/unset = none, true = one hop, a number = that many hops; anything else stops the server', () => {
    expect([undefined, '', 'false', '0'].map(trustedProxyHops)).toEqual([0, 0, 0, 0]);
    expect(trustedProxyHops('true')).toBe(1);
    expect(trustedProxyHops('TRUE')).toBe(1);
    expect(trustedProxyHops('1')).toBe(1);
    expect(trustedProxyHops('2')).toBe(2);
    for (const bad of ['yes', '-1', '1.5', '100', 'all']) expect(() => trustedProxyHops(bad)).toThrow(ConfigError);
  });
});
