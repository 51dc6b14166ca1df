// Runs in the `timezone-tokyo` group only (web-test-runner.config.mjs): a browser in Asia/Tokyo.
import { londonTimeCases } from './london-times.js';

londonTimeCases('Asia/Tokyo');
