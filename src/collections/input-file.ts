/**
 * Read one input file (an article, sources.yaml, claims.yaml) as bytes, refusing what is not a
 * regular file: a directory, a FIFO or a device (reading /dev/zero or a FIFO would never end), a
 * symlink loop, a link that leaves the folder it must stay in, or a file larger than the cap.
 * The file is opened without following links (after resolving them ourselves) and checked on the
 * open descriptor, so what is checked is what is read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { relative, sep } from 'node:path';
import { ContentError } from '../diagnostics/content-error.ts';

/** Largest input accepted. A long article is ~50 KB; 16 MB leaves room for a day's wire copy in one file. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Path shown in messages. */
  shown: string;
  /** When set, the file's real path (links resolved) must lie inside this folder. */
  inside?: string;
  /** What the file is, for messages ("article", "article metadata file", "claim registry"). */
  what: string;
  /** The fix for a file that does not exist. */
  missingFix: string;
  maxBytes?: number;
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'unknown error';

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The real path, with a readable error for a missing file, a loop or a forbidden link. */
function resolve(path: string, o: ReadOptions): string {
  try {
    lstatSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') throw new ContentError(o.shown, `the ${o.what} does not exist`, o.missingFix);
    throw new ContentError(o.shown, `the ${o.what} cannot be read (${errno(e)})`, 'check the file permissions (it must be readable)');
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    if (errno(e) === 'ELOOP') throw new ContentError(o.shown, `the ${o.what} is a symbolic link that loops back on itself`, `replace the link with the file itself (rm ${o.shown}, then save the text there)`);
    if (errno(e) === 'ENOENT') throw new ContentError(o.shown, `the ${o.what} is a symbolic link to a file that does not exist`, `replace the link with the file itself (rm ${o.shown}, then save the text there)`);
    throw new ContentError(o.shown, `the ${o.what} cannot be resolved (${errno(e)})`, 'replace it with a regular, readable file');
  }
  if (o.inside !== undefined) {
    const folder = realpathSync(o.inside);
    const rel = relative(folder, real);
    if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || rel.startsWith(sep)) {
      throw new ContentError(o.shown, `the ${o.what} is a symbolic link to ${real}, outside ${o.inside}`, `copy the text into the folder instead of linking to it (cp --remove-destination "${real}" ${o.shown})`);
    }
  }
  return real;
}

export function readInputFile(path: string, o: ReadOptions): Buffer {
  const real = resolve(path, o);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: links were resolved above.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    if (errno(e) === 'EISDIR') throw new ContentError(o.shown, `the ${o.what} is a directory, not a file`, `pass the path of a file, not a folder (or remove the folder ${o.shown} and save the file there)`);
    if (errno(e) === 'EACCES') throw new ContentError(o.shown, `the ${o.what} cannot be read: permission denied`, `make it readable (chmod +r ${o.shown})`);
    throw new ContentError(o.shown, `the ${o.what} cannot be opened (${errno(e)})`, 'replace it with a regular, readable file');
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const fix = st.isDirectory() ? `pass the path of a file, not a folder (or remove the folder ${o.shown} and save the file there)` : `save the ${o.what} as a regular file (a FIFO or device never ends)`;
      throw new ContentError(o.shown, `the ${o.what} is ${kindOf(st)}, not a regular file`, fix);
    }
    const max = o.maxBytes ?? MAX_INPUT_BYTES;
    if (st.size > max) {
      throw new ContentError(o.shown, `the ${o.what} is ${(st.size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit`, 'split it into one file per article (a news article is well under 1 MB)');
    }
    return readAll(fd, st.size, max, o);
  } finally {
    closeSync(fd);
  }
}

/** Read to the end (the size may change while reading), never past the cap. */
function readAll(fd: number, size: number, max: number, o: ReadOptions): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(65536, Math.min(size - total, max + 1 - total)));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > max) throw new ContentError(o.shown, `the ${o.what} is over the ${(max / 1048576).toFixed(0)} MB limit`, 'split it into one file per article');
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
