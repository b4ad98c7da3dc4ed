/**
 * CLI: `npm run --silent extract -- <file.txt>` prints the parser's Extraction as JSON.
 * Errors (missing, unreadable, empty, binary or non-UTF-8 input) print a message naming the file,
 * what is wrong and how to fix it, and exit with code 2 (never a stack trace). The file is
 * decoded exactly as the build script decodes it, so the offsets printed are the build's.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeArticle } from '../src/collections/read-articles.ts';
import { ContentError } from '../src/diagnostics/index.ts';
import { extract } from '../src/parse/index.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const [file] = args;
if (args.length !== 1 || file === undefined) fail('expected exactly one argument, the article text file.\n  usage: npm run --silent extract -- <file.txt>');
let bytes: Buffer;
try {
  if (statSync(file).isDirectory()) fail(`${file} is a directory, not a file. Pass the path of a .txt article.`);
  bytes = readFileSync(file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') fail(`${file}: no such file. Check the path (relative to ${process.cwd()}).`);
  if (code === 'EACCES') fail(`${file}: permission denied. Make the file readable (chmod +r).`);
  fail(`${file}: cannot be read (${code ?? 'unknown error'}). Check that it is a readable text file.`);
}
let text: string;
try {
  ({ text } = decodeArticle(bytes, file));
} catch (e) {
  if (e instanceof ContentError) fail(String(e));
  throw e;
}
process.stdout.write(JSON.stringify(extract(text), null, 2) + '\n');
