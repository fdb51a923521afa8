// The building blocks of the export schemas: ids, bounded text and dates, so a file can never
// smuggle in a prototype key or an unbounded string.

import { z } from 'zod';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const idSchema = z
  .string({ error: 'An id must be text.' })
  .min(1, 'An id is empty.')
  .max(200, 'An id is too long.')
  .refine((id) => !FORBIDDEN_KEYS.has(id), 'An id uses a reserved word.');

export const text = (max: number) => z.string({ error: 'Text is missing here.' }).max(max, `Text is longer than ${max} characters.`);

export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must be written like 2025-03-14.');

export const finite = z.number({ error: 'A number is missing here.' }).finite('A number is not finite.');
export const nullableScore = finite.nullable();
