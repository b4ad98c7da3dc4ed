#!/usr/bin/env node
/**
 * `npm run review -- <article-slug>`: an editor confirms or rejects the matcher's suggestions for one
 * article, in the terminal (prompts by @inquirer/prompts). The review file
 * (content/reviews/<slug>.yaml) is written atomically after every answer, so Ctrl-C loses nothing.
 *   --list        print the pending suggestions and exit
 *   --sentences   read the sentences with no claim yet and add any claim the matcher missed
 *                 (with --all: every sentence); the walk also follows the suggestions in a full review
 *   --proposals   walk the build's proposed new claims; accepted ones are added to content/claims.yaml
 *   --articles <dir> --registry <file> --reviews <dir>   as for `npm run content`
 * The logic is in src/review/session.ts (pure, tested); this file prompts, prints and writes.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import { expand, input, search, select } from '@inquirer/prompts';
import { parse } from 'yaml';
import { buildCollections, type BuildResult } from '../src/collections/build.ts';
import { loadRegistry } from '../src/collections/registry.ts';
import { ContentError } from '../src/diagnostics/index.ts';
import { formatReview } from '../src/review/format.ts';
import { findQuote, flatten } from '../src/review/selectors.ts';
import {
  addClaim, answer, appendClaim, claimsBySentence, contextOf, emptyReview, markComplete, newSlug, otherWordings, pendingFor,
  proposalMembers, remaining, sentencesToRead, setVerdict, unreviewedClaims, type Action, type Article, type PendingItem,
} from '../src/review/session.ts';
import { ReviewFile, type SourceEntry } from '../src/schema/index.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const articlesDir = option('--articles') ?? join(root, 'content/articles');
const registryFile = option('--registry') ?? join(root, 'content/claims.yaml');
const reviewsDir = option('--reviews') ?? join(articlesDir, '../reviews');
const valued = new Set(['--articles', '--registry', '--reviews']);
const slug = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const dim = (s: string) => styleText('dim', s);
const bold = (s: string) => styleText('bold', s);

/** Write beside the target, then rename: a reader (or a Ctrl-C) never sees half a file. */
function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function build(): BuildResult {
  return buildCollections({ root, articlesDir, registryFile, reviewsDir });
}

function articleOf(b: BuildResult, s: string): Article {
  const src = b.collections.sources.find((x) => x.id === s) as SourceEntry | undefined;
  if (!src) throw new ContentError(s, `no article with slug "${s}"`, `use one of: ${b.collections.sources.map((x) => x.id).join(', ')}`);
  return { slug: s, text: src.text, sentences: src.sentences };
}

function readReview(s: string): ReviewFile {
  const file = join(reviewsDir, `${s}.yaml`);
  return existsSync(file) ? ReviewFile.parse(parse(readFileSync(file, 'utf8'))) : emptyReview(s);
}

function saveReview(r: ReviewFile): void {
  writeAtomic(join(reviewsDir, `${r.article}.yaml`), formatReview(r));
}

const statementOf = (b: BuildResult, claim: string) => b.collections.claims.find((c) => c.id === claim)?.statement ?? claim;
const conf = (c: number | null) => (c === null ? 'confidence unknown' : `confidence ${c.toFixed(2)}`);

function list(b: BuildResult, a: Article): void {
  const queue = pendingFor(b.pending, a.slug);
  if (!queue.length) console.log(`review: nothing pending for ${a.slug}`);
  else console.log(`review: ${queue.length} suggestion${queue.length === 1 ? '' : 's'} pending for ${a.slug}`);
  for (const q of queue) console.log(`  sentence ${q.sentence + 1}: ${q.claim} (${conf(q.confidence)})\n    ${contextOf(a, q.sentence).text}`);
  const r = readReview(a.slug);
  const grown = r.complete ? unreviewedClaims(r, b.collections.claims.map((c) => c.id)) : [];
  if (grown.length) console.log(`review: ${grown.length} claim${grown.length === 1 ? '' : 's'} added to the registry since the review was completed (${grown.join(', ')}): \`npm run review -- ${a.slug}\` reads the article again for them`);
  const unread = r.complete ? 0 : sentencesToRead(r, a).length; // a complete review says the others report no claim
  if (unread) console.log(`review: ${unread} sentence${unread === 1 ? ' has' : 's have'} no claim yet; \`--sentences\` reads them to add claims the matcher missed`);
}

function show(b: BuildResult, a: Article, q: PendingItem, left: number): void {
  const ctx = contextOf(a, q.sentence);
  console.log(`\n${dim(`── ${left} pending · sentence ${q.sentence + 1} of ${a.slug} ──`)}`);
  if (ctx.before) console.log(dim(ctx.before));
  console.log(bold(ctx.text));
  if (ctx.after) console.log(dim(ctx.after));
  console.log(`\nSuggested claim: ${bold(q.claim)} (${conf(q.confidence)})\n  ${statementOf(b, q.claim)}`);
  const others = otherWordings(b.collections.claims, q.claim, a.slug);
  if (others.length) {
    console.log('How other outlets worded it (confirmed):');
    for (const o of others) console.log(dim(`  ${o.source}: ${o.text}`));
  }
}

async function chooseClaim(b: BuildResult): Promise<string> {
  const claims = b.collections.claims.map((c) => ({ value: c.id, name: `${c.id}: ${c.statement}` }));
  for (;;) {
    const chosen = await search({
      message: 'Which claim does the sentence report? (type to filter)',
      source: (term) => claims.filter((c) => !term || c.name.toLowerCase().includes(term.toLowerCase())),
    });
    if (chosen) return chosen; // Enter on an empty result list: ask again
  }
}

async function ask(b: BuildResult): Promise<Action> {
  const kind = await expand({
    message: 'Verdict',
    default: 'c',
    expanded: true,
    choices: [
      { key: 'c', name: 'Confirm: the sentence reports this claim', value: 'confirm' },
      { key: 'r', name: 'Reject: it does not', value: 'reject' },
      { key: 'o', name: 'Other: it reports another claim', value: 'other' },
      { key: 's', name: 'Skip for now', value: 'skip' },
      { key: 'q', name: 'Quit (every answer so far is saved)', value: 'quit' },
    ],
  });
  return kind === 'other' ? { kind, claim: await chooseClaim(b) } : { kind };
}

/** Walk the pending suggestions; false when the editor quit (or skipped some: run again for them). */
async function walkSuggestions(b: BuildResult, a: Article, r: ReviewFile): Promise<{ review: ReviewFile; done: boolean }> {
  let queue = pendingFor(b.pending, a.slug);
  let skipped = 0;
  while (queue.length) {
    const q = queue[0]!;
    show(b, a, q, queue.length);
    const action = await ask(b);
    if (action.kind === 'quit') {
      console.log(`review: stopped; ${queue.length} left. Answers so far are in ${join(reviewsDir, `${a.slug}.yaml`)}`);
      return { review: r, done: false };
    }
    const suggested = new Set(queue.filter((x) => x.sentence === q.sentence).map((x) => x.claim));
    r = answer(r, a, q, action, suggested);
    if (action.kind === 'skip') skipped++;
    else saveReview(r);
    queue = action.kind === 'skip' ? queue.slice(1) : remaining(queue, q, action);
  }
  if (skipped) console.log(`review: ${skipped} skipped; run again to answer them.`);
  return { review: r, done: !skipped };
}

/** Read sentences one by one; the editor adds any claim a sentence reports. False when the editor quit. */
async function walkSentences(b: BuildResult, a: Article, r: ReviewFile, indices: number[]): Promise<{ review: ReviewFile; done: boolean }> {
  const pendingHere = (i: number) => new Set(pendingFor(b.pending, a.slug).filter((p) => p.sentence === i).map((p) => p.claim));
  for (const [n, i] of indices.entries()) {
    for (;;) {
      const ctx = contextOf(a, i);
      console.log(`\n${dim(`── sentence ${i + 1} of ${a.slug} · ${indices.length - n} to read ──`)}`);
      if (ctx.before) console.log(dim(ctx.before));
      console.log(bold(ctx.text));
      if (ctx.after) console.log(dim(ctx.after));
      const has = claimsBySentence(r, a).get(i) ?? [];
      console.log(has.length ? `Reports: ${has.join(', ')}` : 'Reports no claim yet.');
      const what = await expand({
        message: 'Does it report a claim?',
        default: 'n',
        expanded: true,
        choices: [
          { key: 'n', name: has.length ? 'No other claim: next sentence' : 'No claim: next sentence', value: 'next' },
          { key: 'a', name: 'Add a claim it reports', value: 'add' },
          { key: 'q', name: 'Quit (every answer so far is saved)', value: 'quit' },
        ],
      });
      if (what === 'quit') return { review: r, done: false };
      if (what === 'next') break;
      r = addClaim(r, a, i, await chooseClaim(b), pendingHere(i));
      saveReview(r);
    }
  }
  return { review: r, done: true };
}

const yesNo = (message: string, yes: string, no: string, def: 'y' | 'n') =>
  expand({ message, default: def, expanded: true, choices: [{ key: 'y', name: yes, value: true }, { key: 'n', name: no, value: false }] });

/**
 * After the suggestions: offer to read the sentences for claims the matcher missed, then to mark the
 * review complete against the registry as it is now. A complete review that the registry has since
 * outgrown is re-read in full for the new claims.
 */
async function finish(b: BuildResult, a: Article, r: ReviewFile, walked: boolean): Promise<void> {
  const registry = b.collections.claims.map((c) => c.id);
  const missing = unreviewedClaims(r, registry);
  if (!missing.length) return void console.log(`review: ${a.slug} is complete against every claim in the registry; \`npm run content\` publishes it.`);
  const grown = r.complete;
  if (grown) console.log(`\n${missing.length} claim${missing.length === 1 ? ' was' : 's were'} added to the registry since this review was completed:\n${missing.map((c) => `  ${c}: ${statementOf(b, c)}`).join('\n')}`);
  const toRead = sentencesToRead(r, a, grown);
  if (!walked && toRead.length) {
    const read = await yesNo(`Read the ${toRead.length} sentence${toRead.length === 1 ? '' : 's'} ${grown ? 'again for the new claims' : 'with no claim'}, to add any claim the matcher missed?`, 'Yes, read them', 'No', 'y');
    if (read) {
      const w = await walkSentences(b, a, r, toRead);
      r = w.review;
      if (!w.done) return void console.log(`review: stopped; answers so far are in ${join(reviewsDir, `${a.slug}.yaml`)}`);
    }
  }
  const done = await yesNo(`Has every sentence been read against ${grown ? 'the new claims' : 'every claim'}? Mark the review complete (sentences without a verdict carry no claim; claims added to the registry later stay suggestions)`, 'Yes, mark complete', 'No, not yet', 'n');
  if (done) saveReview((r = markComplete(r, registry)));
  console.log(`review: ${a.slug} saved${done ? ', complete' : ''}; \`npm run content\` publishes it.`);
}

async function review(b: BuildResult, a: Article): Promise<void> {
  if (!pendingFor(b.pending, a.slug).length) console.log(`review: nothing pending for ${a.slug}`);
  const w = await walkSuggestions(b, a, readReview(a.slug));
  if (w.done) await finish(b, a, w.review, false);
}

/** `--sentences`: read the sentences with no claim (every one with --all), then offer to mark complete. */
async function sentences(b: BuildResult, a: Article): Promise<void> {
  const r = readReview(a.slug);
  const toRead = sentencesToRead(r, a, args.includes('--all'));
  if (!toRead.length) console.log(`review: every sentence of ${a.slug} has a claim (\`--sentences --all\` reads them all)`);
  const w = await walkSentences(b, a, r, toRead);
  if (!w.done) return void console.log(`review: stopped; answers so far are in ${join(reviewsDir, `${a.slug}.yaml`)}`);
  if (pendingFor(b.pending, a.slug).length) return void console.log(`review: ${a.slug} saved; suggestions are still pending (\`npm run review -- ${a.slug}\`).`);
  await finish(b, a, w.review, true);
}

async function proposals(b: BuildResult): Promise<void> {
  if (!b.report.proposals.length) return void console.log('review: no proposed claims');
  for (const p of b.report.proposals) {
    const members = proposalMembers(p.text);
    console.log(`\n${dim('── proposed claim: passages several outlets share that no claim covers ──')}`);
    for (const m of members) console.log(`  ${bold(m.source)}: ${m.text}`);
    // A prompt like ask()'s above, with its own question and answers: the shape is expand()'s, not shared logic.
    const what = await expand({
      message: 'Add as a new claim?',
      default: 'n',
      expanded: true,
      choices: [
        { key: 'a', name: 'Add it to the registry', value: 'add' },
        { key: 'n', name: 'No: not a claim', value: 'no' },
        { key: 'q', name: 'Quit', value: 'quit' },
      ],
    });
    if (what === 'quit') return;
    if (what === 'no') continue;
    const statement = await input({ message: 'Statement (one sentence, in the registry\'s neutral words):', default: members[0]?.text, required: true });
    const registryText = readFileSync(registryFile, 'utf8');
    const registry = loadRegistry(registryText, registryFile);
    const topic = await select({ message: 'Topic', choices: registry.topics.map((t) => ({ value: t.id, name: t.title })) });
    const taken = new Set(registry.claims.flatMap((c) => [c.slug, ...c.formerSlugs]));
    const slugText = await input({ message: 'Slug (its permalink; never renamed later):', default: newSlug(statement, taken), validate: (v) => (taken.has(v) ? 'that slug is taken' : /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) || 'lowercase letters, digits and single hyphens') });
    const next = appendClaim(registryText, { slug: slugText, statement, topic });
    loadRegistry(next, registryFile); // never write a registry the build would refuse
    writeAtomic(registryFile, next);
    // The sentences that made the proposal report the new claim: record that in their reviews.
    for (const m of members) {
      const a = articleOf(b, m.source);
      const hit = findQuote(flatten(a.text), { exact: m.text, prefix: '', suffix: '' });
      const s = hit.kind === 'found' ? a.sentences.find((x) => x.start <= hit.start && hit.start < x.end) : undefined;
      if (s) saveReview(setVerdict(readReview(a.slug), a, s.index, slugText, 'added'));
    }
    console.log(`review: added claim "${slugText}" to ${registryFile}`);
  }
}

async function main(): Promise<void> {
  if (!slug && !args.includes('--proposals')) {
    console.error('usage: npm run review -- <article-slug> [--list | --sentences [--all]]   or   npm run review -- --proposals');
    process.exitCode = 2;
    return;
  }
  const b = build();
  if (args.includes('--proposals')) return proposals(b);
  const a = articleOf(b, slug!);
  if (args.includes('--list')) return list(b, a);
  if (args.includes('--sentences')) return sentences(b, a);
  return review(b, a);
}

main().catch((error: unknown) => {
  if (error instanceof Error && error.name === 'ExitPromptError') {
    console.log('\nreview: stopped (Ctrl-C); every answer so far is saved.');
    process.exitCode = 130;
  } else if (error instanceof ContentError) {
    console.error(String(error));
    process.exitCode = 1;
  } else {
    console.error(`review: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  }
});
