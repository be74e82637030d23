// On start, the page takes the colour scheme saved with the delegate's data. Mantine remembers
// one in the browser's storage too, but the store is what Settings shows and what survives a new
// window or a reinstall, so it wins once; after that the page and the store change together.
import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useCall } from '../api/hooks';

export function ApplySavedTheme() {
  const settings = useCall('settings.get', {});
  const { setColorScheme } = useMantineColorScheme();
  const applied = useRef(false);
  const saved = settings.data?.theme;

  useEffect(() => {
    if (applied.current || !saved) return;
    applied.current = true;
    setColorScheme(saved);
  }, [saved, setColorScheme]);

  return null;
}
