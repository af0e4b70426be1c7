const path = require('path');
const { task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n also needs each node's and credential's icons beside the built files.
function copyIcons() {
	return src(['icons/*.{png,svg}', 'nodes/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist')));
}

task('build:icons', copyIcons);
