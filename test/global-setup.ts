// Once before the tests: the command line is built from the current sources, so the tests that run
// `thidua` as a program run what the sources say (dist-cli/ is what `npx thidua` runs).
// @ts-expect-error plain JavaScript build script, no types
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
