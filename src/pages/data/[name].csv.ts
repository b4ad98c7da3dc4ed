/** /data/<collection>.csv: one row per entry; nested fields as JSON in their cell. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { DATASETS, entries } from '../../lib/datasets.ts';

export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { name: d.name }, props: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(toCsv(await entries((props as { name: (typeof DATASETS)[number]['name'] }).name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
