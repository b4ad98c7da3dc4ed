/**
 * Every internal address in one place, so permalinks are built the same way everywhere and the
 * site works under any path. The base path and the site's address are read once, in
 * astro.config.mjs (BASE_PATH → Astro's `base`, SITE_URL → `site`); Vite hands them to this
 * module as import.meta.env.BASE_URL and import.meta.env.SITE, in pages and in browser scripts
 * alike. No other file writes a root-relative link (tests/unit/urls.test.ts greps for them).
 */
import { sentenceAnchor } from './marks.ts';

/** The base path with exactly one slash at each end ("/", "/sub/dir/"). */
export function normaliseBase(base: string | undefined): string {
  const inner = (base ?? '').split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

/** A path builder for one base: `at('claims/x/')` → "/sub/dir/claims/x/". */
export function pathsUnder(base: string | undefined): (path: string) => string {
  const root = normaliseBase(base);
  return (path: string) => root + path.replace(/^\/+/, '');
}

/** The site-internal address of a path given from the site's root ("" is the home page). */
export const href = pathsUnder(import.meta.env.BASE_URL);

/** An address as an absolute URL on the configured site (canonical links, JSON-LD). */
export function absoluteUrl(internal: string, site: string | undefined = import.meta.env.SITE): string {
  return new URL(internal, site ?? 'http://127.0.0.1:4321/').href;
}

export const homeUrl = () => href('');
export const claimsUrl = () => href('claims/');
export const quotesUrl = () => href('quotes/');
export const figuresUrl = () => href('figures/');
export const peopleUrl = () => href('people/');
export const compareIndexUrl = () => href('compare/');
export const dataIndexUrl = () => href('data/');
export const methodUrl = () => href('method/');
export const sitemapUrl = () => href('sitemap-index.xml');
export const faviconUrl = () => href('favicon.svg');
/** The quote records and their prebuilt fuse.js index, fetched by the quotes page. */
export const searchIndexUrl = () => href('quotes/search.json');
export const datasetUrl = (name: string, ext: 'json' | 'csv' | 'schema.json') => href(`data/${name}.${ext}`);

export const claimUrl = (id: string) => href(`claims/${id}/`);
export const sourceUrl = (id: string) => href(`sources/${id}/`);
export const sentenceUrl = (source: string, index: number) => `${sourceUrl(source)}#${sentenceAnchor(index)}`;
export const personUrl = (id: string) => href(`people/${id}/`);
export const compareUrl = (a: string, b: string) => href(`compare/${a}/${b}/`);
/** Measure ids come from data and may start with a digit; anchors must start with a letter. */
export const measureAnchor = (id: string) => `m-${id}`;
export const measureUrl = (id: string) => `${figuresUrl()}#${measureAnchor(id)}`;
export const topicAnchor = (topic: string) => `topic-${topic}`;
export const topicUrl = (topic: string) => `${claimsUrl()}#${topicAnchor(topic)}-list`;

/** Is this (base-including) path the home page, or inside the section at `section`? */
export const isCurrent = (path: string, section: string) => (section === homeUrl() ? path === section : path.startsWith(section));
