import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/*
 * The import boundaries `npm run lint` enforces, proven on a small fixture: the real
 * dependency-cruiser with the repository's own rules must report a cross-app import and a domain
 * file that loads Nest, and nothing in the files that keep to the rules.
 */

const root = resolve(__dirname, '../../..');
const cli = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

describe('import boundaries (dependency-cruiser, as npm run lint runs it)', () => {
  let fixture: string;

  beforeAll(() => {
    fixture = mkdtempSync(join(tmpdir(), 'ocop-boundaries-'));
    symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'), 'dir');
    write(
      fixture,
      'tsconfig.base.json',
      JSON.stringify({
        compilerOptions: { baseUrl: '.', paths: { '@ocop/two': ['apps/two/src'] } },
      }),
    );
    write(fixture, 'apps/two/src/index.ts', "export * from './helper';\n");
    write(fixture, 'apps/two/src/helper.ts', 'export const helper = 1;\n');
    write(fixture, 'apps/one/src/own.ts', 'export const own = 2;\n');
    // Reaches into another app by a relative path, and again through an alias.
    write(
      fixture,
      'apps/one/src/routes.ts',
      "import { helper } from '../../two/src/helper';\nexport const routes = helper;\n",
    );
    write(
      fixture,
      'apps/one/src/aliased.ts',
      "import { helper } from '@ocop/two';\nexport const aliased = helper;\n",
    );
    // A domain file loading Nest; its neighbour keeps to pure code.
    write(
      fixture,
      'apps/one/src/domain/thing.aggregate.ts',
      "import { Injectable } from '@nestjs/common';\nexport const decorate = Injectable;\n",
    );
    write(
      fixture,
      'apps/one/src/domain/pure.ts',
      "import { own } from '../own';\nexport const pure = own;\n",
    );
  });

  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('reports the cross-app imports and the domain file that loads Nest, and fails', () => {
    // The options `npm run lint` passes, so this fails exactly when lint would.
    const run = spawnSync(
      process.execPath,
      [cli, 'apps', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'],
      { cwd: fixture, encoding: 'utf8' },
    );
    // One line per violation: "  error <rule>: <from> → <to>".
    const found = [...run.stdout.matchAll(/^\s*error ([\w-]+): (\S+) → (\S+)$/gm)].map(
      ([, rule, from, to]) => [rule, from, to],
    );

    expect(found).toEqual(
      expect.arrayContaining([
        ['no-cross-app-import', 'apps/one/src/routes.ts', 'apps/two/src/helper.ts'],
        ['no-cross-app-import', 'apps/one/src/aliased.ts', 'apps/two/src/index.ts'],
        [
          'domain-loads-no-infrastructure',
          'apps/one/src/domain/thing.aggregate.ts',
          // node_modules is a link to the repository's, which the cruiser names by its real path.
          expect.stringMatching(/node_modules\/@nestjs\/common\/index\.js$/),
        ],
      ]),
    );
    expect(found).toHaveLength(3);
    expect(run.status).not.toBe(0);
  });
});
