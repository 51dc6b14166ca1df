// Runs in the `timezone-new-york` group only (web-test-runner.config.mjs): a browser in America/New_York.
import { londonTimeCases } from './london-times.js';

londonTimeCases('America/New_York');
