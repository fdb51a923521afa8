// The big files of the frames figures, written where a teacher would pick them from: a district's
// roster CSV, a 300,000-row skills CSV, a 61 MB CASE package and a district's OneRoster export.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeExport } from './oneRosterExport';

const GIVEN = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kaia', 'Liam', 'Maya', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Siddharth', 'Tomasz', 'Uma', 'Víctor', 'Wen', 'Ximena', 'Yusuf', 'Zoë'];
const FAMILY = ['Abbott', 'Baptiste', 'Chen', 'Duarte', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mbeki', 'Nguyen', 'Okafor', 'Patel', "O'Neil", 'Quispe', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Wright', 'Xu', 'Yilmaz', 'Zuberi'];

/**
 * A district's roster export: `rows` students with the many columns a student information system
 * writes, their names from the same lists as the district database's students (so names repeat,
 * as Marías and Chens do in a district) and Student IDs none of them has yet.
 */
export function districtRosterCsv(rows: number): string {
  const file = path.join(os.tmpdir(), `blendwise-bench-roster-${rows}.csv`);
  const lines = ['Student ID,Last Name,First Name,Middle Name,Email,Period,Grade,Homeroom,Birthdate,Address,City,Guardian Email,Program'];
  for (let i = 0; i < rows; i++) {
    const id = String(i).padStart(7, '0');
    lines.push(
      `${id},${FAMILY[(i * 7) % FAMILY.length]},${GIVEN[(i * 11) % GIVEN.length]},M,s${id}@school.example,${1 + (i % 7)},${6 + (i % 7)},Room ${i % 40},2013-0${1 + (i % 9)}-1${i % 10},"${i} Long Street, Apt ${i % 50}",Springfield,guardian${i}@mail.example,General`,
    );
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

/** 300,000 skills, one in ten a parent of the nine after it (as in the failures-and-progress e2e). */
export function bigSkillsCsv(): string {
  const file = path.join(os.tmpdir(), 'blendwise-bench-skills-300000.csv');
  const lines = ['Code,Statement,Parent Code'];
  for (let i = 0; i < 300_000; i++) {
    const parent = i % 10 === 0 ? '' : `S.${i - (i % 10)}`;
    lines.push(`S.${i},Skill ${i}: explain and apply the idea in a new situation,${parent}`);
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

/**
 * A CASE package of about 61 MB (the size issue 13 names): a document, grades, domains, clusters
 * and standards, every item carrying the fields real exports do (notes, keywords, type URIs,
 * dates), tied by isChildOf. The failures-and-progress e2e test imports the same file.
 */
export function bigCasePackage(file = path.join(os.tmpdir(), 'blendwise-bench-case-61mb.json')): { file: string; items: number; bytes: number } {
  const docId = 'd0c00000-0000-4000-8000-000000000000';
  const doc = { identifier: docId, uri: `https://case.example.org/uri/${docId}`, title: 'All State Standards', creator: 'State Board' };
  const items: object[] = [];
  const associations: object[] = [];
  const uuid = (n: number) => `a${n.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`;
  const node = (id: string, title: string) => ({ identifier: id, uri: `https://case.example.org/uri/${id}`, title });
  let n = 0;
  const add = (code: string, statement: string, parent: string | null, level: string) => {
    const id = uuid(n++);
    items.push({
      identifier: id,
      uri: `https://case.example.org/uri/${id}`,
      CFDocumentURI: node(docId, doc.title),
      humanCodingScheme: code,
      fullStatement: statement,
      abbreviatedStatement: statement.slice(0, 60),
      notes: 'Students build on earlier grades and connect this to the next; see the progression documents for worked examples.',
      conceptKeywords: ['reasoning', 'modeling', 'precision'],
      educationLevel: [level],
      CFItemType: 'Standard',
      CFItemTypeURI: node('e0000000-0000-4000-8000-000000000001', 'Standard'),
      language: 'en',
      lastChangeDateTime: '2024-05-01T12:00:00+00:00',
    });
    associations.push({
      identifier: uuid(10_000_000 + n),
      uri: `https://case.example.org/uri/assoc-${n}`,
      associationType: 'isChildOf',
      CFDocumentURI: node(docId, doc.title),
      originNodeURI: node(id, code),
      destinationNodeURI: parent ? node(parent, 'parent') : node(docId, doc.title),
      sequenceNumber: n,
      lastChangeDateTime: '2024-05-01T12:00:00+00:00',
    });
    return id;
  };
  let text = '';
  for (let grade = 0; text.length < 61 * 1024 * 1024; grade++) {
    const level = String(grade % 13).padStart(2, '0');
    const g = add(`G${grade}`, `Grade ${grade}`, null, level);
    for (let d = 0; d < 10; d++) {
      const domain = add(`${grade}.D${d}`, `Domain ${d} of grade ${grade}`, g, level);
      for (let c = 0; c < 10; c++) {
        const cluster = add(`${grade}.D${d}.${c}`, `Cluster ${c}: understand and use the ideas of domain ${d}`, domain, level);
        for (let s = 0; s < 8; s++) {
          add(`${grade}.D${d}.${c}.${s}`, `Standard ${s}: solve real-world problems with the ideas of cluster ${c} of domain ${d}, and explain the reasoning`, cluster, level);
        }
      }
    }
    text = JSON.stringify({ CFDocument: doc, CFItems: items, CFAssociations: associations });
  }
  writeFileSync(file, text);
  return { file, items: items.length, bytes: Buffer.byteLength(text) };
}

/** The OneRoster export of `students` students and `classes` classes, as the loose CSV files of the export. */
export function oneRosterExportFiles(students: number, classes: number): string[] {
  const dir = path.join(os.tmpdir(), `blendwise-bench-oneroster-${students}`);
  mkdirSync(dir, { recursive: true });
  return Object.entries(makeExport(students, classes)).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
