// Runs the changesets CLI (`npm run changeset -- <command>`). Its own bin calls
// module.enableCompileCache(), which Node 20 (our engines floor) lacks; the CLI itself runs on
// Node 20, so we load it directly.
await import('@changesets/cli');
