/**
 * Write the collections atomically, as one generation: every file is written into a new sibling
 * folder (`data.new-<pid>`), and only when all are written does that folder replace the output
 * folder (rename the old one aside, rename the new one in, remove the old). Each step that fails
 * undoes the ones before it, so a failure at any point (a full disk, EFBIG under `ulimit -f`, a
 * path that cannot be written) leaves the previous collections exactly as they were and no
 * temporary file behind. Renaming per file could not promise that: a failure after three renames
 * left three collections new and four old.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ContentError } from '../diagnostics/content-error.ts';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

const FIX: Record<string, string> = {
  EFBIG: 'a file is over the size limit of this shell: raise it (ulimit -f unlimited) and run again',
  ENOSPC: 'the disk is full: free some space and run again',
  EDQUOT: 'the disk quota is exhausted: free some space and run again',
  EACCES: 'make the output folder and its parent writable, or pass --out <dir>',
  EPERM: 'make the output folder and its parent writable, or pass --out <dir>',
  EROFS: 'the file system is read-only: pass --out <dir> on a writable one',
};

function writeError(path: string, error: unknown, step: string): ContentError {
  const c = code(error);
  return new ContentError(path, `cannot ${step} (${c})`, FIX[c] ?? 'check that the output folder can be written, or pass --out <dir>');
}

/** The output folder may hold only collections (*.json): replacing it must never remove anything else. */
function checkOutDir(outDir: string): boolean {
  if (!existsSync(outDir)) return false;
  if (!lstatSync(outDir).isDirectory()) {
    throw new ContentError(outDir, 'the output path exists and is not a folder', 'remove it, or pass --out <dir> naming a folder for the collections');
  }
  // *.json.<pid>.tmp: leftovers of the earlier per-file writer
  const foreign = readdirSync(outDir).filter((f) => !f.endsWith('.json') && !/\.json\.\d+\.tmp$/.test(f));
  if (foreign.length > 0) {
    throw new ContentError(outDir, `the output folder holds files that are not collections (${foreign.slice(0, 3).join(', ')}): it is replaced as a whole on every run`, 'move those files elsewhere, or pass --out <dir> naming a folder of its own');
  }
  return true;
}

/** Leftovers of a run that was killed: another live process's generation is left alone. */
export function removeStale(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.`;
  if (!existsSync(parent)) return;
  for (const f of readdirSync(parent)) {
    const m = f.startsWith(prefix) ? /^(new|old)-(\d+)$/.exec(f.slice(prefix.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    // an old generation with no current one is the previous data, stranded between two renames
    if (m[1] === 'old' && !existsSync(outDir)) renameSync(join(parent, f), outDir);
    else rmSync(join(parent, f), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}

/** Write `files` (name → value) as `<outDir>/<name>.json`, all or nothing. Returns the paths written. */
export function writeCollections(outDir: string, files: Record<string, unknown>): string[] {
  removeStale(outDir);
  const exists = checkOutDir(outDir);
  const fresh = `${outDir}.new-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  const names = Object.keys(files).map((n) => `${n}.json`);
  try {
    mkdirSync(fresh, { recursive: true });
    for (const [name, value] of Object.entries(files)) {
      const target = join(fresh, `${name}.json`);
      try {
        writeFileSync(target, JSON.stringify(value, null, 1) + '\n');
      } catch (e) {
        throw writeError(join(outDir, `${name}.json`), e, `write ${name}.json`);
      }
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw e instanceof ContentError ? e : writeError(outDir, e, 'write the collections');
  }
  swap(outDir, fresh, old, exists);
  return names.map((n) => join(outDir, n));
}

/**
 * Put the folder `fresh` in place of `outDir`; on failure, put the old one back and remove the new.
 * Also used by the site build for dist/.
 */
export function swap(outDir: string, fresh: string, old: string, exists: boolean): void {
  try {
    if (exists) renameSync(outDir, old);
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw writeError(outDir, e, 'move the previous output aside');
  }
  try {
    renameSync(fresh, outDir);
  } catch (e) {
    if (exists) renameSync(old, outDir);
    rmSync(fresh, { recursive: true, force: true });
    throw writeError(outDir, e, 'move the new output into place');
  }
  // The new data is in place; an old generation that cannot be removed is only clutter.
  if (exists) rmSync(old, { recursive: true, force: true });
}
