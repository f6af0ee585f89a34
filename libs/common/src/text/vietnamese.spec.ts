import { foldedWords, foldVietnamese } from './vietnamese';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Gốm sứ Bát Tràng')).toBe('gom su bat trang');
    expect(foldVietnamese('Lụa Vạn Phúc')).toBe('lua van phuc');
    expect(foldVietnamese('Sơn mài Hạ Thái')).toBe('son mai ha thai');
    expect(foldVietnamese('NƯỚC MẮM Phú Quốc')).toBe('nuoc mam phu quoc');
  });

  it('writes đ and Đ as d', () => {
    expect(foldVietnamese('Đồng Ngũ Xã đúc')).toBe('dong ngu xa duc');
  });

  it('folds precomposed and decomposed input alike', () => {
    const precomposed = 'Chè Tân Cương'.normalize('NFC');
    const decomposed = 'Chè Tân Cương'.normalize('NFD');
    expect(foldVietnamese(precomposed)).toBe('che tan cuong');
    expect(foldVietnamese(decomposed)).toBe('che tan cuong');
  });

  it('leaves text without diacritics as it is, lower-cased', () => {
    expect(foldVietnamese('gom su bat trang')).toBe('gom su bat trang');
    expect(foldVietnamese('OCOP 5 sao')).toBe('ocop 5 sao');
  });
});

describe('foldedWords', () => {
  it('splits folded text into words of letters and digits', () => {
    expect(foldedWords('  Chè Tân Cương-2 (hộp 100g) ')).toEqual([
      'che',
      'tan',
      'cuong',
      '2',
      'hop',
      '100g',
    ]);
    expect(foldedWords('')).toEqual([]);
  });
});
