import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporalTls } from './temporal-tls';

const OFF = {
  TEMPORAL_TLS: false,
  TEMPORAL_TLS_CA_FILE: undefined,
  TEMPORAL_TLS_CERT_FILE: undefined,
  TEMPORAL_TLS_KEY_FILE: undefined,
  TEMPORAL_TLS_SERVER_NAME: undefined,
};

describe('temporalTls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-tls-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('is off unless asked for', () => {
    expect(temporalTls(OFF)).toBeUndefined();
  });

  it('verifies the server, with the CA given or the system’s', () => {
    expect(temporalTls({ ...OFF, TEMPORAL_TLS: true })).toEqual({
      serverRootCACertificate: undefined,
    });
    const tls = temporalTls({
      ...OFF,
      TEMPORAL_TLS: true,
      TEMPORAL_TLS_CA_FILE: file('ca.pem', 'CA'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.vksnd.internal',
    });
    expect(tls?.serverRootCACertificate?.toString()).toBe('CA');
    expect(tls?.serverNameOverride).toBe('temporal.vksnd.internal');
  });

  it('is mutual with a client certificate and its key', () => {
    const tls = temporalTls({
      ...OFF,
      TEMPORAL_TLS: true,
      TEMPORAL_TLS_CERT_FILE: file('client.pem', 'CRT'),
      TEMPORAL_TLS_KEY_FILE: file('client.key', 'KEY'),
    });
    expect(tls?.clientCertPair?.crt.toString()).toBe('CRT');
    expect(tls?.clientCertPair?.key.toString()).toBe('KEY');
  });

  it('names the variable whose file cannot be read, or a certificate without its key', () => {
    expect(() =>
      temporalTls({ ...OFF, TEMPORAL_TLS: true, TEMPORAL_TLS_CA_FILE: join(dir, 'missing.pem') }),
    ).toThrow(/TEMPORAL_TLS_CA_FILE: cannot read/);
    expect(() =>
      temporalTls({ ...OFF, TEMPORAL_TLS: true, TEMPORAL_TLS_CERT_FILE: file('c.pem', 'CRT') }),
    ).toThrow(/give both/);
  });
});
