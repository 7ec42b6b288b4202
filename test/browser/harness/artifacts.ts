import { join } from 'node:path';

/**
 * Where browser tests save screenshots. The reviewed ones are committed in test-artifacts/;
 * ordinary runs write to test-artifacts/tmp/ (ignored by git) so a test run never dirties the
 * tree. `UPDATE_SCREENSHOTS=1 npm test` replaces the committed ones after a visual change.
 */
export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', process.env.UPDATE_SCREENSHOTS === '1' ? '' : 'tmp');
