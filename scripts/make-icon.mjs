// Draws the app icon (build/icon.png, 512x512 RGBA) with Node built-ins only, so packaging needs
// no image tooling. The shape matches build/icon.svg: a teal tile holding four "groups".
// Run: node scripts/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples a pixel give smooth edges

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const TILE = hex('#1f6f6b');
const DOTS = [
  { cx: 176, cy: 176, r: 64, color: hex('#f2b33d') },
  { cx: 336, cy: 176, r: 64, color: hex('#e56b4f') },
  { cx: 176, cy: 336, r: 64, color: hex('#7fd1ae') },
  { cx: 336, cy: 336, r: 64, color: hex('#fdfbf5') },
];

function insideRoundedSquare(x, y, inset, radius) {
  const min = inset;
  const max = SIZE - inset;
  if (x < min || x > max || y < min || y > max) return false;
  const dx = Math.max(min + radius - x, 0, x - (max - radius));
  const dy = Math.max(min + radius - y, 0, y - (max - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** colour of one sample point, or null where the icon is transparent */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 16, 104)) return null;
  for (const dot of DOTS) {
    if ((x - dot.cx) ** 2 + (y - dot.cy) ** 2 <= dot.r ** 2) return dot.color;
  }
  return TILE;
}

function render() {
  const rowBytes = SIZE * 4 + 1;
  const raw = Buffer.alloc(rowBytes * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const o = y * rowBytes + 1 + x * 4;
      if (covered > 0) {
        raw[o] = Math.round(r / covered);
        raw[o + 1] = Math.round(g / covered);
        raw[o + 2] = Math.round(b / covered);
        raw[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function png(raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png(render()));
console.log(`wrote ${path.relative(process.cwd(), out)}`);
