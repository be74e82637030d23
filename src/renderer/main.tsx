// Mounts the page. MantineProvider follows the system's light or dark setting until the
// delegate picks one, and remembers that choice (in localStorage).
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomePage } from './welcome-page';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider defaultColorScheme="auto">
      <WelcomePage />
    </MantineProvider>
  </StrictMode>,
);
