import type { CalculationMethod } from './methods';
import { roundHalfUp2 } from './round';
import { scaleRange } from './scale';
import type { MasteryScale } from './scale';

/**
 * One piece of evidence on one skill. `value` is on the class's scale (`null`: not scored yet);
 * `at` is a 'YYYY-MM-DD' date or a full ISO date-time (UTC when it has no zone).
 */
export type Score = { value: number | null; at?: string };

// rollup() runs for every student x skill on every change, so it allocates nothing in the usual
// case: values go into scratch buffers that grow (by doubling) and are reused from call to call.
// Nothing here calls out to other code while they are in use, so sharing them is safe.
let ord = new Float64Array(64); // the usable values, in time order once orderValues() is done
let tmp = new Float64Array(64); // scratch: merging, the recent scores, distinct values
let keys = new Float64Array(64); // time keys (undated -Infinity)
let keys2 = new Float64Array(64); // scratch for merging
let idx = new Int32Array(64); // positions, for sorting
let counts = new Int32Array(64); // mode: how often each distinct value was seen, and where last
let lasts = new Int32Array(64);

function ensureCapacity(n: number): void {
  if (ord.length >= n) return;
  let size = ord.length;
  while (size < n) size *= 2;
  ord = new Float64Array(size);
  tmp = new Float64Array(size);
  keys = new Float64Array(size);
  keys2 = new Float64Array(size);
  idx = new Int32Array(size);
  counts = new Int32Array(size);
  lasts = new Int32Array(size);
}

// ---- time keys ----
//
// Dates compare by the instant they stand for ('YYYY-MM-DD' is that day's UTC midnight), so
// '2024-03-01' and '2024-03-01T00:00:00.000Z' are the same time. When every dated score uses one
// canonical shape ('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM:SSZ' or 'YYYY-MM-DDTHH:MM:SS.sssZ', a real
// calendar date from year 1000 on), the digits are read straight into an order key; anything
// else goes through Date.parse. A date that cannot be read counts as undated.

function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Set by readCanonical(): the shape (10, 20 or 24: the length) of what it read; 0 if not canonical. */
let readShape = 0;

/**
 * Reads a canonical date string into an order key: an exact integer that orders strings of the
 * same shape in time (keys of different shapes do not compare). Sets readShape; -1 when the string
 * is not canonical.
 */
function readCanonical(s: string): number {
  readShape = 0;
  const n = s.length;
  if (n !== 10 && n !== 20 && n !== 24) return -1;
  const hi = two(s, 0);
  const lo = two(s, 2);
  if (hi < 10 || lo < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const year = hi * 100 + lo;
  const month = two(s, 5);
  const day = two(s, 8);
  if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) return -1;
  const date = (year * 13 + month) * 32 + day;
  if (n === 10) {
    readShape = 10;
    return date;
  }
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(n - 1) !== 90) {
    return -1;
  }
  const h = two(s, 11);
  const m = two(s, 14);
  const sec = two(s, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return -1;
  let ms = 0;
  if (n === 24) {
    const c = s.charCodeAt(22) - 48;
    const ab = two(s, 20);
    if (s.charCodeAt(19) !== 46 || ab < 0 || c < 0 || c > 9) return -1;
    ms = ab * 10 + c;
  }
  readShape = n;
  return (((date * 24 + h) * 60 + m) * 60 + sec) * 1000 + ms;
}

const LOCAL_DATE_TIME = /^[+-]?\d{4,6}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;

/** Milliseconds since the epoch; -Infinity for undated or unreadable. */
function timeKey(at: unknown): number {
  if (typeof at !== 'string' || at === '') return -Infinity;
  readCanonical(at);
  if (readShape !== 0) {
    const year = two(at, 0) * 100 + two(at, 2);
    const month = two(at, 5) - 1;
    const day = two(at, 8);
    if (readShape === 10) return Date.UTC(year, month, day);
    const ms = readShape === 24 ? two(at, 20) * 10 + (at.charCodeAt(22) - 48) : 0;
    return Date.UTC(year, month, day, two(at, 11), two(at, 14), two(at, 17), ms);
  }
  let text = at.trim();
  // A date-time without a zone is UTC here (Date.parse would read it as local time).
  if (LOCAL_DATE_TIME.test(text)) text += 'Z';
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * Puts the usable scores' values into `ord` in time order (undated first, ties in input order)
 * and returns how many there are. In the usual case (every date in one canonical shape) this is
 * one pass that reads the order keys and notices whether they are already in order, and a sort
 * only when they are not; mixed or other date strings take a second pass through Date.parse.
 */
function orderValues(scores: readonly Score[]): number {
  const len = scores.length;
  ensureCapacity(len);
  let n = 0;
  let shape = -1; // the one canonical shape all dated scores share so far; 0 once they do not
  let sorted = true;
  let prevKey = -Infinity;
  let lastAt = ''; // the last date string read, and its key: consecutive equal dates are read once
  let lastKey = -Infinity;
  for (let i = 0; i < len; i++) {
    const s = scores[i]!;
    const v = s.value;
    if (!Number.isFinite(v)) continue;
    ord[n] = v as number;
    if (shape !== 0) {
      const at = s.at;
      let k = -Infinity;
      if (typeof at === 'string' && at !== '') {
        if (at === lastAt) k = lastKey;
        else {
          k = readCanonical(at);
          if (readShape === 0 || (shape > 0 && readShape !== shape)) shape = 0;
          else {
            shape = readShape;
            lastAt = at;
            lastKey = k;
          }
        }
      }
      keys[n] = k;
      if (k < prevKey) sorted = false;
      prevKey = k;
    }
    n++;
  }
  if (n < 2) return n;
  if (shape !== 0) {
    if (!sorted) sortByKey(n);
    return n;
  }
  // Mixed or non-canonical dates: times through Date.parse.
  let j = 0;
  sorted = true;
  for (let i = 0; i < len; i++) {
    const s = scores[i]!;
    if (!Number.isFinite(s.value)) continue;
    const k = timeKey(s.at);
    keys[j] = k;
    if (j > 0 && k < keys[j - 1]!) sorted = false;
    j++;
  }
  if (!sorted) sortByKey(n);
  return n;
}

const RUN = 16;

/** Stable sort of ord[0..n) by keys[0..n): insertion sort of short runs, then merging them. */
function sortByKey(n: number): void {
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = lo + RUN < n ? lo + RUN : n;
    for (let i = lo + 1; i < hi; i++) {
      const k = keys[i]!;
      const v = ord[i]!;
      let j = i - 1;
      while (j >= lo && keys[j]! > k) {
        keys[j + 1] = keys[j]!;
        ord[j + 1] = ord[j]!;
        j--;
      }
      keys[j + 1] = k;
      ord[j + 1] = v;
    }
  }
  if (n <= RUN) return;
  let srcK = keys;
  let srcV = ord;
  let dstK = keys2;
  let dstV = tmp;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let a = lo;
      let b = mid;
      let o = lo;
      if (mid < hi && srcK[mid - 1]! > srcK[mid]!) {
        while (a < mid && b < hi) {
          // <= takes the left one first on equal keys: stable
          if (srcK[a]! <= srcK[b]!) {
            dstK[o] = srcK[a]!;
            dstV[o++] = srcV[a++]!;
          } else {
            dstK[o] = srcK[b]!;
            dstV[o++] = srcV[b++]!;
          }
        }
      }
      while (a < mid) {
        dstK[o] = srcK[a]!;
        dstV[o++] = srcV[a++]!;
      }
      while (b < hi) {
        dstK[o] = srcK[b]!;
        dstV[o++] = srcV[b++]!;
      }
    }
    const k = srcK;
    srcK = dstK;
    dstK = k;
    const v = srcV;
    srcV = dstV;
    dstV = v;
  }
  if (srcV !== ord) for (let i = 0; i < n; i++) ord[i] = srcV[i]!;
}

// Set by scanLatest().
let scanCount = 0;
let scanSum = 0;

/** The latest usable value (ties: the last given) without sorting; sets scanCount and scanSum. */
function scanLatest(scores: readonly Score[]): number {
  const len = scores.length;
  let n = 0;
  let sum = 0;
  let shape = -1;
  let bestKey = -Infinity;
  let latest = NaN;
  let lastAt = '';
  let lastKey = -Infinity;
  for (let i = 0; i < len; i++) {
    const s = scores[i]!;
    const v = s.value;
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v as number;
    if (shape === 0) continue;
    const at = s.at;
    let k = -Infinity;
    if (typeof at === 'string' && at !== '') {
      if (at === lastAt) k = lastKey;
      else {
        k = readCanonical(at);
        if (readShape === 0 || (shape > 0 && readShape !== shape)) {
          shape = 0;
          continue;
        }
        shape = readShape;
        lastAt = at;
        lastKey = k;
      }
    }
    if (k >= bestKey) {
      bestKey = k;
      latest = v as number;
    }
  }
  scanCount = n;
  scanSum = sum;
  if (shape !== 0) return latest;
  // Mixed or non-canonical dates: compare times through Date.parse.
  bestKey = -Infinity;
  for (let i = 0; i < len; i++) {
    const s = scores[i]!;
    if (!Number.isFinite(s.value)) continue;
    const k = timeKey(s.at);
    if (k >= bestKey) {
      bestKey = k;
      latest = s.value as number;
    }
  }
  return latest;
}

// ---- the methods, on ord[0..n) in time order ----

function decaying(n: number, weight: number): number {
  if (n === 1) return ord[0]!;
  const keep = (100 - weight) / 100;
  const take = weight / 100;
  let d = ord[0]! * keep + ord[1]! * take;
  for (let i = 2; i < n; i++) d = d * keep + ord[i]! * take;
  return d;
}

const FEW_DISTINCT = 16;

function mode(n: number): number {
  // Few distinct values (the usual case on a 4-level scale): count them in a short list.
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = ord[i]!;
    let j = 0;
    while (j < distinct && tmp[j] !== v) j++;
    if (j === distinct) {
      if (distinct === FEW_DISTINCT) return modeBySorting(n);
      tmp[distinct] = v;
      counts[distinct] = 0;
      distinct++;
    }
    counts[j] = counts[j]! + 1;
    lasts[j] = i;
  }
  let best = 0;
  for (let j = 1; j < distinct; j++) {
    if (counts[j]! > counts[best]! || (counts[j] === counts[best] && lasts[j]! > lasts[best]!)) best = j;
  }
  return tmp[best]!;
}

const byValueThenPosition = (a: number, b: number): number => ord[a]! - ord[b]! || a - b;

function modeBySorting(n: number): number {
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.subarray(0, n).sort(byValueThenPosition);
  let bestValue = NaN;
  let bestCount = 0;
  let bestLast = -1;
  let i = 0;
  while (i < n) {
    const v = ord[idx[i]!]!;
    let end = i + 1;
    while (end < n && ord[idx[end]!] === v) end++;
    const count = end - i;
    const last = idx[end - 1]!; // positions ascend within a run
    if (count > bestCount || (count === bestCount && last > bestLast)) {
      bestValue = v;
      bestCount = count;
      bestLast = last;
    }
    i = end;
  }
  return bestValue;
}

function medianRecent(n: number, recent: number): number {
  const k = recent >= 1 ? Math.min(Math.floor(recent), n) : 1;
  const from = n - k;
  // Insertion sort of the last k into tmp (k is at most 20 for a valid method).
  for (let i = 0; i < k; i++) {
    const v = ord[from + i]!;
    let j = i - 1;
    while (j >= 0 && tmp[j]! > v) {
      tmp[j + 1] = tmp[j]!;
      j--;
    }
    tmp[j + 1] = v;
  }
  const mid = k >> 1;
  return k % 2 === 1 ? tmp[mid]! : (tmp[mid - 1]! + tmp[mid]!) / 2;
}

function mean(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ord[i]!;
  return sum / n;
}

// ln(1), ln(2), ... for power_law's x values, kept between calls.
let lnTable = new Float64Array(0);
function growLnTable(n: number): void {
  let size = 64;
  while (size < n) size *= 2;
  lnTable = new Float64Array(size);
  for (let i = 0; i < size; i++) lnTable[i] = Math.log(i + 1);
}

function powerLaw(n: number, scale: MasteryScale): number {
  if (n < 3) return mean(n);
  // Least squares for ln y = ln m + b ln x over x = 1..n.
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  if (lnTable.length < n) growLnTable(n);
  for (let i = 0; i < n; i++) {
    const x = lnTable[i]!;
    const v = ord[i]!;
    const y = Math.log(v < 0.1 ? 0.1 : v);
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const lnM = (sy - b * sx) / n;
  let result = Math.exp(lnM + b * Math.log(n)); // m * n^b
  const { min, max } = scaleRange(scale);
  if (result > max) result = max;
  if (result < min) result = min;
  return result;
}

/**
 * One number for a student's scores on one skill, by the chosen method (DESIGN.md, "Mastery"):
 * unusable values (null, NaN) are dropped, the rest put in time order (undated first, equal times
 * in input order), and the result rounded to 2 decimals, half up. `null` when there is nothing to
 * go on, or when `n_mastery` has not been reached.
 */
export function rollup(scores: readonly Score[], method: CalculationMethod, scale: MasteryScale): number | null {
  let result: number;
  switch (method.kind) {
    // Order does not matter for these: no sorting, no buffers.
    case 'average':
    case 'highest':
    case 'n_mastery': {
      const need = method.kind === 'n_mastery' ? (method.n >= 1 ? method.n : 1) : 0;
      const bar = scale.masteryPoints;
      let n = 0;
      let sum = 0;
      let max = -Infinity;
      let atMastery = 0;
      let masterySum = 0;
      for (let i = 0; i < scores.length; i++) {
        const v = scores[i]!.value;
        if (!Number.isFinite(v)) continue;
        const x = v as number;
        n++;
        sum += x;
        if (x > max) max = x;
        if (x >= bar) {
          atMastery++;
          masterySum += x;
        }
      }
      if (n === 0) return null;
      if (method.kind === 'average') result = sum / n;
      else if (method.kind === 'highest') result = max;
      else {
        if (n < need || atMastery < need || atMastery === 0) return null;
        result = masterySum / atMastery;
      }
      break;
    }
    // Only the latest score needs finding.
    case 'latest':
    case 'weighted_average': {
      const latest = scanLatest(scores);
      const n = scanCount;
      if (n === 0) return null;
      if (method.kind === 'latest' || n === 1) result = latest;
      else {
        const w = method.weight;
        const earlier = (scanSum - latest) / (n - 1);
        result = (latest * w) / 100 + (earlier * (100 - w)) / 100;
      }
      break;
    }
    case 'decaying_average':
    case 'mode':
    case 'median_recent':
    case 'power_law': {
      const n = orderValues(scores);
      if (n === 0) return null;
      if (method.kind === 'decaying_average') result = decaying(n, method.weight);
      else if (method.kind === 'mode') result = mode(n);
      else if (method.kind === 'median_recent') result = medianRecent(n, method.n);
      else result = powerLaw(n, scale);
      break;
    }
    default: {
      const unknown: never = method;
      throw new Error(`Unknown calculation method: ${String((unknown as { kind?: unknown }).kind)}`);
    }
  }
  return roundHalfUp2(result);
}
