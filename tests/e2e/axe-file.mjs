// Where the browser tests' server (server.mjs) serves axe-core, and the file it serves.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's minified build, the one file a page needs to run it. */
export const AXE_FILE = require.resolve('axe-core/axe.min.js');

/** Its address on the tests' server, named by axe-core's version. */
export const AXE_PATH = `/__tests__/axe-core-${require('axe-core/package.json').version}.min.js`;
