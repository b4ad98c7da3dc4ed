/**
 * Trains the attribution cue model (src/parse/attribution-weights.json) on PolNeAR's train split.
 *   node scripts/train/attributions.ts [corpus-dir] [--epochs N] [--cache tokens.json]
 * corpus-dir defaults to ../shared/corpora/polnear-train (see that folder's README). Logistic
 * regression over hashed features, fixed seed, so the same corpus gives the same weights (bytes,
 * base64 in the file). Tokens come from the
 * project's own block, sentence and token stages, exactly as at extraction time (the fitting
 * itself is scripts/train/cue-model.ts).
 */
import { writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BITS, EPOCHS, examples, lexiconOf, load, priorOf, SEED, train } from './cue-model.ts';
import type { CueModelFile } from '../../src/parse/attributions-model.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const ei = args.indexOf('--epochs');
const epochs = ei >= 0 ? Number(args[ei + 1]) : EPOCHS;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--epochs' && args[i - 1] !== '--cache') ?? '../shared/corpora/polnear-train');
if (!existsSync(join(dir, 'gold'))) {
  process.stderr.write(`train: ${dir}/gold not found. Pass the PolNeAR train folder (see ../shared/corpora/README.md).\n`);
  process.exit(2);
}
const ci = args.indexOf('--cache');
const sents = load(dir, ci >= 0 ? args[ci + 1]! : null);
const lexicon = lexiconOf(sents);
const prior = priorOf(sents, lexicon);
const ex = examples(sents, lexicon, prior);
process.stderr.write(`${ex.length} tokens, ${ex.filter((e) => e.y > 0).length} in cues\n`);
const { table, scale } = train(ex, epochs, SEED);
const words = [...lexicon].sort();
const file: CueModelFile = { lexicon: words, prior: words.map((l) => prior.get(l)!), bits: BITS, scale, table: Buffer.from(table.buffer).toString('base64') };
writeFileSync(new URL('../../src/parse/attribution-weights.json', import.meta.url), JSON.stringify(file) + '\n');
process.stderr.write(`${table.filter((v) => v !== 0).length} of ${table.length} slots set\n`);
