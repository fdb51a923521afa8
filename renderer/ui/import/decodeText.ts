// The module itself, not the shared/ index, so the import worker bundles only the decoder.
import { decodeCsvBytes, type CsvEncodingChoice, type DecodedCsv } from '../../../shared/import/encoding';

// Every text file an import reads goes through the one decoder in shared/ (also used in workers),
// so a roster, a skills list, results and a OneRoster zip read the same bytes the same way.
export type TextEncodingChoice = CsvEncodingChoice;
export type Decoded = DecodedCsv;

/** 'auto' detects UTF-8, UTF-16 and Windows-1252; another choice is the teacher's (a byte-order mark still wins). */
export function decodeText(data: Uint8Array, choice: TextEncodingChoice = 'auto'): Decoded {
  return decodeCsvBytes(data, choice);
}
