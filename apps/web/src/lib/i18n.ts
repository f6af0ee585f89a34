import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en';
import vi from '../locales/vi';

export type Language = 'vi' | 'en';
const KEY = 'ocop.lang';

function savedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: savedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/** Switches the console's language and remembers it for the next visit. */
export function changeLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
