import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Paths the console never answers: the API, its documents, probes and the public product page, in
 * any spelling (`/API/v1/...` is the API's 404, never the console's page).
 */
const RESERVED = /^\/+(api|docs|docs-json|health|metrics|p)(\/|$)/i;

/** The web console's build (apps/web, built into dist/web beside the services). */
export function consoleDirectory(): string {
  return process.env.WEB_DIST_DIR ?? resolve(__dirname, '../../../../web');
}

/**
 * Serves the console's files at `/`, and its index.html for every other GET of a client route (a
 * path without a file extension), so a reload or a shared link of /fairs/123 opens the console.
 * Returns false, serving nothing, when the console was not built.
 */
export function serveConsole(app: NestExpressApplication, dir = consoleDirectory()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, {
    index: false,
    // Vite names every asset by its content, so a cached one never goes stale.
    setHeaders: (res: Response, path: string) => {
      if (path.includes(`${join(dir, 'assets')}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const clientRoute =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !RESERVED.test(req.path) &&
      !/\.[a-z0-9]+$/i.test(req.path);
    if (!clientRoute) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
