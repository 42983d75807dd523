import { LocalDate, isValidLocalDate } from './local-date.util';

/**
 * The Vietnamese lunar calendar (âm lịch), computed from the astronomy rather than read
 * from a table, so it has no end date and needs no data file.
 *
 * The rules are those of the Chinese calendar since 1645, applied at Vietnam's meridian
 * (UTC+7, the zone Vietnam has kept since 1968): a month begins on the local day of a new
 * moon; tháng 11 is the month holding the winter solstice; when 13 months separate two
 * tháng 11, the first one after tháng 11 holding no major solar term (trung khí, a sun
 * longitude divisible by 30°) is the leap month (tháng nhuận) and repeats the number of
 * the month before it. Using UTC+7 instead of UTC+8 is why Tết sometimes differs from
 * the Chinese New Year (1968, 1985, 2007, 2030).
 *
 * Positions follow Meeus, "Astronomical Algorithms" (2nd ed.): ch. 49 for new moons,
 * ch. 25 for the sun, with the Espenak–Meeus fit of ΔT: new moons within about 20 s,
 * the sun within 20″ (8 min). Compared with a full ephemeris, every month from 1900 to
 * 2199 starts on the same day but one, whose new moon came 4 s after midnight (7/1967).
 * Pure arithmetic: no clock, no time-zone data, so workflows can replay it.
 */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

const VN_ZONE_DAYS = 7 / 24;
const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
/** Lunar years accepted: the system's solar range with a margin, where ΔT is still modelled. */
const MIN_YEAR = 1800;
const MAX_YEAR = 3000;

// ---------------------------------------------------------------------------------------
// Julian day numbers: the day count astronomy works in. Integer arithmetic only.

function jdnOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

function dateOfJdn(jdn: number): LocalDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------
// Astronomy. Orbits run on dynamical time (TT); civil days on UT. ΔT = TT − UT.

/** ΔT in seconds: Espenak & Meeus (2006) polynomials; the long-term parabola outside them. */
function deltaTSeconds(year: number): number {
  const u = (year - 1820) / 100;
  if (year < 1860 || year >= 2150) return -20 + 32 * u * u;
  if (year < 1900) {
    const t = year - 1860;
    return (
      7.62 +
      0.5737 * t -
      0.251754 * t ** 2 +
      0.01680668 * t ** 3 -
      0.0004473624 * t ** 4 +
      t ** 5 / 233174
    );
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

function deltaTDays(jd: number): number {
  return deltaTSeconds(2000 + (jd - 2451545) / 365.25) / 86400;
}

/** Periodic terms of the true new moon, Meeus table 49.A: [coefficient, E power, M, M', F, Ω]. */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments, Meeus p. 351: [coefficient, A0, A per lunation]; A1 also has a T² term. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Instant (JDE, TT) of new moon number k, counted from the one of 6 January 2000. */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde =
    2451550.09766 +
    SYNODIC_MONTH * k +
    0.00015437 * t ** 2 -
    0.00000015 * t ** 3 +
    0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD;
  const mMoon =
    (201.5643 +
      385.81693528 * k +
      0.0107582 * t ** 2 +
      0.00001238 * t ** 3 -
      0.000000058 * t ** 4) *
    RAD;
  const f =
    (160.7108 +
      390.67050284 * k -
      0.0016118 * t ** 2 -
      0.00000227 * t ** 3 +
      0.000000011 * t ** 4) *
    RAD;
  const node = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;
  let correction = 0;
  for (const [c, ePower, cm, cmMoon, cf, cNode] of NEW_MOON_TERMS) {
    correction += c * e ** ePower * Math.sin(cm * m + cmMoon * mMoon + cf * f + cNode * node);
  }
  PLANETARY_TERMS.forEach(([c, a0, perLunation], i) => {
    const a = a0 + perLunation * k - (i === 0 ? 0.009173 * t ** 2 : 0);
    correction += c * Math.sin(a * RAD);
  });
  return jde + correction;
}

/** The local (UTC+7) day, as a Julian day number, on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  return Math.floor(jde - deltaTDays(jde) + 0.5 + VN_ZONE_DAYS);
}

/**
 * Apparent longitude of the sun in degrees, [0, 360), at a UT Julian date: Meeus ch. 25,
 * plus the perturbations by Venus, Jupiter and the Moon and the long-period term from his
 * "Astronomical Formulae for Calculators" (ch. 18). Without them the error reaches 40″,
 * a quarter of an hour of the sun's motion: enough to move a major term across midnight.
 */
function sunLongitude(jdUt: number): number {
  const t = (jdUt + deltaTDays(jdUt) - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t ** 2) * RAD;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const t1900 = t + 1; // the perturbation arguments count centuries from 1900.0
  const perturbations =
    0.00134 * Math.cos((153.23 + 22518.7541 * t1900) * RAD) +
    0.00154 * Math.cos((216.57 + 45037.5082 * t1900) * RAD) +
    0.002 * Math.cos((312.69 + 32964.3577 * t1900) * RAD) +
    0.00179 * Math.sin((350.74 + 445267.1142 * t1900 - 0.00144 * t1900 ** 2) * RAD) +
    0.00178 * Math.sin((231.19 + 20.2 * t1900) * RAD);
  const node = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + center + perturbations - 0.00569 - 0.00478 * Math.sin(node);
  return ((apparent % 360) + 360) % 360;
}

/** Which 30° sector the sun is in when local day `jdn` begins: a major term starts each one. */
function sunSectorAtStartOf(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - VN_ZONE_DAYS) / 30);
}

// ---------------------------------------------------------------------------------------
// Months.

interface NewMoon {
  k: number;
  day: number;
}

function lastNewMoonOnOrBefore(jdn: number): NewMoon {
  let k = Math.floor((jdn + 0.5 - 2451550.09766) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k++;
  while (newMoonDay(k) > jdn) k--;
  return { k, day: newMoonDay(k) };
}

/** The new moon starting tháng 11 of `year`: the month in which the December solstice falls. */
function thang11(year: number): NewMoon {
  const last = lastNewMoonOnOrBefore(jdnOf(`${year}-12-31`));
  // Past 270° when that month began: the solstice fell in the month before.
  return sunSectorAtStartOf(last.day) >= 9 ? { k: last.k - 1, day: newMoonDay(last.k - 1) } : last;
}

interface LunarMonth {
  year: number;
  month: number;
  leap: boolean;
  start: number; // Julian day number of mùng 1
  length: number; // 29 or 30
}

/** From tháng 11 of lunar year `year` up to, not including, tháng 11 of the next. */
function monthsFromThang11(year: number): LunarMonth[] {
  const from = thang11(year);
  const count = thang11(year + 1).k - from.k; // 12, or 13 when a month is leap
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(from.k + i));
  let leapIndex = -1;
  if (count === 13) {
    // Tháng 11 holds the solstice, so the search starts with the month after it.
    for (let i = 1; i < count && leapIndex < 0; i++) {
      if (sunSectorAtStartOf(starts[i]) === sunSectorAtStartOf(starts[i + 1])) leapIndex = i;
    }
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i; // months since tháng 11
    const month = ((10 + ordinal) % 12) + 1;
    months.push({
      year: ordinal >= 2 ? year + 1 : year,
      month,
      leap: i === leapIndex,
      start: starts[i],
      length: starts[i + 1] - starts[i],
    });
  }
  return months;
}

// Each call recomputes the same astronomy; the result never changes, so keeping it is safe.
const monthCache = new Map<number, LunarMonth[]>();

function monthsOf(year: number): LunarMonth[] {
  let months = monthCache.get(year);
  if (!months) {
    months = monthsFromThang11(year);
    monthCache.set(year, months);
  }
  return months;
}

// ---------------------------------------------------------------------------------------
// Conversions.

export function solarToLunar(date: LocalDate): LunarDate {
  if (!isValidLocalDate(date)) throw new RangeError(`invalid local date: ${date}`);
  const jdn = jdnOf(date);
  const year = Number(date.slice(0, 4));
  let months = monthsOf(year);
  if (jdn < months[0].start) months = monthsOf(year - 1);
  const m = months.filter((x) => x.start <= jdn).pop()!;
  return { year: m.year, month: m.month, day: jdn - m.start + 1, leap: m.leap };
}

export function lunarToSolar(d: LunarDate): LocalDate {
  const { year, month, day, leap } = d;
  const whole = [year, month, day].every(Number.isInteger);
  if (!whole || year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
    throw new RangeError(`invalid lunar date: ${JSON.stringify(d)}`);
  }
  // Tháng 11 and 12 (and a leap one after them) open the span named after their own year.
  const span = monthsOf(month >= 11 ? year : year - 1);
  const m = span.find((x) => x.year === year && x.month === month && x.leap === leap);
  if (!m) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
  if (day > m.length) {
    throw new RangeError(`month ${month}${leap ? ' nhuận' : ''}/${year} has ${m.length} days`);
  }
  return dateOfJdn(m.start + day - 1);
}

/** Mùng 1 Tết: the first day of the lunar year that begins in solar year `year`. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}
