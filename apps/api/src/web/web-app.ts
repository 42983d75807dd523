import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { projectRoot } from '@dondoc/config/project-root';

/** Where `npm run web:build` leaves the built pages. */
export const WEB_DIST = join(projectRoot(), 'apps', 'web', 'dist');

/**
 * The pages' own paths. They never collide with the API's routes (/tasks/:id, /directives/:id,
 * /links/:token…), which external clients keep using as the README documents them.
 */
const PAGE_PREFIXES = [
  '/viec',
  '/nhiem-vu',
  '/van-ban',
  '/giao-viec',
  '/quan-tri',
  '/bao-cao',
  '/dang-nhap',
  '/mat-khau',
  '/ca-nhan',
];

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A person who follows an API link (a mail's "Xem nhiệm vụ") in a browser lands on its page. */
const PAGE_OF: [RegExp, string][] = [
  [new RegExp(`^/tasks/(${UUID})/?$`), '/nhiem-vu/'],
  [new RegExp(`^/directives/(${UUID})/?$`), '/van-ban/'],
];

export function isPagePath(path: string): boolean {
  return path === '/' || PAGE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** A navigation (the browser asks for HTML first), not a script's request for JSON. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html';
}

/**
 * Serves the web app at the API's origin: its assets, index.html for every page path (the
 * router in the page takes over), and a redirect from an API link opened in a browser to the
 * page of the same task or directive. Called before the API's routes are registered.
 */
export function serveWebApp(app: INestApplication, dist = WEB_DIST): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !wantsHtml(req)) return next();
    for (const [pattern, page] of PAGE_OF) {
      const m = pattern.exec(req.path);
      if (m) return res.redirect(302, `${page}${m[1]}`);
    }
    next();
  });
  if (!existsSync(join(dist, 'index.html'))) return;
  app.use(
    '/assets',
    express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use('/favicon.svg', express.static(join(dist, 'favicon.svg')));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isPagePath(req.path)) return next();
    res.set('cache-control', 'no-cache').sendFile(join(dist, 'index.html'));
  });
}

/**
 * The content security policy of pages and API alike: only this origin's scripts; inline
 * styles, which Ant Design writes at run time (and the mail-link pages use).
 */
export function contentSecurityPolicy(appBaseUrl: string) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(appBaseUrl.startsWith('https://') ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}
