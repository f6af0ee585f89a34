import { foldDiacritics, foldedTokens } from './vietnamese';

describe('Vietnamese diacritic folding', () => {
  it('folds tones, vowel marks and đ, in either case', () => {
    expect(foldDiacritics('Gốm sứ Bát Tràng')).toBe('gom su bat trang');
    expect(foldDiacritics('Đồng Tháp')).toBe('dong thap');
    expect(foldDiacritics('đặc sản Ngũ Xã')).toBe('dac san ngu xa');
    expect(foldDiacritics('Lụa Vạn Phúc')).toBe(foldDiacritics('lua van phuc'));
  });

  it('folds precomposed and decomposed input alike', () => {
    const precomposed = 'Hạ Thái'.normalize('NFC');
    const decomposed = 'Hạ Thái'.normalize('NFD');
    expect(foldDiacritics(precomposed)).toBe(foldDiacritics(decomposed));
  });

  it('splits into words without punctuation', () => {
    expect(foldedTokens('Chè Tân Cương (loại 1), 200g')).toEqual([
      'che',
      'tan',
      'cuong',
      'loai',
      '1',
      '200g',
    ]);
  });
});
