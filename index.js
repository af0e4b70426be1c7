// n8n loads this package through the `n8n` section of package.json (the built files in dist/); it
// is not a library to require(), so package.json names no `main` and this file is not published.
module.exports = {};
