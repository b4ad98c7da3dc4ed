/**
 * Strict UTF-8 decoding of an input file, with a message that names the encoding the bytes are
 * probably in and an iconv command that converts them correctly: UTF-16 (a byte-order mark),
 * Windows-1252 (bytes 0x80–0x9F, which Windows uses for curly quotes and dashes and which Latin-1
 * would turn into control characters), or Latin-1 / another single-byte encoding.
 */
import { ContentError } from '../diagnostics/content-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined (iconv refuses them). */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function iconv(from: string, path: string): string {
  return `iconv -f ${from} -t utf-8 ${path} > ${path}.utf8 && mv ${path}.utf8 ${path}`;
}

/** Which encoding a non-UTF-8 file is most likely in, and the conversion that fixes it. */
export function encodingAdvice(bytes: Uint8Array, path: string): { guess: string; fix: string } {
  let c1 = false;
  for (const b of bytes) {
    if (CP1252_UNDEFINED.has(b)) {
      return { guess: 'an unknown 8-bit encoding', fix: `find the encoding it was saved in (\`file -i ${path}\`) and convert it: iconv -f <encoding> -t utf-8` };
    }
    if (b >= 0x80 && b <= 0x9f) c1 = true;
  }
  // Without 0x80–0x9F bytes Windows-1252 and Latin-1 decode identically; Windows-1252 is the safe name.
  return { guess: c1 ? 'Windows-1252 (bytes 0x80–0x9F are its curly quotes and dashes)' : 'Latin-1 or Windows-1252', fix: `convert it to UTF-8: ${iconv('windows-1252', path)}` };
}

/** A UTF-16 or UTF-32 byte-order mark, if the file starts with one. */
function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32LE' : 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return null;
}

/**
 * Decode `bytes` as UTF-8 or throw a located ContentError. A leading UTF-8 BOM is kept in the
 * text (so offsets count it, as the file does) and reported in `bom`.
 */
export function decodeUtf8(bytes: Uint8Array, path: string): { text: string; bom: boolean } {
  const wide = utf16Bom(bytes);
  if (wide) {
    throw new ContentError(path, `the file is ${wide} (it starts with a ${wide} byte-order mark), not UTF-8`, `convert it to UTF-8: ${iconv(wide.replace(/(LE|BE)$/, ''), path)}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(path, `the file contains a NUL byte at byte ${nul}: it looks binary (or UTF-16 without a byte-order mark), not text`, 'save it as plain UTF-8 text (.txt)');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { guess, fix } = encodingAdvice(bytes, path);
    throw new ContentError(
      path,
      `the file is not valid UTF-8 (first bad byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}); it looks like ${guess}`,
      fix,
      placeOfByte(bytes, bad),
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading BOM by default; keep offsets equal to the file's characters.
  return { text: bom ? '\uFEFF' + text : text, bom };
}

/** Index of the byte at which a streaming UTF-8 decoder first fails (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      // The decoder fails on the byte that cannot continue a sequence; the bad sequence
      // begins at its lead byte, which is what a reader looking at the file wants.
      let k = i - 1;
      while (k >= 0 && (bytes[k]! & 0xc0) === 0x80) k--;
      return k >= 0 && bytes[k]! >= 0xc0 && (bytes[i]! & 0xc0) !== 0x80 ? k : i;
    }
  }
  return bytes.length - 1; // truncated sequence at the very end
}

function placeOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) { line++; lineStart = i + 1; }
  return { line, column: index - lineStart + 1 };
}
