import { parseConfig, type LoadedConfig } from '../config.ts';

/** A small config for tests: a shipping group of three carriers and one standalone component. */
export const fixtureConfigText = `site:
  title: Test Status
  url: https://status.example.com/
  timezone: Europe/Berlin
components:
  - id: ecommerce
    name: E-Commerce Service
    check: { url: 'https://shop.example/health' }
  - id: shipping
    name: Shipping Services
    components:
      - id: dhl
        name: DHL
        check: { url: 'https://dhl.example/' }
      - id: ups
        name: UPS
        check: { url: 'https://ups.example/' }
      - id: dpd
        name: DPD
        manual: Set by hand.
`;

/** The fixture config, loaded. */
export function fixtureConfig(): LoadedConfig {
  const { loaded, problems } = parseConfig(fixtureConfigText, 'status.config.yaml');
  if (!loaded) throw new Error(JSON.stringify(problems));
  return loaded;
}
