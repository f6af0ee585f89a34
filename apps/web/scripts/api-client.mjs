// The console's typed API client, generated from the gateway's OpenAPI document.
//   node apps/web/scripts/api-client.mjs [--from URL]   fetch the document (default: the running
//       stack's http://127.0.0.1:3000/docs-json), write apps/web/openapi.json and the types in
//       apps/web/src/lib/api-schema.d.ts
//   node apps/web/scripts/api-client.mjs --check URL    exit 1 when the committed document or types
//       differ from what the gateway at URL serves (the types regenerated in memory)
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const documentFile = join(web, 'openapi.json');
const typesFile = join(web, 'src/lib/api-schema.d.ts');

const { values } = parseArgs({
  options: { from: { type: 'string' }, check: { type: 'string' } },
});

async function fetchDocument(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The document as committed: stable key order as served, two-space JSON, Prettier's layout. */
async function documentText(document) {
  const options = (await prettier.resolveConfig(documentFile)) ?? {};
  return prettier.format(JSON.stringify(document), { ...options, filepath: documentFile });
}

/**
 * The document with every $ref that names no schema replaced by `{}` (unknown), so one missing
 * schema leaves that body untyped instead of stopping the generation; each is reported.
 */
function withoutDanglingRefs(document) {
  const schemas = document.components?.schemas ?? {};
  const replace = (node) => {
    if (Array.isArray(node)) return node.map(replace);
    if (!node || typeof node !== 'object') return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!(name in schemas)) {
        console.warn(`warning: the document names a schema it lacks (${name}): typed as unknown`);
        return {};
      }
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
  };
  return replace(document);
}

async function typesText(document) {
  const header =
    '// Generated from apps/web/openapi.json by `npm run web:client`: do not edit by hand.\n';
  const source = header + astToString(await openapiTS(withoutDanglingRefs(document)));
  const options = (await prettier.resolveConfig(typesFile)) ?? {};
  return prettier.format(source, { ...options, filepath: typesFile });
}

if (values.check) {
  const document = await fetchDocument(values.check);
  const [committedDocument, committedTypes] = await Promise.all([
    readFile(documentFile, 'utf8'),
    readFile(typesFile, 'utf8'),
  ]);
  const problems = [];
  if ((await documentText(document)) !== committedDocument) {
    problems.push(`apps/web/openapi.json differs from ${values.check}`);
  }
  if ((await typesText(document)) !== committedTypes) {
    problems.push('apps/web/src/lib/api-schema.d.ts differs from the types of that document');
  }
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nregenerate with: npm run web:client`);
    process.exit(1);
  }
  console.log('the committed API client matches the gateway');
} else {
  const url = values.from ?? 'http://127.0.0.1:3000/docs-json';
  const document = await fetchDocument(url);
  await writeFile(documentFile, await documentText(document));
  await writeFile(typesFile, await typesText(document));
  console.log(`wrote apps/web/openapi.json and apps/web/src/lib/api-schema.d.ts from ${url}`);
}
