/** /data/<collection>.schema.json: the JSON Schema of the dataset, generated from the zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, jsonSchema } from '../../lib/datasets.ts';

export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { name: d.name }, props: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(jsonSchema((props as { name: (typeof DATASETS)[number]['name'] }).name), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
