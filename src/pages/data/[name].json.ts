/** /data/<collection>.json: every entry of a collection, as the site's pages read it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, entries } from '../../lib/datasets.ts';

export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { name: d.name }, props: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await entries((props as { name: (typeof DATASETS)[number]['name'] }).name), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
