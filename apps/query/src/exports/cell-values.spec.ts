import { csvText, sheetValue } from './cell-values';
import { exportFilename } from './filenames';

describe('export cells', () => {
  it('writes days and times as Việt Nam reads them', () => {
    expect(csvText('2026-03-01', 'day', 'vi')).toBe('01/03/2026');
    expect(csvText('2029-01-01T00:00:00.000Z', 'day', 'en')).toBe('01/01/2029');
    // 18:30 UTC is already the next day, 01:30, in Việt Nam.
    expect(csvText('2026-03-01T18:30:00.000Z', 'vietnamDay', 'vi')).toBe('02/03/2026');
    expect(csvText('2026-03-01T18:30:00.000Z', 'time', 'vi')).toBe('02/03/2026 01:30');
    expect(sheetValue('2026-03-01T18:30:00.000Z', 'vietnamDay', 'vi')).toEqual(
      new Date('2026-03-02T00:00:00.000Z'),
    );
    expect(sheetValue('2026-03-01T18:30:00.000Z', 'time', 'vi')).toEqual(
      new Date('2026-03-02T01:30:00.000Z'),
    );
  });

  it('writes money in đồng, grouped as the language writes numbers', () => {
    expect(csvText(1_500_000, 'money', 'vi')).toBe('1.500.000 ₫');
    expect(csvText(1_500_000, 'money', 'en')).toBe('1,500,000 ₫');
    expect(sheetValue(1_500_000, 'money', 'vi')).toBe(1_500_000);
  });

  it('writes yes/no in the language and leaves missing values empty', () => {
    expect(csvText(true, 'text', 'vi')).toBe('Có');
    expect(csvText(false, 'text', 'en')).toBe('No');
    expect(csvText(null, 'day', 'vi')).toBe('');
    expect(sheetValue(undefined, 'money', 'vi')).toBeNull();
  });

  it('names files in ASCII from Vietnamese words', () => {
    expect(
      exportFilename(
        { vi: 'bảng tổng hợp', en: 'fair board' },
        'vi',
        '2026-03-15',
        'Tuần hàng OCOP Hà Nội',
      ),
    ).toBe('bang-tong-hop-tuan-hang-ocop-ha-noi-2026-03-15');
  });
});
