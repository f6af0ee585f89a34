/**
 * Vietnamese text folded for search: decomposed (NFD), combining marks (tones, breves, horns,
 * circumflexes) stripped, đ/Đ written d, lower-cased. "Gốm sứ Bát Tràng" and "gom su bat trang"
 * fold to the same string, so either spelling finds the other.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** The folded words of a text (letters and digits), in order: "Chè Tân Cương-2" → [che, tan, cuong, 2]. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
