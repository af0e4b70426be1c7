const path = require('path');
const { task, src, dest, parallel } = require('gulp');

// tsc emits only JavaScript; n8n also needs each node's and credential's icons beside the built files.
function copyIcons() {
	return src(['icons/*.{png,svg}', 'nodes/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist')));
}

// n8n reads a node's codex (categories, aliases, documentation links) from `<Node>.node.json`
// beside its `<Node>.node.js`, so the codex files go where tsc put the node.
function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest(path.resolve('dist')));
}

task('build:assets', parallel(copyIcons, copyCodex));
