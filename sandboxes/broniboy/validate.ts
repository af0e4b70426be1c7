import type { SandboxReply } from '../core/sandbox';

/** Broniboy's error envelope: `dev_err` is field → messages for 400, a string otherwise. */
export function failure(status: number, code: number, message: string, devErr: unknown): SandboxReply {
	return { status, body: { success: false, status_code: status, error: { code, message, dev_err: devErr } } };
}

export function ok(data: unknown, status = 200): SandboxReply {
	return { status, body: { success: true, status_code: status, data } };
}

export const notFound = () => failure(404, 5, 'Не найдено.', 'Not found.');

export const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Collects field errors the way Broniboy reports them: one 400 with every field's messages. */
export class FieldErrors {
	private readonly errors: Record<string, string[]> = {};

	add(field: string, message: string): this {
		(this.errors[field] ??= []).push(message);
		return this;
	}

	require(field: string, value: unknown): boolean {
		if (value === undefined || value === null || value === '') {
			this.add(field, 'Это поле обязательно.');
			return false;
		}
		return true;
	}

	oneOf(field: string, value: unknown, allowed: readonly string[], required = true): void {
		if (value === undefined && !required) return;
		if (!this.require(field, value)) return;
		if (!allowed.includes(value as string)) this.add(field, `Значения ${JSON.stringify(value)} нет среди допустимых вариантов.`);
	}

	pair(field: string, value: unknown, pattern: RegExp, what: string): void {
		if (!Array.isArray(value) || value.length !== 2) {
			this.add(field, 'Ожидался список из 2 элементов.');
			return;
		}
		value.forEach((entry, index) => {
			if (typeof entry !== 'string' || !pattern.test(entry)) this.add(`${field}.${index}`, `Неправильный формат ${what}.`);
		});
	}

	/** The 400 reply when anything was added, else undefined. */
	reply(): SandboxReply | undefined {
		const fields = Object.keys(this.errors);
		if (fields.length === 0) return undefined;
		return failure(400, 3, this.errors[fields[0]][0], this.errors);
	}
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A query value that may be repeated (`a=1&a=2`) as a list. */
export function queryList(value: string | string[] | undefined): string[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}
