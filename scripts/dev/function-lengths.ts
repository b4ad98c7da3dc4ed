#!/usr/bin/env node
/**
 * Functions longer than a limit, from the TypeScript syntax tree (the team's rule: none over ~60
 * lines in src/). `node scripts/dev/function-lengths.ts [limit=60] [dir=src]`; exit 1 when any is over.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(fileURLToPath(import.meta.url), '../../..');
const limit = Number(process.argv[2] ?? 60);
const dir = join(root, process.argv[3] ?? 'src');

const files = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
  });

const long: string[] = [];
for (const file of files(dir)) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const a = src.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const b = src.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      if (b - a + 1 > limit) {
        const name = (node as ts.FunctionLikeDeclaration).name?.getText() ?? '(anonymous)';
        long.push(`${relative(root, file)}:${a}-${b} ${name} (${b - a + 1} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}
for (const l of long) console.log(l);
console.log(`${long.length} function(s) over ${limit} lines in ${relative(root, dir) || '.'}`);
process.exitCode = long.length ? 1 : 0;
