import type { Component, ResolvedCheck } from '../../src/domain/catalogue.ts';

/** A probed component with test-friendly defaults: 2 s timeout, no retries, 1 s degraded threshold. */
export function testComponent(
  id: string,
  check: Partial<ResolvedCheck> & { url: string },
): Component {
  return {
    id,
    name: id,
    description: undefined,
    groupId: undefined,
    since: undefined,
    manual: undefined,
    onlyShowIfDegraded: false,
    position: 0,
    check: {
      method: 'GET',
      headers: {},
      expect: {},
      maxRedirects: 5,
      certExpiryDays: 14,
      timeout: 2000,
      retries: 0,
      degradedAfter: 1000,
      ...check,
    },
  };
}
