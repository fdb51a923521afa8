import type { Decoded, TextEncodingChoice } from './decodeText';

/** Shown while the automatic choice left characters it could not read, so the teacher knows to switch. */
export function EncodingWarning({
  decoded,
  encoding,
}: {
  decoded: Decoded | null;
  encoding: TextEncodingChoice;
}) {
  if (!decoded?.invalidUtf8 || encoding !== 'auto') return null;
  return (
    <div className="banner warning">
      Some characters in this file could not be read as UTF-8. If names with accents look wrong, choose
      Windows-1252 below.
    </div>
  );
}
