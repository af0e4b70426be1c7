// Not the package's entry point, and not published (package.json `files` is dist/ only): n8n loads
// this package through the `n8n` section of package.json, the built nodes and credentials in dist/.
// It exists because package.json names no `main`, so Node resolves `require('n8n-nodes-order-sync')`
// (or `require('.')`) in a checkout to this file: a tool that requires the package root gets an empty
// object instead of a "Cannot find module" error. Nothing reads from it.
module.exports = {};
