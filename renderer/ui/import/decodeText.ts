export type TextEncodingChoice = 'auto' | 'utf-8' | 'windows-1252';

export type Decoded = { text: string; encoding: 'utf-8' | 'windows-1252'; invalidUtf8: boolean };

/**
 * Auto reads UTF-8 and, where bytes are not valid UTF-8, leaves replacement characters so the
 * preview can point at the rows; the teacher can then switch to Windows-1252 (Excel's old "CSV").
 */
export function decodeText(data: Uint8Array, choice: TextEncodingChoice): Decoded {
  if (choice === 'windows-1252') {
    return { text: new TextDecoder('windows-1252').decode(data), encoding: 'windows-1252', invalidUtf8: false };
  }
  let invalidUtf8 = false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    invalidUtf8 = true;
  }
  return { text: new TextDecoder('utf-8').decode(data), encoding: 'utf-8', invalidUtf8 };
}
