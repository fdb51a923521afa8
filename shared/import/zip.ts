// Zip files a teacher picks (a OneRoster export), read with their sizes and checksums checked: see ./zip/readZip.ts.
export { crc32 } from './zip/crc32';
export { listZipEntries, looksLikeZip, readZipEntry, unzipChecked, ZipReadError, type UnzipOptions, type ZipEntry, type ZipProblem } from './zip/readZip';
