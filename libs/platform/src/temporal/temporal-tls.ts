import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow/tls-config';
import { ConfigError } from '@dondoc/config/app-config';
import type { AppConfig } from '@dondoc/config/app-config';

type TlsSettings = Pick<
  AppConfig,
  | 'TEMPORAL_TLS'
  | 'TEMPORAL_TLS_CA_FILE'
  | 'TEMPORAL_TLS_CERT_FILE'
  | 'TEMPORAL_TLS_KEY_FILE'
  | 'TEMPORAL_TLS_SERVER_NAME'
>;

/**
 * TLS to Temporal's frontend, for the api's client and the worker's connection alike: off,
 * server-authenticated (with the organisation's CA, or the system's), or mutual with a
 * client certificate. Files are read once at start; one that cannot be read stops the
 * process with its variable's name.
 */
export function temporalTls(c: TlsSettings): TLSConfig | undefined {
  if (!c.TEMPORAL_TLS) return undefined;
  const read = (name: keyof TlsSettings, path: string | undefined) => {
    if (!path) return undefined;
    try {
      return readFileSync(path);
    } catch (err) {
      throw new ConfigError([`${name}: cannot read ${path} (${(err as Error).message})`]);
    }
  };
  if (!c.TEMPORAL_TLS_CERT_FILE !== !c.TEMPORAL_TLS_KEY_FILE) {
    throw new ConfigError([
      'TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE: give both (mutual TLS) or neither',
    ]);
  }
  const crt = read('TEMPORAL_TLS_CERT_FILE', c.TEMPORAL_TLS_CERT_FILE);
  const key = read('TEMPORAL_TLS_KEY_FILE', c.TEMPORAL_TLS_KEY_FILE);
  return {
    serverRootCACertificate: read('TEMPORAL_TLS_CA_FILE', c.TEMPORAL_TLS_CA_FILE),
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    ...(c.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: c.TEMPORAL_TLS_SERVER_NAME } : {}),
  };
}
