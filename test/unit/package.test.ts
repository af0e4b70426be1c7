import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// What `npm publish` would ship, as `npm pack` lists it (run after `npm run build`, as npm test does).
const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function packedFiles(): string[] {
	const stdout = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	return (JSON.parse(stdout)[0].files as Array<{ path: string }>).map((file) => file.path).sort();
}

describe('the published package', () => {
	const files = packedFiles();

	it('holds only dist/, README.md, LICENSE and package.json', () => {
		const outside = files.filter((file) => !file.startsWith('dist/'));
		expect(outside).toEqual(['LICENSE', 'README.md', 'package.json']);
		expect(files.filter((file) => file.startsWith('dist/')).length).toBeGreaterThan(0);
	});

	it('ships no sources, tests, type declarations or source maps', () => {
		const unwanted = files.filter((file) => /\.(ts|map)$/.test(file) || /(^|\/)test(s)?\//.test(file));
		expect(unwanted).toEqual([]);
	});

	it('contains every node and credential package.json registers, and their icons', () => {
		const registered: string[] = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
		expect(registered.filter((file) => !files.includes(file))).toEqual([]);
		const icons = fs.readdirSync(path.join(root, 'icons')).map((name) => `dist/icons/${name}`);
		expect(icons.filter((icon) => !files.includes(icon))).toEqual([]);
	});

	it("ships each node's codex file beside the node, where n8n reads it", () => {
		const codexFiles: string[] = manifest.n8n.nodes.map((file: string) => file.replace(/\.js$/, '.json'));
		expect(codexFiles.filter((file) => !files.includes(file))).toEqual([]);
	});

	it('has no main entry that would point outside the packed files', () => {
		expect(manifest.main === undefined || files.includes(manifest.main)).toBe(true);
	});
});
