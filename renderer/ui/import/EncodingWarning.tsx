import type { Decoded, TextEncodingChoice } from './decodeText';

/**
 * Shown while the automatic choice is a guess (bytes that are not UTF-8 read as Windows-1252, or
 * UTF-8 with characters it could not read), so the teacher checks the names and knows to switch.
 */
export function EncodingWarning({ decoded, encoding }: { decoded: Decoded | null; encoding: TextEncodingChoice }) {
  if (!decoded || decoded.confident || encoding !== 'auto') return null;
  return (
    <div className="banner warning" role="note" aria-label="Text encoding">
      {decoded.encoding === 'windows-1252'
        ? 'This file is not saved as UTF-8, so Blendwise read it as Windows-1252 (the encoding of older Excel CSV files). Check that names with accents look right below; if they do not, choose another text encoding.'
        : 'Some characters in this file could not be read as UTF-8 (the rows are marked below). If names with accents look wrong, choose Windows-1252 as the text encoding.'}
    </div>
  );
}
