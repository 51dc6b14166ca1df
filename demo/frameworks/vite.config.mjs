// `npm run build`, then `npx vite demo/frameworks`: the three examples at /react/,
// /react-wrappers/ and /vue/, each reading the sample feed at /feed/ as an app that copied it into
// public/feed/ would (README, "Installing from npm"). Here the public folder is the package's own
// dist/cdn/, whose feed/ is that sample feed, so nothing is copied into the repository.
import { fileURLToPath } from 'node:url';

export default {
  publicDir: fileURLToPath(new URL('../../packages/widgets/dist/cdn', import.meta.url)),
};
