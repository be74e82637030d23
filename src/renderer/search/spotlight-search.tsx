import { Spotlight } from '@mantine/spotlight';

export function SpotlightSearch() {
  return <Spotlight actions={[]} shortcut={['mod + K']} nothingFound="Nothing found" />;
}
