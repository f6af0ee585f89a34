import { foldedWords } from '@ocop/common';
import type { ExportLanguage } from '@ocop/contracts';

/**
 * An ASCII file name from words in either language and the day: "Tuần hàng OCOP Hà Nội" →
 * `tuan-hang-ocop-ha-noi`, so every browser and file system keeps it as given.
 */
export function exportFilename(
  parts: Record<ExportLanguage, string>,
  lang: ExportLanguage,
  day: string,
  ...more: string[]
): string {
  return [parts[lang], ...more, day].flatMap((part) => foldedWords(part)).join('-');
}
