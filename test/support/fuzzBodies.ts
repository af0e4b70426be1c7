import { generator } from './random';

/**
 * Hostile or broken webhook bodies for the triggers' fuzz tests (and the real-n8n fuzz check):
 * random bytes, deep nesting, wrong content types, empty bodies, invalid UTF-8, 1 MB and 16 MiB bodies,
 * arrays of 10 000. None
 * of them carries an order a trigger may accept.
 */
export interface FuzzBody {
	name: string;
	contentType?: string;
	body: Buffer;
}

const TYPES = [
	'application/json',
	'application/x-www-form-urlencoded',
	'multipart/form-data; boundary=fuzz',
	'text/plain',
	'application/octet-stream',
	'application/xml',
	undefined,
];

const MB = 1024 * 1024;

function randomBytes(seed: number, length: number): Buffer {
	const random = generator(seed);
	return Buffer.from(Array.from({ length }, () => random.int(256)));
}

/** `large`: also the 16 MiB bodies and the arrays of 10 000 (on by default). */
export function fuzzBodies({ seeds = 12, large = true }: { seeds?: number; large?: boolean } = {}): FuzzBody[] {
	const bodies: FuzzBody[] = [];
	for (let seed = 1; seed <= seeds; seed++) {
		const random = generator(seed);
		bodies.push({ name: `random bytes #${seed}`, contentType: random.pick(TYPES), body: randomBytes(seed * 31, 1 + random.int(4096)) });
	}
	const text = (name: string, contentType: string | undefined, body: string) => bodies.push({ name, contentType, body: Buffer.from(body, 'utf8') });
	text('JSON nested 10 000 deep', 'application/json', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
	text('JSON data nested 10 000 deep', 'application/json', `{"event":"order.changed","data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`);
	text('JSON arrays opened 100 000 deep', 'application/json', '['.repeat(100_000));
	text('form key nested 10 000 brackets deep', 'application/x-www-form-urlencoded', `a${'[b]'.repeat(10_000)}=1`);
	text('multipart field nested 5 000 brackets deep', 'multipart/form-data; boundary=fuzz', `--fuzz\r\nContent-Disposition: form-data; name="a${'[b]'.repeat(5000)}"\r\n\r\n1\r\n--fuzz--\r\n`);
	text('an XML order', 'application/xml', '<order><id>1001</id></order>');
	text('a JSON order labelled as a form', 'application/x-www-form-urlencoded', '{"id": 1001, "cost_total": 10}');
	text('a form labelled as JSON', 'application/json', 'id=1001&cost_total=10');
	text('multipart without a boundary', 'multipart/form-data', 'id=1001');
	text('multipart cut off', 'multipart/form-data; boundary=fuzz', '--fuzz\r\nContent-Disposition: form-data; name="id"\r\n\r\n1001');
	for (const contentType of TYPES) text(`empty body (${contentType ?? 'no content type'})`, contentType, '');
	bodies.push({ name: 'invalid UTF-8 in JSON', contentType: 'application/json', body: Buffer.concat([Buffer.from('{"id": 1001, "recipient": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]) });
	bodies.push({ name: 'invalid UTF-8 in a form', contentType: 'application/x-www-form-urlencoded', body: Buffer.concat([Buffer.from('id=1001&recipient='), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80])]) });
	text('1 MB of one letter', 'application/x-www-form-urlencoded', 'x'.repeat(MB));
	text('1 MB JSON string without an order', 'application/json', `{"event":"order.changed","data":"${'x'.repeat(MB)}"}`);
	bodies.push({ name: '1 MB of random bytes', contentType: 'application/json', body: randomBytes(4242, MB) });
	text('1 MB of form pairs without an order id', 'application/x-www-form-urlencoded', Array.from({ length: MB / 16 }, (_, i) => `k${i}=${'v'.repeat(8)}`).join('&').slice(0, MB));
	if (!large) return bodies;
	// n8n accepts bodies up to 16 MiB.
	text('16 MiB JSON string without an order', 'application/json', `{"event":"order.changed","data":"${'x'.repeat(16 * MB - 40)}"}`);
	text('16 MiB of one letter as a form', 'application/x-www-form-urlencoded', 'x'.repeat(16 * MB));
	text('a JSON array of 10 000 orders', 'application/json', JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ id: 50_000 + i, cost_total: 10, goods: [{ id: 1, count: 1 }] }))));
	text('a JSON array of 10 000 empty objects', 'application/json', JSON.stringify(Array.from({ length: 10_000 }, () => ({}))));
	text('JSON data holding an array of 10 000 arrays', 'application/json', `{"event":"order.changed","data":{"items":${JSON.stringify(Array.from({ length: 10_000 }, () => []))}}}`);
	return bodies;
}
