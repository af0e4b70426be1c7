/**
 * Protection for Botobot's callbacks beyond the URL secret (nodes/shared/trigger/urlSecret.ts): an
 * optional allow-list of source addresses, and the key under which an order is remembered. Pure
 * apart from hashing.
 */
import { createHash } from 'node:crypto';

interface AllowEntry {
	text: string;
	/** IPv4 network as a 32-bit number with its prefix length, or undefined for an exact address. */
	network?: { base: number; bits: number };
}

function ipv4ToNumber(address: string): number | undefined {
	const parts = address.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
	return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** "::ffff:1.2.3.4" (an IPv4 client seen by an IPv6 socket) → "1.2.3.4"; lower case otherwise. */
export function normalizeIp(address: string): string {
	const trimmed = address.trim().toLowerCase();
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
	return mapped ? mapped[1] : trimmed;
}

/** Reads "1.2.3.4, 10.0.0.0/8, 2001:db8::1" (commas, spaces or new lines); lists what it could not read. */
export function parseAllowList(text: string): { entries: AllowEntry[]; invalid: string[] } {
	const entries: AllowEntry[] = [];
	const invalid: string[] = [];
	for (const item of text.split(/[\s,;]+/).filter(Boolean)) {
		const [address, bitsText] = item.split('/');
		const base = ipv4ToNumber(address);
		if (bitsText !== undefined) {
			const bits = Number(bitsText);
			if (base === undefined || !/^\d{1,2}$/.test(bitsText) || bits > 32) invalid.push(item);
			else entries.push({ text: item, network: { base, bits } });
		} else if (base !== undefined || /^[0-9a-f:]+$/i.test(address)) {
			entries.push({ text: normalizeIp(address) });
		} else {
			invalid.push(item);
		}
	}
	return { entries, invalid };
}

/** Whether an address is on the list; an empty list lets every address through. */
export function ipAllowed(address: string | undefined, allowList: string): boolean {
	const { entries } = parseAllowList(allowList);
	if (entries.length === 0) return true;
	if (!address) return false;
	const ip = normalizeIp(address);
	const numeric = ipv4ToNumber(ip);
	return entries.some(({ text, network }) => {
		if (!network) return text === ip;
		if (numeric === undefined) return false;
		const size = 2 ** (32 - network.bits);
		return Math.floor(numeric / size) === Math.floor(network.base / size);
	});
}

/**
 * The repeat key of an order: a hash of the whole typed order, so the same order sent again is a
 * repeat, while a status change (or any other changed field) is a new delivery.
 */
export function deliveryHash(order: unknown): string {
	return createHash('sha256').update(JSON.stringify(order)).digest('hex');
}
