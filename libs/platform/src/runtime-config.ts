import { AppConfig, loadConfig } from '@dondoc/config/app-config';

/** The validated configuration as an injectable class (no string tokens). */
export class RuntimeConfig {
  constructor(readonly values: AppConfig) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
    return new RuntimeConfig(loadConfig(env));
  }
}
