import { PAGE_TEXT, CertificateBadge, PageLanguage, PageText } from './page-text';

/** What the query service answers for a QR code (GET /catalogue/products/by-qr/:qrCode). */
export interface PublicProduct {
  name: string;
  group: string;
  qrCode: string;
  photoUrls?: string[];
  stars: number | null;
  certificate: {
    decisionNumber: string;
    level: string;
    issuedOn: string;
    expiresOn: string;
    status: 'valid' | 'expired' | 'revoked';
  } | null;
  /** The programme's validity rule on `today`, the Việt Nam day the query service judged on. */
  validToday: boolean;
  today: string;
  producerName: string | null;
  province: string | null;
  district: string | null;
  commune: string | null;
  craftVillage: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML content and quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** YYYY-MM-DD (or a longer ISO time, by its day) as dd/MM/yyyy. */
export function vietnameseDate(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Never "valid" unless the shared rule says so today; revoked wins over expired. */
export function certificateBadge(product: PublicProduct): CertificateBadge {
  const certificate = product.certificate;
  if (!certificate) return 'none';
  if (certificate.status === 'revoked') return 'revoked';
  if (product.validToday) return 'valid';
  if (certificate.status === 'expired') return 'expired';
  return certificate.issuedOn.slice(0, 10) > product.today ? 'not-yet-valid' : 'expired';
}

// Small on purpose: the whole page stays a few kilobytes on a phone's connection.
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f6f7f5}
header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}
header{display:flex;justify-content:space-between;align-items:center;padding-top:.75rem;padding-bottom:.75rem}
.brand{font-weight:700;color:#0b5d1e;margin:0}
a{color:#0645ad}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.125rem;margin:0 0 .5rem}
img{display:block;width:100%;height:auto;border-radius:.5rem;background:#e4e6e1}
section{background:#fff;border:1px solid #d9dcd6;border-radius:.5rem;padding:1rem;margin:1rem 0}
.stars{margin:.25rem 0;font-weight:600}
.stars b{font-size:1.25rem;color:#8a5a00}
.badge{display:inline-block;font-weight:700;padding:.25rem .75rem;border-radius:1rem;margin:0 0 .75rem;border:2px solid}
.valid{background:#e6f4ea;color:#0b5d1e;border-color:#0b5d1e}
.expired,.not-yet-valid{background:#fff4e5;color:#7a3e00;border-color:#7a3e00}
.revoked{background:#fde8e8;color:#9b1c1c;border-color:#9b1c1c}
.none{background:#eceeea;color:#3a3a3a;border-color:#3a3a3a}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}
dt{color:#4a4a4a}
dd{margin:0;font-weight:600}
footer{color:#4a4a4a;font-size:.875rem;padding-bottom:2rem}
`
  .trim()
  .replace(/\n/g, '');

interface Frame {
  lang: PageLanguage;
  title: string;
  /** The page's own path, without ?lang, for the language switch. */
  path: string;
  nonce: string;
  body: string;
}

function page({ lang, title, path, nonce, body }: Frame): string {
  const text = PAGE_TEXT[lang];
  const other = text.otherLanguage;
  const otherHref = other.lang === 'vi' ? path : `${path}?lang=${other.lang}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${CSS}</style>
</head>
<body>
<header>
<p class="brand">OCOP</p>
<nav aria-label="${escapeHtml(text.languageNav)}"><a href="${escapeHtml(otherHref)}" hreflang="${other.lang}" lang="${other.lang}">${escapeHtml(other.label)}</a></nav>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function row(label: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

function starsLine(text: PageText, product: PublicProduct, badge: CertificateBadge): string {
  const stars = product.stars;
  if (!stars) return '';
  const symbols = '★'.repeat(stars) + '☆'.repeat(5 - stars);
  if (badge !== 'valid') return `<p>${escapeHtml(text.formerStars(stars))}</p>`;
  return `<p class="stars"><b aria-hidden="true">${symbols}</b> ${escapeHtml(text.stars(stars))}</p>`;
}

function producerSection(text: PageText, product: PublicProduct): string {
  // Unknown only while the producer's registration has not reached the read model.
  if (!product.producerName) return '';
  return `<section aria-labelledby="producer">
<h2 id="producer">${escapeHtml(text.producer)}</h2>
<dl>${row(text.producerName, product.producerName)}${row(text.craftVillage, product.craftVillage)}${row(text.commune, product.commune)}${row(text.district, product.district)}${row(text.province, product.province)}</dl>
</section>`;
}

function photo(text: PageText, product: PublicProduct): string {
  const url = product.photoUrls?.find((candidate) => /^https?:\/\//i.test(candidate));
  if (!url) return '';
  return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text.photoAlt(product.name))}" width="640" height="480" loading="lazy" decoding="async">`;
}

/** The product behind a QR code: name, photo, stars, group, certificate and producer. */
export function productPage(
  product: PublicProduct,
  lang: PageLanguage,
  path: string,
  nonce: string,
): string {
  const text = PAGE_TEXT[lang];
  const badge = certificateBadge(product);
  const certificate = product.certificate;
  const group = text.groups[product.group as keyof PageText['groups']] ?? product.group;
  const certificateRows = certificate
    ? row(text.decisionNumber, certificate.decisionNumber) +
      row(text.level, text.levels[certificate.level] ?? certificate.level) +
      row(text.issuedOn, vietnameseDate(certificate.issuedOn)) +
      row(text.expiresOn, vietnameseDate(certificate.expiresOn))
    : '';
  const body = `<h1>${escapeHtml(product.name)}</h1>
${photo(text, product)}
${starsLine(text, product, badge)}
<p>${escapeHtml(text.group)}: <strong>${escapeHtml(group)}</strong></p>
<section aria-labelledby="certificate">
<h2 id="certificate">${escapeHtml(text.certificate)}</h2>
<p class="badge ${badge}" data-status="${badge}">${escapeHtml(text.badges[badge])}</p>
${certificateRows ? `<dl>${certificateRows}</dl>` : ''}
</section>
${producerSection(text, product)}
<p>${escapeHtml(text.code)}: <code>${escapeHtml(product.qrCode)}</code></p>`;
  return page({ lang, title: `${product.name} – ${text.pageTitle}`, path, nonce, body });
}

/** A friendly page for a code no product carries (or that is no product code at all). */
export function notFoundPage(
  code: string | undefined,
  lang: PageLanguage,
  path: string,
  nonce: string,
): string {
  const text = PAGE_TEXT[lang];
  const body = `<h1>${escapeHtml(text.notFoundTitle)}</h1>
<p>${escapeHtml(text.notFound(code))}</p>`;
  return page({ lang, title: `${text.notFoundTitle} – ${text.siteName}`, path, nonce, body });
}

/** When the read models cannot be reached: say so, never show a stale or guessed status. */
export function unavailablePage(lang: PageLanguage, path: string, nonce: string): string {
  const text = PAGE_TEXT[lang];
  const body = `<h1>${escapeHtml(text.unavailableTitle)}</h1>
<p>${escapeHtml(text.unavailable)}</p>`;
  return page({ lang, title: `${text.unavailableTitle} – ${text.siteName}`, path, nonce, body });
}
