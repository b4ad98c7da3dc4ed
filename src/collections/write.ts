/**
 * Write the collections atomically: every file is first written in full beside its
 * target, and only when all are written are they renamed into place (rename is atomic
 * on one file system). A failure before that leaves the previous collections intact.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeCollections(outDir: string, files: Record<string, unknown>): string[] {
  mkdirSync(outDir, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const [name, value] of Object.entries(files)) {
      const target = join(outDir, `${name}.json`);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(value, null, 1) + '\n');
      staged.push([temp, target]);
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of staged) renameSync(temp, target);
  return staged.map(([, target]) => target);
}
