import { escapeHtml } from '@dondoc/domain';

/** Small server-rendered pages for mail links: a clerk on a phone sees a sentence, not JSON. */
export interface LinkPage {
  status: number;
  title: string;
  message: string;
  details?: [string, string][];
  /** A one-button form posting back to the same link. */
  confirm?: { label: string };
}

/** The web app's look (its header, a card, the task set out as a table), without its scripts. */
const STYLE = `
body{margin:0;background:#f5f5f5;color:#1f1f1f;font-family:'Noto Sans','Segoe UI',Roboto,Arial,sans-serif;line-height:1.5}
header{background:#7f0716;color:#fff;font-weight:700;font-size:18px;padding:14px 16px}
main{max-width:40rem;margin:24px auto;padding:0 12px}
.card{background:#fff;border:1px solid #e5e5e5;border-radius:8px;padding:20px}
h1{font-size:1.35rem;margin:0 0 8px}
table{border-collapse:collapse;width:100%;margin:16px 0}
th,td{text-align:left;vertical-align:top;padding:8px;border-top:1px solid #f0f0f0}
th{color:#595959;font-weight:400;width:7rem}
button{font:inherit;font-weight:600;padding:10px 20px;background:#a8071a;color:#fff;border:0;border-radius:6px;cursor:pointer}
button:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px}
.note{color:#595959;font-size:.9rem;margin-top:16px}
.note a{color:#a8071a}`;

export function renderLinkPage(p: LinkPage): string {
  const details = p.details?.length
    ? `<table>${p.details.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`
    : '';
  const form = p.confirm
    ? `<form method="post"><button type="submit">${escapeHtml(p.confirm.label)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} · Đôn Đốc</title>
<style>${STYLE}</style>
</head><body><header>Đôn Đốc</header><main><div class="card"><h1>${escapeHtml(p.title)}</h1><p>${escapeHtml(p.message)}</p>${details}${form}
<p class="note"><a href="/viec">Đăng nhập hệ thống</a> để xem đầy đủ nhiệm vụ, báo cáo tiến độ và xin gia hạn.</p></div></main></body></html>`;
}
