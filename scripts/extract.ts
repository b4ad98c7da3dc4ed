/**
 * CLI: `npm run --silent extract -- <file.txt>` prints the parser's Extraction as JSON.
 * Errors (missing, unreadable, empty, binary or non-UTF-8 input) print a message naming the file,
 * what is wrong and how to fix it, and exit with code 2 (never a stack trace).
 */
import { readFileSync, statSync } from 'node:fs';
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
  const st = statSync(file);
  if (st.isDirectory()) fail(`${file} is a directory, not a file. Pass the path of a .txt article.`);
  bytes = readFileSync(file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') fail(`${file}: no such file. Check the path (relative to ${process.cwd()}).`);
  if (code === 'EACCES') fail(`${file}: permission denied. Make the file readable (chmod +r).`);
  fail(`${file}: cannot be read (${code ?? 'unknown error'}). Check that it is a readable text file.`);
}
if (bytes.length === 0) fail(`${file} is empty. Pass an article's plain text (UTF-8).`);
if (bytes.includes(0)) fail(`${file} looks binary (it contains NUL bytes). Pass the article as plain UTF-8 text.`);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${file} is not valid UTF-8. Convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 "${file}" > article.txt`);
}
if (text.replace(/^\uFEFF/, '').trim() === '') fail(`${file} contains only whitespace. Pass an article's plain text.`);
process.stdout.write(JSON.stringify(extract(text), null, 2) + '\n');
