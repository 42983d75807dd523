import { ConfigError } from '@dondoc/config/app-config';

/** Startup stops with the names of the bad variables, one JSON line, before anything else runs. */
export function exitOnConfigError<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(JSON.stringify({ level: 'fatal', msg: err.message, problems: err.problems }));
    process.exit(78); // EX_CONFIG
  }
}
