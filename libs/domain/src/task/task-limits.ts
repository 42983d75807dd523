/**
 * How long each field of a directive and its tasks may be, wherever they come from (a form,
 * a pasted draft, a split, a recurring period). Validators read these; nobody writes a number.
 */
export const TASK_LIMITS = {
  item: 20,
  summary: 1000,
  content: 20_000,
  unitCode: 100,
  coordinatingUnits: 200,
  duePhrase: 300,
  /** Levels of a plan below a task: the procuracy has four (supreme, high, province, district). */
  tiers: 4,
  tierUnits: 2000,
  /** Seconds: a period for demos and tests; real series use a frequency. */
  everySecondsMax: 400 * 86_400,
} as const;

export const DIRECTIVE_LIMITS = {
  number: 100,
  docType: 50,
  title: 2000,
  place: 200,
  signerField: 200,
  body: 200_000,
  tasks: 2000,
} as const;
