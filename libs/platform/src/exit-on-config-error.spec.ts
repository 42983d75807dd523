import { loadConfig } from '@dondoc/config/app-config';
import { exitOnConfigError } from './exit-on-config-error';

describe('exitOnConfigError', () => {
  let exit: jest.SpyInstance;
  let stderr: jest.SpyInstance;
  beforeEach(() => {
    exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('stops the process with one JSON line naming every bad variable', () => {
    expect(() => exitOnConfigError(() => loadConfig({ SMTP_PORT: 'twenty-five' }))).toThrow(
      'exit 78',
    );
    expect(exit).toHaveBeenCalledWith(78);
    const line = JSON.parse(stderr.mock.calls[0][0]);
    expect(line.level).toBe('fatal');
    for (const name of [
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'SMTP_HOST',
      'SMTP_PORT',
      'MAIL_FROM',
      'APP_BASE_URL',
    ]) {
      expect(line.msg).toContain(name);
    }
    expect(line.problems).toContain('SMTP_PORT: Invalid input: expected number, received NaN');
  });

  it('passes a valid configuration through and lets other errors propagate', () => {
    expect(exitOnConfigError(() => 42)).toBe(42);
    expect(() =>
      exitOnConfigError(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
    expect(exit).not.toHaveBeenCalled();
  });
});
