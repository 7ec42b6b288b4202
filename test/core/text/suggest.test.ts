import { closestName, editDistance } from '../../../src/core/text/suggest';

const OPTIONS = ['vault', 'api', 'hf-api', 'min-interval', 'dry-run', 'filter', 'format', 'json', 'out', 'all', 'help'];

describe('closestName', () => {
  it.each([
    ['dryrun', 'dry-run'],
    ['fitler', 'filter'],
    ['vualt', 'vault'],
    ['Vault', 'vault'],
    ['min_interval', 'min-interval'],
    ['dry', 'dry-run'],
    ['fromat', 'format'],
    ['hfapi', 'hf-api'],
  ])('%s → %s', (typed, meant) => {
    expect(closestName(typed, OPTIONS)).toBe(meant);
  });

  it.each(['verbose', 'x', '', 'completely-different', 'a'.repeat(5000)])('%s has no suggestion', (typed) => {
    expect(closestName(typed, OPTIONS)).toBeNull();
  });

  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
