import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OpenAPI document names each view and DTO by its class: two classes of one name in
 * different modules silently become one schema, and the web's generated types go wrong.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('OpenAPI schema names', () => {
  it('are unique across the api', () => {
    const owners = new Map<string, string[]>();
    for (const file of files(join(__dirname, '..'))) {
      if (file.endsWith('.spec.ts')) continue;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('@nestjs/swagger')) continue;
      for (const [, name] of text.matchAll(/^(?:export )?class (\w+)/gm)) {
        owners.set(name, [...(owners.get(name) ?? []), file]);
      }
    }
    const twice = [...owners].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });
});
