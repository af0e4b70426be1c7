// n8n loads this package through the `n8n` section of package.json (the built files in dist/);
// nothing is exported for require().
module.exports = {};
