import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CsvTable, OpenedFile } from '../../../shared';
import { errorMessage, toast } from '../toasts';
import type { Decoded, TextEncodingChoice } from './decodeText';
import { useImportProgress } from './importProgressStore';
import { useImportJob } from './useImportJob';
import type { ImportWorkerClient } from './importWorkerClient';
import type { CsvRead } from './importWorkerProtocol';
import { pickCsvFile } from './pickCsv';
import type { ArgsOf, MappingOf, PreviewKind, ShownOf } from './previewers';

type MainThreadPreview<M, P> = (table: CsvTable, mapping: M) => P;

export type CsvPreview<M, P> = {
  file: OpenedFile | null;
  encoding: TextEncodingChoice;
  setEncoding: (encoding: TextEncodingChoice) => void;
  /** how the bytes were read (the text itself stays in the worker) */
  decoded: Decoded | null;
  /** the table; for a preview that runs in the worker, its headers only (the rows stay there) */
  table: CsvTable | null;
  mapping: M | null;
  setMapping: (mapping: M) => void;
  result: P | null;
  /** true while the file is read or checked */
  reading: boolean;
  choose: (title: string) => Promise<void>;
  /** stops reading the file, and forgets it */
  cancel: () => void;
  reset: () => void;
  /** the worker the file was read and previewed in: an import of what it kept runs there too */
  worker: ImportWorkerClient;
};

/** The arguments as last given, kept while each item stays the same, so a re-render does not re-run the preview. */
function useStableArgs(args: readonly unknown[] | undefined): readonly unknown[] | undefined {
  const [stable, setStable] = useState(args);
  const same =
    stable === args ||
    (!!stable && !!args && stable.length === args.length && stable.every((a, i) => Object.is(a, args[i])));
  if (!same) setStable(args);
  return same ? stable : args;
}

/**
 * The shared steps of every CSV import: pick a file, decode it, read the table, guess the column
 * mapping, and let the teacher correct it. What a row means is left to `preview`.
 *
 * Decoding and reading run in a worker, with progress and Cancel in the import header, so a
 * 300,000-row file never freezes the window. `preview` is either a function, which runs on this
 * thread over the table the worker sends back, or a previewer named in previewers.ts, which runs
 * in the worker beside the table: the one to use for files that may be big.
 */
export function useCsvPreview<M, P>(
  detect: (headers: string[]) => M,
  preview: MainThreadPreview<M, P>,
): CsvPreview<M, P> {
  return usePreviewSteps(detect, preview);
}

/** The same steps with a preview that runs in the worker; `args` undefined waits until they are known. */
export function useOffThreadCsvPreview<K extends PreviewKind>(
  detect: (headers: string[]) => MappingOf<K>,
  kind: K,
  args: ArgsOf<K> | undefined,
): CsvPreview<MappingOf<K>, ShownOf<K>> {
  return usePreviewSteps<MappingOf<K>, ShownOf<K>>(detect, {
    kind,
    args: args as readonly unknown[] | undefined,
  });
}

function usePreviewSteps<M, P>(
  detect: (headers: string[]) => M,
  preview: MainThreadPreview<M, P> | { kind: PreviewKind; args: readonly unknown[] | undefined },
): CsvPreview<M, P> {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingChoice>('auto');
  const [mappingOverride, setMapping] = useState<M | null>(null);
  const [read, setRead] = useState<{ file: OpenedFile; value: CsvRead } | null>(null);
  const [offThreadResult, setOffThreadResult] = useState<{
    read: CsvRead;
    mapping: M;
    args: unknown;
    value: P;
  } | null>(null);

  const offThread = typeof preview === 'function' ? null : preview;
  const kind = offThread?.kind ?? null;
  const args = useStableArgs(offThread?.args);
  const mainPreview = typeof preview === 'function' ? preview : null;

  const forget = useCallback(() => setFile(null), []);
  const job = useImportJob(forget);
  const runJob = job.run;

  const keepRows = offThread === null;
  // The bytes go to the worker once, handed over rather than copied (a copy of a big file stalls
  // the window); reading again in another encoding reads the bytes the worker kept.
  const handedOver = useRef<OpenedFile | null>(null);
  useEffect(() => {
    if (!file) return;
    const first = handedOver.current !== file;
    handedOver.current = file;
    runJob<CsvRead>(
      file.name,
      { type: 'read-csv', name: file.name, bytes: first ? file.data : undefined, encoding, keepRows },
      (value) => startTransition(() => setRead({ file, value })),
      forget,
      first ? [file.data.buffer] : [],
    );
  }, [file, encoding, keepRows, runJob, forget]);

  const current = read && read.file === file ? read.value : null;
  const table = useMemo<CsvTable | null>(
    () =>
      current && file
        ? { file: file.name, headers: current.headers, rows: current.rows, problems: current.problems }
        : null,
    [current, file],
  );
  const detected = useMemo(() => (table ? detect(table.headers) : null), [table, detect]);
  const mapping = mappingOverride ?? detected;

  useEffect(() => {
    if (!kind || !current || !file || mapping === null || !args) return;
    runJob<P>(
      file.name,
      { type: 'preview-csv', kind, mapping, args: [...args] },
      // Drawn as a transition: React builds the preview's rows a few milliseconds at a time, so
      // the window paints between (one go was 60 ms of script before the layout, more on a busy machine).
      (value) => startTransition(() => setOffThreadResult({ read: current, mapping, args, value })),
      forget,
    );
  }, [kind, current, file, mapping, args, runJob, forget]);

  const mainResult = useMemo(
    () => (mainPreview && table && mapping !== null ? mainPreview(table, mapping) : null),
    [mainPreview, table, mapping],
  );
  const fresh =
    !!offThreadResult &&
    offThreadResult.read === current &&
    offThreadResult.mapping === mapping &&
    offThreadResult.args === args;
  const result = offThread ? (fresh ? offThreadResult.value : null) : mainResult;

  const decoded = useMemo<Decoded | null>(
    () => (current ? { ...current.decoded, text: '' } : null),
    [current],
  );

  const choose = async (title: string) => {
    try {
      const picked = await pickCsvFile(title);
      if (!picked) return;
      job.stop();
      setFile(picked);
      setEncoding('auto');
      setMapping(null);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return {
    file,
    encoding,
    setEncoding,
    decoded,
    table,
    mapping,
    setMapping,
    result,
    reading: job.reading,
    choose,
    cancel: () => useImportProgress.getState().cancel?.(),
    reset: () => {
      job.stop();
      setFile(null);
    },
    worker: job.client,
  };
}
