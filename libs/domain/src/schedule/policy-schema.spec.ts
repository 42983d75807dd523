import { readPolicy, readPolicySpec } from './policy-schema';
import { DEFAULT_POLICIES, DEFAULT_POLICY, TimingPolicy, policyFor } from './timing-policy';

const SECONDS_POLICY: TimingPolicy = {
  acknowledge: [{ offset: { seconds: 60 }, to: ['unit'] }],
  beforeDue: [{ offset: { seconds: 30 }, to: ['unit'] }],
  afterDue: [{ offset: { seconds: 10 }, to: ['unit_head', 'issuer'] }],
  repeatAfterDue: null,
  dueSoon: { seconds: 120 },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const copy = (p: TimingPolicy): Loose => JSON.parse(JSON.stringify(p));

describe('readPolicy', () => {
  it.each<[string, TimingPolicy]>([
    ['DEFAULT_POLICY', DEFAULT_POLICY],
    ['a seconds policy', SECONDS_POLICY],
    [
      'an empty ladder',
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { workingDays: 0 },
      },
    ],
  ])('accepts %s unchanged', (_label, policy) => {
    expect(readPolicy(copy(policy))).toEqual({ ok: true, policy });
  });

  it('accepts the largest allowed values', () => {
    const p = copy(SECONDS_POLICY);
    p.beforeDue = Array.from({ length: 10 }, () => ({
      offset: { workingDays: 260 },
      to: ['unit'],
    }));
    p.dueSoon = { seconds: 400 * 86400 };
    expect(readPolicy(p).ok).toBe(true);
  });

  it.each<[string, string, (p: Loose) => unknown]>([
    [
      'an unknown audience',
      '.acknowledge[0].to[0]',
      (p) => ((p.acknowledge[0].to = ['leader']), p),
    ],
    [
      'an unknown audience in the repeat',
      '.repeatAfterDue.to[1]',
      (p) => ((p.repeatAfterDue.to = ['unit', 'boss']), p),
    ],
    ['no audience', '.acknowledge[1].to', (p) => ((p.acknowledge[1].to = []), p)],
    [
      'zero seconds',
      '.beforeDue[0].offset.seconds',
      (p) => ((p.beforeDue[0].offset = { seconds: 0 }), p),
    ],
    [
      'negative seconds',
      '.beforeDue[1].offset.seconds',
      (p) => ((p.beforeDue[1].offset = { seconds: -5 }), p),
    ],
    [
      'fractional seconds',
      '.afterDue[0].offset',
      (p) => ((p.afterDue[0].offset = { seconds: 1.5 }), p),
    ],
    [
      'too many seconds',
      '.afterDue[0].offset.seconds',
      (p) => ((p.afterDue[0].offset = { seconds: 400 * 86400 + 1 }), p),
    ],
    [
      'negative working days',
      '.afterDue[1].offset.workingDays',
      (p) => ((p.afterDue[1].offset = { workingDays: -1 }), p),
    ],
    [
      'fractional working days',
      '.beforeDue[2].offset',
      (p) => ((p.beforeDue[2].offset = { workingDays: 0.5 }), p),
    ],
    [
      'more than 260 working days',
      '.beforeDue[2].offset.workingDays',
      (p) => ((p.beforeDue[2].offset = { workingDays: 261 }), p),
    ],
    [
      'both kinds of offset',
      '.afterDue[1].offset',
      (p) => ((p.afterDue[1].offset = { workingDays: 1, seconds: 2 }), p),
    ],
    ['an unknown offset unit', '.dueSoon', (p) => ((p.dueSoon = { days: 3 }), p)],
    ['an extra key on a rung', '.acknowledge[1]', (p) => ((p.acknowledge[1].cc = ['unit']), p)],
    ['an extra top-level key', '', (p) => ((p.digest = true), p)],
    ['a missing dueSoon', '.dueSoon', (p) => (delete p.dueSoon, p)],
    ['a missing ladder', '.afterDue', (p) => (delete p.afterDue, p)],
    [
      'an undefined repeat (null is required)',
      '.repeatAfterDue',
      (p) => (delete p.repeatAfterDue, p),
    ],
    [
      'more than 10 rungs',
      '.beforeDue',
      (p) => (
        (p.beforeDue = Array.from({ length: 11 }, () => ({
          offset: { workingDays: 1 },
          to: ['unit'],
        }))),
        p
      ),
    ],
    ['null', '', () => null],
    ['a string', '', () => 'DEFAULT_POLICY'],
  ])('rejects %s at path %j', (_label, path, mutate) => {
    const check = readPolicy(mutate(copy(DEFAULT_POLICY)));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => p.path)).toContain(path);
    for (const p of check.problems) expect(p.message).toMatch(/^Chính sách nhắc việc không hợp lệ/);
  });

  it('reports every problem, each with its own path', () => {
    const p = copy(DEFAULT_POLICY);
    p.acknowledge[0].to = ['leader'];
    p.afterDue[0].offset = { seconds: 0 };
    const check = readPolicy(p);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((x) => x.path).sort()).toEqual([
      '.acknowledge[0].to[0]',
      '.afterDue[0].offset.seconds',
    ]);
  });
});

describe('readPolicySpec and policyFor', () => {
  it('reads a single policy as the policy of every priority', () => {
    const check = readPolicySpec(copy(SECONDS_POLICY));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    for (const p of ['thuong', 'khan', 'hoa_toc'] as const)
      expect(policyFor(check.spec, p)).toEqual(SECONDS_POLICY);
  });

  it('reads policies by priority, leaving the others at their default', () => {
    const check = readPolicySpec({ byPriority: { hoa_toc: copy(SECONDS_POLICY) } });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(policyFor(check.spec, 'hoa_toc')).toEqual(SECONDS_POLICY);
    expect(policyFor(check.spec, 'khan')).toEqual(DEFAULT_POLICIES.khan);
    expect(policyFor(check.spec, 'thuong')).toEqual(DEFAULT_POLICY);
  });

  it('gives every priority its default without a spec', () => {
    expect(policyFor(null, 'thuong')).toBe(DEFAULT_POLICY);
    expect(policyFor(null, 'hoa_toc')).toBe(DEFAULT_POLICIES.hoa_toc);
  });

  it('urgent defaults chase sooner than ordinary ones', () => {
    const firstAck = (p: TimingPolicy) => p.acknowledge[0].offset;
    expect(firstAck(DEFAULT_POLICIES.hoa_toc)).toEqual({ seconds: 3600 });
    expect(firstAck(DEFAULT_POLICIES.khan)).toEqual({ seconds: 4 * 3600 });
    expect(firstAck(DEFAULT_POLICIES.thuong)).toEqual({ workingDays: 1 });
  });

  it.each<[string, unknown, string]>([
    ['an unknown priority', { byPriority: { gap: copy(SECONDS_POLICY) } }, ''],
    ['a broken policy inside', { byPriority: { khan: { acknowledge: 1 } } }, '.byPriority.khan'],
    ['a stray key beside byPriority', { byPriority: {}, extra: 1 }, ''],
  ])('refuses %s', (_label, input, pathPrefix) => {
    const check = readPolicySpec(input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.length).toBeGreaterThan(0);
    expect(check.problems.some((p) => p.path.startsWith(pathPrefix))).toBe(true);
  });

  it('every default policy passes its own schema', () => {
    for (const p of Object.values(DEFAULT_POLICIES)) expect(readPolicy(copy(p)).ok).toBe(true);
  });
});
