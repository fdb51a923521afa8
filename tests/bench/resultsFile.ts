// The results file of the results-import-frames figure: a year of weekly scores for one class,
// then a school's scores for students who are not in it (a school-wide assessment export).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESULTS_CLASS } from './resultsClass';

/** Every student's every skill each week of a school year, then `others` rows of students not in the class. */
export function resultsCsv(weeks: number, others: number): { file: string; rows: number; classRows: number } {
  const file = path.join(os.tmpdir(), `blendwise-bench-results-${weeks}w-${others}.csv`);
  const lines = ['Student ID,Standard,Score,Date,Source'];
  for (let w = 0; w < weeks; w++) {
    const date = new Date(Date.UTC(2025, 8, 1 + w * 7)).toISOString().slice(0, 10);
    for (const [s, id] of RESULTS_CLASS.studentNumbers.entries()) {
      for (const code of RESULTS_CLASS.skillCodes) lines.push(`${id},${code},${1 + ((w + s) % 4)},${date},Weekly check ${w + 1}`);
    }
  }
  const classRows = lines.length - 1;
  for (let i = 0; i < others; i++) {
    lines.push(`S${String(i).padStart(6, '0')},${RESULTS_CLASS.skillCodes[i % RESULTS_CLASS.skillCodes.length]},${1 + (i % 4)},2025-10-01,School diagnostic`);
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return { file, rows: lines.length - 1, classRows };
}
