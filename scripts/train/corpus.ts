/**
 * Where the training scripts find their corpus: the first argument, else
 * ../shared/corpora/polnear-train beside the repository (read there, never copied in). Exits with a
 * one-line message when the folder has no gold/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(fileURLToPath(import.meta.url), '../../..');

/** `null`: the default folder, whatever the command line says (for scripts that parse options themselves). */
export function trainingCorpus(arg: string | null | undefined = process.argv[2]): string {
  const corpus = arg ?? join(root, '../shared/corpora/polnear-train');
  if (!existsSync(join(corpus, 'gold'))) {
    console.error(`train: no corpus at ${corpus} (expected gold/ and articles/ as in ../shared/corpora/README.md)`);
    process.exit(1);
  }
  return corpus;
}
