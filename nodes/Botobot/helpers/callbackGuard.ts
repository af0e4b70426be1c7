/**
 * Protection for Botobot's callbacks, which carry no signature: a secret in the callback URL, an
 * optional allow-list of source addresses and a memory of recent deliveries. Pure apart from hashing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const MIN_SECRET_LENGTH = 16;

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares in constant time: both sides are hashed first, so even the length does not leak. */
export function secretMatches(given: string | undefined, expected: string): boolean {
	if (given === undefined || expected === '') return false;
	return timingSafeEqual(digest(given), digest(expected));
}

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

export interface DeliveryMemory {
	/** [hash, time in ms] of recent deliveries, oldest first. */
	recent?: Array<[string, number]>;
}

export const DELIVERY_MEMORY = { maxEntries: 500, windowMs: 24 * 60 * 60 * 1000 };

export function deliveryHash(payload: unknown): string {
	return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

/**
 * Records a delivery; true when the same one was seen within the window (a repeat). The memory is
 * bounded by count and age, so it stays small in the workflow's static data.
 */
export function seenBefore(memory: DeliveryMemory, hash: string, nowMs: number, limits = DELIVERY_MEMORY): boolean {
	const recent = (Array.isArray(memory.recent) ? memory.recent : []).filter(
		(entry) => Array.isArray(entry) && nowMs - entry[1] < limits.windowMs,
	);
	const repeat = recent.some(([seen]) => seen === hash);
	if (!repeat) recent.push([hash, nowMs]);
	memory.recent = recent.slice(-limits.maxEntries);
	return repeat;
}
