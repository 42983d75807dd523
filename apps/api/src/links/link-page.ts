import { escapeHtml } from '../../../../libs/domain/src';

/** Small server-rendered pages for mail links: a clerk on a phone sees a sentence, not JSON. */
export interface LinkPage {
  status: number;
  title: string;
  message: string;
  details?: [string, string][];
  /** A one-button form posting back to the same link. */
  confirm?: { label: string };
}

export function renderLinkPage(p: LinkPage): string {
  const details = p.details?.length
    ? `<table>${p.details.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`
    : '';
  const form = p.confirm
    ? `<form method="post"><button type="submit">${escapeHtml(p.confirm.label)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} · Đôn Đốc</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.4rem}th{text-align:left;padding-right:1rem;vertical-align:top;color:#555}
button{font-size:1.1rem;padding:.6rem 1.2rem;background:#b3261e;color:#fff;border:0;border-radius:.4rem;cursor:pointer}</style>
</head><body><h1>${escapeHtml(p.title)}</h1><p>${escapeHtml(p.message)}</p>${details}${form}</body></html>`;
}
