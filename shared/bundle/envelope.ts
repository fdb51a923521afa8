// What every Blendwise export file shares: the envelope around its content, its checksum, and the
// careful reading of a file that may be anything at all (never trusted, never thrown on).

import type { z } from 'zod';
import { canonicalJson } from './canonical';
import { sha256Hex, utf8Length } from './sha256';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type FileFormat = 'blendwise-plan' | 'blendwise-review';

export type Envelope<F extends FileFormat, C> = {
  format: F;
  formatVersion: 1;
  exportedAt: string;
  appVersion: string;
  /** 'sha256:' and the SHA-256 of the canonical JSON of every other field */
  checksum: string;
  content: C;
};

export type ExportOptions = { appVersion: string; exportedAt: string };

/** How a file kind is named in messages. */
type Kind = { format: FileFormat; noun: string; article: string; extension: string; opensFrom: string };

export const KINDS: Record<FileFormat, Kind> = {
  'blendwise-plan': {
    format: 'blendwise-plan',
    noun: 'plan',
    article: 'a',
    extension: '.blendwise',
    opensFrom: 'open it with "Open a plan file"',
  },
  'blendwise-review': {
    format: 'blendwise-review',
    noun: 'review',
    article: 'a',
    extension: '.blendwise-review',
    opensFrom: 'open it from the review screen of its plan',
  },
};

/** The checksum of an envelope: over the canonical JSON of everything but the checksum itself. */
export function envelopeChecksum(envelope: Record<string, unknown>): string {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(envelope)) if (key !== 'checksum') rest[key] = envelope[key];
  return `sha256:${sha256Hex(canonicalJson(rest))}`;
}

/** Wraps content in its envelope; the content goes through JSON first, so it is exactly what a reader will see. */
export function makeEnvelope<F extends FileFormat, C>(format: F, content: C, options: ExportOptions): Envelope<F, C> {
  const plain = JSON.parse(JSON.stringify(content)) as C;
  const envelope = {
    format,
    formatVersion: 1 as const,
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    checksum: '',
    content: plain,
  };
  envelope.checksum = envelopeChecksum(envelope);
  return envelope;
}

/** Pretty JSON with a final line break, as written to disk. */
export function serializeEnvelope(envelope: Envelope<FileFormat, unknown>): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; problem: string };

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON file that is not a Blendwise export most likely is, in a few words, or null. */
function recognise(value: unknown): string | null {
  if (!isRecord(value)) return null;
  if ('CFDocument' in value || 'CFItems' in value) return 'a CASE standards package (import it from the skills screen)';
  if ('$schema' in value || 'dependencies' in value || 'compilerOptions' in value) return 'a settings file of some program';
  return null;
}

function where(path: readonly PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p)));
  return parts.length > 0 ? parts.join(' › ') : 'the content';
}

/**
 * Reads an export file: size, JSON, format name, format version, checksum and then the content
 * against its schema, in that order. Says in plain words what is wrong; never throws.
 */
export function readEnvelope<F extends FileFormat, C>(
  text: unknown,
  format: F,
  contentSchema: z.ZodType<C>,
  maxBytes: number = DEFAULT_MAX_BYTES,
): ReadOutcome<Envelope<F, C>> {
  const kind = KINDS[format];
  const a = `${kind.article} Blendwise ${kind.noun} file`;
  try {
    if (typeof text !== 'string') return { ok: false, problem: `Nothing could be read from this file, so it is not ${a}.` };
    const limit = Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : DEFAULT_MAX_BYTES;
    // A UTF-8 file is never shorter in bytes than in UTF-16 code units, so the quick test comes first.
    const bytes = text.length > limit ? text.length : utf8Length(text);
    if (bytes > limit) {
      return {
        ok: false,
        problem: `This file is too big to be ${a}: it is ${megabytes(bytes)}, and Blendwise opens files of up to ${megabytes(limit)}.`,
      };
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const trimmed = body.trim();
    if (trimmed === '') return { ok: false, problem: `This file is empty, so it is not ${a}.` };

    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      if (trimmed.startsWith('{')) {
        return {
          ok: false,
          problem: `This ${kind.noun} file is damaged: its text is not complete JSON (it may have been cut short or edited by hand).`,
        };
      }
      return { ok: false, problem: `This is not ${a}: it is not JSON text. Blendwise ${kind.noun} files end in ${kind.extension}.` };
    }

    if (!isRecord(raw)) return { ok: false, problem: `This is not ${a}: it holds JSON, but not a Blendwise export.` };
    const found = raw.format;
    if (found !== format) {
      if (typeof found === 'string' && found in KINDS) {
        const other = KINDS[found as FileFormat];
        return {
          ok: false,
          problem: `This is ${other.article} Blendwise ${other.noun} file, not ${a}: ${other.opensFrom}.`,
        };
      }
      if (typeof found === 'string' && found.startsWith('blendwise')) {
        return { ok: false, problem: `This is a Blendwise file of another kind ("${found.slice(0, 40)}"), not ${a}.` };
      }
      const guess = recognise(raw);
      return {
        ok: false,
        problem: guess ? `This is not ${a}: it looks like ${guess}.` : `This is not ${a}: it holds JSON, but not a Blendwise export.`,
      };
    }

    const version = raw.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, problem: `This ${kind.noun} file is damaged: its format version is missing.` };
    }
    if (version > 1) {
      return {
        ok: false,
        problem: `This ${kind.noun} was exported by a newer Blendwise (format ${version}): update Blendwise to open it.`,
      };
    }

    if (typeof raw.checksum !== 'string' || raw.checksum === '') {
      return { ok: false, problem: `This ${kind.noun} file is damaged: its checksum is missing.` };
    }
    if (raw.checksum !== envelopeChecksum(raw)) {
      return { ok: false, problem: 'The file was changed or damaged after it was exported.' };
    }

    if (typeof raw.exportedAt !== 'string' || raw.exportedAt.length > 64 || typeof raw.appVersion !== 'string' || raw.appVersion.length > 64) {
      return { ok: false, problem: `This ${kind.noun} file is damaged: it does not say when or by which Blendwise it was exported.` };
    }
    const parsed = contentSchema.safeParse(raw.content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${where(issue.path)}: ${issue.message}` : 'its content is not what Blendwise wrote';
      return { ok: false, problem: `This ${kind.noun} file has something Blendwise cannot use (${detail}).` };
    }
    return {
      ok: true,
      value: {
        format,
        formatVersion: 1,
        exportedAt: raw.exportedAt,
        appVersion: raw.appVersion,
        checksum: raw.checksum,
        content: parsed.data,
      },
    };
  } catch {
    // Nothing above should throw; a hostile file (say, nesting deep enough to overflow the stack) still must not.
    return { ok: false, problem: `This ${kind.noun} file could not be read: it is damaged or not ${a}.` };
  }
}
