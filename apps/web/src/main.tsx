import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './lib/i18n';
import { ConsoleApp } from './app/console-app';
import { preloadOfficerHome } from './features/home/officer-home-data';
import { session } from './lib/session';

if (session.current()?.user.role === 'officer' && window.location.pathname === '/') {
  preloadOfficerHome();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleApp />
  </StrictMode>,
);
