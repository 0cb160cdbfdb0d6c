/** What the CLI bundle exposes to its launcher (src/cli/launch.ts). */
export { main } from './main.js';
