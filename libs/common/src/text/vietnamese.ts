/*
 * Vietnamese text compared with or without diacritics: buyers type "gom su bat trang" as often as
 * "gốm sứ Bát Tràng". Folding is NFD + dropping combining marks + đ→d (đ is a letter of its own,
 * not a d with a mark, so NFD leaves it alone), then lower case.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** "Gốm sứ Bát Tràng" → "gom su bat trang"; "Đồng Tháp" → "dong thap". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The folded words of a text: letters and digits only, so punctuation never blocks a match. */
export function foldedTokens(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}
