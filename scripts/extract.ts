/**
 * CLI: `npm run --silent extract -- <file.txt>` prints the parser's Extraction as JSON.
 * Errors (missing, unreadable, not a regular file, too large, empty, binary, non-UTF-8 or markup
 * input) print a message naming the file, what is wrong and how to fix it, and exit with code 2
 * (never a stack trace); a parser failure exits with code 1. The file is read and decoded exactly
 * as the build script reads it, so the offsets printed are the build's.
 */
import { readInputFile } from '../src/collections/input-file.ts';
import { decodeArticle } from '../src/collections/read-articles.ts';
import { ContentError } from '../src/diagnostics/index.ts';
import { extract } from '../src/parse/index.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const [file] = args;
if (args.length !== 1 || file === undefined) fail('expected exactly one argument, the article text file.\n  usage: npm run --silent extract -- <file.txt>');
let text: string;
try {
  const bytes = readInputFile(file, { shown: file, what: 'file', missingFix: `check the path (relative to ${process.cwd()})` });
  ({ text } = decodeArticle(bytes, file));
} catch (e) {
  if (e instanceof ContentError) fail(String(e));
  fail(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}). Check that it is a readable text file.`);
}
let json: string;
try {
  json = JSON.stringify(extract(text), null, 2);
} catch (e) {
  fail(`${file}: error: the parser failed on this file (${e instanceof Error ? e.message : String(e)})\n  fix: this is a bug in src/parse, not in the file: report it with the file attached`, 1);
}
process.stdout.write(json + '\n');
