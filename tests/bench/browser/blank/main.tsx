// The floor of the cold-start figure: a blank React page, built the way the app is built (Vite,
// the React plugin, the same target), that paints one heading.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Blank</h1>
  </StrictMode>,
);
