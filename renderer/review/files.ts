import type { OpenedFile } from '../../shared';

/** The text of a picked file (UTF-8; a broken byte becomes U+FFFD, which the readers then refuse). */
export function fileText(file: OpenedFile): string {
  return new TextDecoder('utf-8').decode(file.data);
}
